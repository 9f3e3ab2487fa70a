import type { CollectionBeforeChangeHook, Field } from 'payload'

/**
 * Tracks whether a document has an English translation, so an English read of
 * an untranslated document can say that it fell back to Chinese:
 * `hasEnglish` is set whenever the English title is saved, and the virtual
 * `servedLocale` tells each reader which language the texts are really in.
 */
export function translationFields(): Field[] {
  return [
    {
      name: 'hasEnglish',
      type: 'checkbox',
      label: { zh: '已有英文版', en: 'Has English' },
      defaultValue: false,
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'servedLocale',
      type: 'text',
      virtual: true,
      admin: { hidden: true },
      hooks: {
        afterRead: [
          ({ req, siblingData }) => {
            const locale = req.locale
            if (!locale || locale === 'all') return null
            if (locale === 'en' && !siblingData?.hasEnglish) return 'zh'
            return locale
          },
        ],
      },
    },
  ]
}

/** Sets `hasEnglish` from the English title whenever the English version is saved. */
export const recordTranslation: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.locale === 'en' && data && 'title' in data) {
    data.hasEnglish = typeof data.title === 'string' && data.title.trim().length > 0
  }
  return data
}
