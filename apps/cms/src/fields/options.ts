import type { Bilingual } from '@portal/shared/locales'
import type { OptionObject } from 'payload'

/** Select options from a shared constant list and its bilingual labels. */
export function optionsFrom<T extends string>(
  values: readonly T[],
  labels: Record<T, Bilingual>,
): OptionObject[] {
  return values.map((value) => ({ value, label: labels[value] }))
}
