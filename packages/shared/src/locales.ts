/** Locales of every public text. Chinese is the default and always present; English serves foreign investors. */
export const LOCALES = ['zh', 'en'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'zh'

/** A text given in both locales, Chinese first. (A type alias, so it fits Payload's label records.) */
export type Bilingual = { zh: string; en: string }

/** Type guard for a locale code taken from a URL or a header. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** The `lang` attribute value for a locale (BCP 47). */
export function htmlLang(locale: Locale): string {
  return locale === 'zh' ? 'zh-CN' : 'en'
}

/** Picks the text for a locale from a bilingual label. */
export function label(text: Bilingual, locale: Locale): string {
  return text[locale]
}

/** A text chosen for a locale, and whether it had to fall back to Chinese. */
export interface LocalizedChoice {
  text: string
  fallback: boolean
}

/**
 * Chooses the visitor's language from a `{ zh, en }` value. An English reader
 * of an untranslated text gets the Chinese one with `fallback: true`, so the
 * page can say that no translation exists yet rather than show nothing.
 */
export function pickLocale(
  value: { zh?: string | null; en?: string | null } | null | undefined,
  locale: Locale,
): LocalizedChoice {
  const wanted = value?.[locale]?.trim()
  if (wanted) return { text: wanted, fallback: false }
  const chinese = value?.zh?.trim()
  if (chinese) return { text: chinese, fallback: locale !== 'zh' }
  return { text: '', fallback: false }
}

/**
 * A closed list of values declared once with their labels: the values, in the
 * order the labels are written (the order forms and filters show), and the
 * labels themselves. One declaration, so a value cannot lack its label.
 */
export function bilingualChoices<const L extends Record<string, Bilingual>>(
  labels: L,
): {
  values: readonly [keyof L & string, ...(keyof L & string)[]]
  labels: Record<keyof L, Bilingual>
} {
  return { values: Object.keys(labels) as [keyof L & string, ...(keyof L & string)[]], labels }
}
