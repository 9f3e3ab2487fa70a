import type { CollectionConfig, Field, GlobalConfig, Plugin } from 'payload'

/**
 * The admin's one date format, in both languages: ISO 8601 order (GB/T 7408),
 * which Chinese readers and English readers both read without doubt. Payload
 * takes one pattern for the whole admin, not one per language, and a pattern
 * with 年/月/日 would put Chinese into the English admin.
 */
export const ADMIN_DATE_TIME = 'yyyy-MM-dd HH:mm'

/** A calendar day in the same order. */
export const ADMIN_DAY = 'yyyy-MM-dd'

/** What a read-only choice shows when it holds nothing (instead of "选择一个值"). */
const EMPTY = '—'

type Walk = (field: Field, readOnly: boolean) => Field

/** Applies `visit` to every field, nested ones included; `readOnly` says whether a parent is read-only. */
function mapFields(fields: Field[], visit: Walk, parentReadOnly = false): Field[] {
  return fields.map((original) => {
    const admin = original.admin as { readOnly?: boolean } | undefined
    const readOnly = parentReadOnly || Boolean(admin?.readOnly)
    const field = visit(original, readOnly)
    if ('fields' in field && Array.isArray(field.fields)) {
      return { ...field, fields: mapFields(field.fields, visit, readOnly) } as Field
    }
    if (field.type === 'tabs') {
      const tabs = field.tabs.map((tab) => ({
        ...tab,
        fields: mapFields(tab.fields, visit, readOnly),
      }))
      return { ...field, tabs }
    }
    if (field.type === 'blocks') {
      const blocks = field.blocks.map((block) => ({
        ...block,
        fields: mapFields(block.fields, visit, readOnly),
      }))
      return { ...field, blocks }
    }
    return field
  })
}

/**
 * One field's admin display: dates in the admin's format (a date field left
 * without one showed 12/01/2026 beside 2026-12-01), and read-only choices
 * without the clear (×) button and the "choose a value" prompt, which
 * invited staff to change what they cannot.
 */
const displayField: Walk = (field, readOnly) => {
  if (field.type === 'date') {
    const date = field.admin?.date ?? {}
    const dayOnly = date.pickerAppearance === 'dayOnly'
    return {
      ...field,
      admin: {
        ...field.admin,
        date: { ...date, displayFormat: dayOnly ? ADMIN_DAY : ADMIN_DATE_TIME },
      },
    }
  }
  if (!readOnly) return field
  if (field.type === 'select') {
    return { ...field, admin: { ...field.admin, isClearable: false, placeholder: EMPTY } }
  }
  if (field.type === 'relationship') {
    return { ...field, admin: { ...field.admin, placeholder: EMPTY } } as Field
  }
  return field
}

/** True when no field of `fields` (nested ones included) has a value per language. */
export function isUntranslated(fields: Field[]): boolean {
  let localized = false
  mapFields(fields, (field) => {
    if ('localized' in field && field.localized) localized = true
    return field
  })
  return !localized
}

function withDisplay<T extends CollectionConfig | GlobalConfig>(entity: T): T {
  return { ...entity, fields: mapFields(entity.fields, displayField) }
}

/**
 * The admin's display rules for every collection and global, those other
 * plugins add included (it comes after them): one date format, quiet
 * read-only choices, the content-language switch only where content has
 * two languages (see components/LocaleSwitchScope.tsx), and Chinese for the
 * few texts Payload writes in English only (components/FixedTextZh.tsx).
 */
export const adminDisplay: Plugin = (config) => {
  const translated = [
    ...(config.collections ?? []).map((c) => ({ path: `collections/${c.slug}`, fields: c.fields })),
    ...(config.globals ?? []).map((g) => ({ path: `globals/${g.slug}`, fields: g.fields })),
  ]
    .filter(({ fields }) => !isUntranslated(fields))
    .map(({ path }) => path)
  const scope = {
    path: '/components/LocaleSwitchScope#LocaleSwitchScope',
    clientProps: { translated },
  }
  return {
    ...config,
    admin: {
      ...config.admin,
      dateFormat: ADMIN_DATE_TIME,
      components: {
        ...config.admin?.components,
        providers: [
          ...(config.admin?.components?.providers ?? []),
          scope,
          '/components/FixedTextZh#FixedTextZh',
        ],
      },
    },
    collections: config.collections?.map(withDisplay),
    globals: config.globals?.map(withDisplay),
  }
}
