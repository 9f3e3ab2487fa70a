import type { APIRoute } from 'astro'
import { pickLocale } from '@portal/shared/locales'
import { CmsError, cms } from '../../lib/cms'
import { env } from '../../lib/env'
import { localePath, t } from '../../lib/i18n'

/** Escapes the five XML special characters, so CMS text can never break the feed. */
function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;'
      case '<':
        return '&lt;'
      case '>':
        return '&gt;'
      case '"':
        return '&quot;'
      default:
        return '&apos;'
    }
  })
}

/** Characters XML 1.0 forbids even when escaped. */
const stripInvalid = (value: string) =>
  // eslint-disable-next-line no-control-regex
  value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')

const xml = (value: string) => escapeXml(stripInvalid(value))

const text = {
  zh: { title: '政策措施', description: '县级招商引资和产业扶持政策文件更新。' },
  en: {
    title: 'Policies',
    description: 'New county policies on investment and industry support.',
  },
} as const

// The newest published policies as RSS 2.0, in the language of the URL
// (`/policies/rss.xml` in Chinese, `/en/policies/rss.xml` in English).
export const GET: APIRoute = async ({ locals }) => {
  const locale = locals.locale ?? 'zh'
  const s = text[locale]
  let list
  try {
    list = await cms.listPolicies({ page: 1, limit: 30 })
  } catch (error) {
    if (!(error instanceof CmsError)) throw error
    console.error(error.message)
    return new Response('Service unavailable', {
      status: 503,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '30' },
    })
  }
  const absolute = (path: string) => new URL(localePath(locale, path), env.SITE_URL).href
  const channelLink = absolute('/policies')
  const items = list.docs.map((policy) => {
    const link = absolute(`/policies/${policy.slug}`)
    const title = pickLocale(policy.title, locale).text
    const summary = pickLocale(policy.summary, locale).text
    return [
      '    <item>',
      `      <title>${xml(title)}</title>`,
      `      <link>${xml(link)}</link>`,
      `      <guid isPermaLink="true">${xml(link)}</guid>`,
      `      <pubDate>${new Date(policy.issuedAt).toUTCString()}</pubDate>`,
      summary ? `      <description>${xml(summary)}</description>` : '',
      '    </item>',
    ]
      .filter(Boolean)
      .join('\n')
  })
  const newest = list.docs[0]
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${xml(`${s.title} · ${t(locale).siteName}`)}</title>`,
    `    <link>${xml(channelLink)}</link>`,
    `    <atom:link href="${xml(absolute('/policies/rss.xml'))}" rel="self" type="application/rss+xml" />`,
    `    <description>${xml(s.description)}</description>`,
    `    <language>${locale === 'zh' ? 'zh-cn' : 'en'}</language>`,
    newest ? `    <lastBuildDate>${new Date(newest.issuedAt).toUTCString()}</lastBuildDate>` : '',
    ...items,
    '  </channel>',
    '</rss>',
    '',
  ]
    .filter((line, i, all) => line !== '' || i === all.length - 1)
    .join('\n')
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': 'application/rss+xml; charset=utf-8',
      'cache-control': 'public, max-age=300',
    },
  })
}
