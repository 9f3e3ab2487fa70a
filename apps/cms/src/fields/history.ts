import type { DateField, Field, OptionObject } from 'payload'
import type { Label } from './bilingual'

/**
 * The row fields of a change log (a project's stages, an inquiry's statuses):
 * when, from which value, to which, by whom. Written by hooks, read by staff.
 */
export function changeHistoryFields(
  options: OptionObject[],
  labels: { from: Label; to: Label },
  atAdmin?: DateField['admin'],
): Field[] {
  return [
    {
      name: 'at',
      type: 'date',
      label: { zh: '时间', en: 'When' },
      required: true,
      ...(atAdmin && { admin: atAdmin }),
    },
    { name: 'from', type: 'select', label: labels.from, options },
    { name: 'to', type: 'select', label: labels.to, required: true, options },
    {
      name: 'by',
      type: 'relationship',
      relationTo: 'users',
      label: { zh: '操作人', en: 'Changed by' },
    },
  ]
}
