import { SECTOR_LABELS } from '@portal/shared/constants'
import { parseProjectFilters } from '@portal/shared/filters'
import { pickLocale } from '@portal/shared/locales'
import type { APIRoute } from 'astro'
import { cms } from '../../lib/cms'
import { rssResponse } from '../../lib/feed'
import { t } from '../../lib/i18n'
import { loadPage, unavailableResponse } from '../../lib/page'
import { filterParams } from '../../lib/url'

// The projects of one filtered view of the library as RSS 2.0 (the page links
// to it with its own filters), newest first, in the language of the URL.
export const GET: APIRoute = async ({ locals, url }) => {
  const locale = locals.locale ?? 'zh'
  const m = t(locale)
  const { page: _page, sort: _sort, ...filters } = parseProjectFilters(url.searchParams)
  const list = await loadPage(() =>
    cms.listProjects({ ...filters, sort: 'newest', page: 1, limit: 30 }),
  )
  if (!list) return unavailableResponse()
  const channel = {
    title: `${m.projectLibrary.feedTitle} · ${m.siteName}`,
    path: '/projects',
    query: filterParams(filters).toString(),
    description: m.projectLibrary.feedDescription,
  }
  return rssResponse(
    locale,
    channel,
    list.docs.map((project) => ({
      title: pickLocale(project.title, locale).text,
      path: `/projects/${project.slug}`,
      date: project.updatedAt,
      description: pickLocale(project.summary, locale).text,
      category: SECTOR_LABELS[project.sector][locale],
    })),
  )
}
