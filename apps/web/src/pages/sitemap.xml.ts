import type { APIRoute } from 'astro'
import { cms } from '../lib/cms'
import { env } from '../lib/env'
import { escapeXml } from '../lib/feed'
import { localePath } from '../lib/i18n'
import { loadPage, unavailableResponse } from '../lib/page'

/**
 * A sitemap file may list at most 50,000 addresses; every page is listed in
 * both languages, so at most half that many pages.
 */
export const SITEMAP_MAX_PAGES = 25_000

/** Every published page in both languages, with hreflang alternates, read from the CMS. */
export const GET: APIRoute = async () => {
  const documents = await loadPage(() =>
    Promise.all([
      cms.listAllForSitemap('projects'),
      cms.listAllForSitemap('policies'),
      cms.listAllForSitemap('news'),
      cms.listGuides(),
      cms.latestAnnualReportYear(),
      cms.listParkCards(),
    ]),
  )
  if (!documents) return unavailableResponse()
  const [projects, policies, news, guides, reportYear, parks] = documents
  let entries: { path: string; updated?: string }[] = [
    // The board is listed; its posts are not: they expire within weeks, faster than crawlers return.
    ...[
      '/',
      '/projects',
      '/parks',
      '/policies',
      '/policies/finder',
      '/market',
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
    // The newest annual report, the one the home page links to.
    ...(reportYear ? [{ path: `/annual-report/${reportYear}` }] : []),
    ...parks.map((d) => ({ path: `/parks/${d.slug}`, updated: d.updatedAt })),
  ]
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
