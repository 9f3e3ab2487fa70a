import type { Locale } from '@portal/shared/locales'
import { localePath } from './i18n'

/** A filter's value as a list reads it: one value, several (a repeated parameter) or none. */
export type FilterValue = string | number | readonly string[] | undefined

/** The query of a list's filters: empty ones and `page` left out, several values repeated. */
export function filterParams(filters: Record<string, FilterValue>): URLSearchParams {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(filters)) {
    if (key === 'page' || value === undefined) continue
    for (const one of typeof value === 'object' ? value : [value]) {
      if (one !== '') params.append(key, String(one))
    }
  }
  return params
}

/** A list page's URL with its filters (empty ones left out) and page number. */
export function listHref(
  locale: Locale,
  path: string,
  filters: Record<string, FilterValue>,
  page = 1,
): string {
  const params = filterParams(filters)
  if (page > 1) params.set('page', String(page))
  const query = params.toString()
  return `${localePath(locale, path)}${query ? `?${query}` : ''}`
}
