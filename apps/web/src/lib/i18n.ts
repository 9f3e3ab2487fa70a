import type { Locale } from '@portal/shared/locales'
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

/** Adds the language prefix to a portal path: `/projects` → `/en/projects` in English. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`
  if (locale === 'zh') return clean
  return clean === '/' ? '/en/' : `/en${clean}`
}

/** Splits a request path into its language and the path without the prefix. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  if (pathname === '/en' || pathname === '/en/') return { locale: 'en', path: '/' }
  if (pathname.startsWith('/en/')) return { locale: 'en', path: pathname.slice(3) }
  return { locale: 'zh', path: pathname || '/' }
}
