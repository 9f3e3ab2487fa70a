import type { Locale } from '@portal/shared/locales'
import { withBase, withoutBase } from './base'
import { en } from './i18n/en'
import { zh, type Dictionary } from './i18n/zh'

/** Interface texts of the portal, one dictionary per language. Content texts come from the CMS. */
const dictionaries: Record<Locale, Dictionary> = { zh, en }

export type Messages = Dictionary

/** The interface texts for a locale. */
export function t(locale: Locale): Messages {
  return dictionaries[locale]
}

/**
 * The `lang` attribute for a text from the CMS: `zh-CN` when an English page
 * shows the Chinese original because the translation is missing, so screen
 * readers switch voice; nothing otherwise (the page's own language applies).
 */
export function zhLang(fallback: boolean | undefined): 'zh-CN' | undefined {
  return fallback ? 'zh-CN' : undefined
}

/**
 * Adds the language prefix and the sub-path base to a portal path:
 * `/projects` → `/en/projects` in English (`/swj/en/projects` under `/swj`).
 * Every portal link goes through here.
 */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`
  if (locale === 'zh') return withBase(clean)
  return withBase(clean === '/' ? '/en/' : `/en${clean}`)
}

/** Splits a request path (with the base) into its language and the path without base and prefix. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const inner = withoutBase(pathname) ?? pathname
  if (inner === '/en' || inner === '/en/') return { locale: 'en', path: '/' }
  if (inner.startsWith('/en/')) return { locale: 'en', path: inner.slice(3) }
  return { locale: 'zh', path: inner || '/' }
}
