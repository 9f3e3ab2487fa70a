import type { Locale } from '@portal/shared/locales'
import { localePath } from './i18n'
import { filterParams, type FilterValue } from './url'

/**
 * The RSS feed of a filtered list: `<list>/rss.xml` with the same filters, so
 * a reader follows exactly what the page shows (a sector in the landed view,
 * two sectors and a size band, …). Paging and ordering are left out: a feed
 * always carries the newest items first.
 */
export function filterFeedHref(
  locale: Locale,
  listPath: string,
  filters: Record<string, FilterValue>,
): string {
  const { page: _page, sort: _sort, ...kept } = filters
  const query = filterParams(kept).toString()
  return `${localePath(locale, `${listPath}/rss.xml`)}${query ? `?${query}` : ''}`
}
