import type { Locale } from '@portal/shared/locales'
import { localePath } from './i18n'

/** A list page's URL with its filters (empty ones left out) and page number. */
export function listHref(
  locale: Locale,
  path: string,
  filters: Record<string, string | number | undefined>,
  page = 1,
): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '' && key !== 'page') params.set(key, String(value))
  }
  if (page > 1) params.set('page', String(page))
  const query = params.toString()
  return `${localePath(locale, path)}${query ? `?${query}` : ''}`
}
