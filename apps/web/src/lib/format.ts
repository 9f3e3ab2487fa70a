import type { Locale } from '@portal/shared/locales'

// Shared with the CMS, whose seed writes the same amounts into brochures.
export { formatInvestment } from '@portal/shared/format'

/** A calendar date in the reader's language. */
export function formatDate(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'Asia/Shanghai',
  }).format(new Date(iso))
}

/** A file's size as a download link states it (KB below one megabyte, MB above). */
export function formatFileSize(bytes: number, locale: Locale): string {
  const number = (n: number) =>
    new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 1 }).format(n)
  if (bytes < 1024 * 1024) return `${number(Math.max(1, Math.round(bytes / 1024)))} KB`
  return `${number(bytes / (1024 * 1024))} MB`
}
