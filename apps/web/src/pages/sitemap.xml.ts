import type { APIRoute } from 'astro'
import { CmsError, cms } from '../lib/cms'
import { env } from '../lib/env'
import { localePath } from '../lib/i18n'

const escapeXml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/**
 * A sitemap file may list at most 50,000 addresses; every page is listed in
 * both languages, so at most half that many pages.
 */
export const SITEMAP_MAX_PAGES = 25_000

/** Every published page in both languages, with hreflang alternates, read from the CMS. */
export const GET: APIRoute = async () => {
  let entries: { path: string; updated?: string }[]
  try {
    const [projects, policies, news, guides] = await Promise.all([
      cms.listAllForSitemap('projects'),
      cms.listAllForSitemap('policies'),
      cms.listAllForSitemap('news'),
      cms.listGuides(),
    ])
    entries = [
      ...[
        '/',
        '/projects',
        '/policies',
        '/news',
        '/guides',
        '/chamber',
        '/contact',
        '/privacy',
      ].map((path) => ({ path })),
      ...projects.map((d) => ({ path: `/projects/${d.slug}`, updated: d.updatedAt })),
      ...policies.map((d) => ({ path: `/policies/${d.slug}`, updated: d.updatedAt })),
      ...news.map((d) => ({ path: `/news/${d.slug}`, updated: d.updatedAt })),
      ...guides.map((d) => ({ path: `/guides/${d.slug}`, updated: d.updatedAt })),
    ]
  } catch (error) {
    if (!(error instanceof CmsError)) throw error
    return new Response(null, { status: 503, headers: { 'retry-after': '30' } })
  }
  if (entries.length > SITEMAP_MAX_PAGES) {
    console.warn(
      `sitemap: ${entries.length} pages, only the first ${SITEMAP_MAX_PAGES} are listed (the sitemap limit is 50,000 addresses)`,
    )
    entries = entries.slice(0, SITEMAP_MAX_PAGES)
  }
  const url = (locale: 'zh' | 'en', path: string) =>
    escapeXml(new URL(localePath(locale, path), env.SITE_URL).href)
  const body = entries
    .flatMap(({ path, updated }) =>
      (['zh', 'en'] as const).map(
        (locale) =>
          `<url><loc>${url(locale, path)}</loc>${updated ? `<lastmod>${escapeXml(updated)}</lastmod>` : ''}` +
          `<xhtml:link rel="alternate" hreflang="zh-CN" href="${url('zh', path)}"/>` +
          `<xhtml:link rel="alternate" hreflang="en" href="${url('en', path)}"/></url>`,
      ),
    )
    .join('\n')
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${body}\n</urlset>\n`,
    { headers: { 'content-type': 'application/xml; charset=utf-8' } },
  )
}
