import type { DateField } from 'payload'
import type { Label } from './bilingual'

/** The admin sidebar's groups, so that every collection and global files itself under the same names. */
export const ADMIN_GROUPS = {
  content: { zh: '内容', en: 'Content' },
  investment: { zh: '招商引资', en: 'Investment' },
  inquiries: { zh: '咨询服务', en: 'Inquiries' },
  site: { zh: '站点', en: 'Site' },
  system: { zh: '系统', en: 'System' },
} as const satisfies Record<string, Label>

/** Singular and plural labels where Chinese uses one word for both (办事指南 / Service guides). */
export function bilingualLabels(zh: string, singular: string, plural: string) {
  return { singular: { zh, en: singular }, plural: { zh, en: plural } }
}

/** A date picker for a calendar day, shown as 2026-11-30. */
export const dayOnly = {
  date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'yyyy-MM-dd' },
}

/** A calendar-day date field; `options` adds `required` or `index`. */
export function dayField(
  name: string,
  label: Label,
  options: Pick<DateField, 'required' | 'index'> = {},
): DateField {
  return { name, type: 'date', label, ...options, admin: dayOnly }
}
