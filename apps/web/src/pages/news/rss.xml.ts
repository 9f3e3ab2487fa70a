import { NEWS_CATEGORY_LABELS } from '@portal/shared/constants'
import { pickLocale } from '@portal/shared/locales'
import type { APIRoute } from 'astro'
import { CmsError, cms } from '../../lib/cms'
import { env } from '../../lib/env'
import { localePath, t } from '../../lib/i18n'
import { loadSettings } from '../../lib/settings'

const text = {
  zh: { description: '招商动态、商会动态和通知公告。', language: 'zh-cn' },
  en: { description: 'Investment news, chamber news and notices.', language: 'en' },
}

/** Escapes the five XML special characters and drops characters XML 1.0 forbids. */
function escapeXml(value: string): string {
  const allowed = (c: number) =>
    c === 0x9 ||
    c === 0xa ||
    c === 0xd ||
    (c >= 0x20 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    c >= 0x10000
  return Array.from(value)
    .filter((ch) => allowed(ch.codePointAt(0) ?? 0))
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** RSS 2.0 feed of the 30 newest published news items, in the visitor's language. */
export const GET: APIRoute = async ({ locals }) => {
  const locale = locals.locale ?? 'zh'
  const m = t(locale)
  let list
  try {
    list = await cms.listNews({ page: 1, limit: 30 })
  } catch (error) {
    if (!(error instanceof CmsError)) throw error
    console.error(error.message)
    return new Response(null, { status: 503, headers: { 'retry-after': '30' } })
  }
  const settings = await loadSettings()
  const bureau = settings ? pickLocale(settings.bureauName, locale).text : ''
  const channelTitle = `${bureau || m.siteName} · ${m.navNews}`
  const absolute = (path: string) => new URL(localePath(locale, path), env.SITE_URL).href
  const newest = list.docs[0]?.publishedAt

  const items = list.docs.map((news) => {
    const link = absolute(`/news/${news.slug}`)
    const excerpt = pickLocale(news.excerpt, locale).text
    return [
      '    <item>',
      `      <title>${escapeXml(pickLocale(news.title, locale).text)}</title>`,
      `      <link>${escapeXml(link)}</link>`,
      `      <guid isPermaLink="true">${escapeXml(link)}</guid>`,
      `      <pubDate>${new Date(news.publishedAt).toUTCString()}</pubDate>`,
      excerpt ? `      <description>${escapeXml(excerpt)}</description>` : '',
      `      <category>${escapeXml(NEWS_CATEGORY_LABELS[news.category][locale])}</category>`,
      '    </item>',
    ]
      .filter(Boolean)
      .join('\n')
  })

  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(channelTitle)}</title>`,
    `    <link>${escapeXml(absolute('/news'))}</link>`,
    `    <description>${escapeXml(text[locale].description)}</description>`,
    `    <language>${text[locale].language}</language>`,
    `    <atom:link href="${escapeXml(absolute('/news/rss.xml'))}" rel="self" type="application/rss+xml" />`,
    newest ? `    <lastBuildDate>${new Date(newest).toUTCString()}</lastBuildDate>` : '',
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')

  return new Response(`${xml}\n`, {
    status: 200,
    headers: {
      'content-type': 'application/rss+xml; charset=utf-8',
      'cache-control': 'public, max-age=300',
    },
  })
}
