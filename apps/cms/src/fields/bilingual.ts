import type { Field, TextareaField, TextField } from 'payload'

/** Payload labels in both admin languages. */
export type Label = { zh: string; en: string }

/** A localized title, required in Chinese (the default locale). */
export function titleField(label: Label = { zh: '标题', en: 'Title' }, maxLength = 160): TextField {
  return { name: 'title', type: 'text', label, localized: true, required: true, maxLength }
}

/** A localized plain-text field. */
export function localizedText(name: string, label: Label, maxLength = 300): TextField {
  return { name, type: 'text', label, localized: true, maxLength }
}

/** A localized multi-line plain-text field. */
export function localizedTextarea(name: string, label: Label, maxLength = 2000): TextareaField {
  return { name, type: 'textarea', label, localized: true, maxLength }
}

/** A localized rich-text field. */
export function localizedRichText(name: string, label: Label): Field {
  return { name, type: 'richText', label, localized: true }
}

/** A localized rich-text body. */
export function bodyField(label: Label = { zh: '正文', en: 'Body' }): Field {
  return localizedRichText('body', label)
}
