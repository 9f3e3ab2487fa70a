import type { CollectionSlug, Field, FieldHook } from 'payload'
import { pinyin } from 'pinyin-pro'

/** Turns a title, Chinese or not, into a readable URL slug: 金山商业广场 → jin-shan-shang-ye-guang-chang. */
export function slugify(title: string): string {
  const syllables = pinyin(title, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
  return syllables
    .join('-')
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/, '')
}

/**
 * Fills an empty slug from the title when the document is saved, adding `-2`,
 * `-3`, … until it is unique. A slug once set is kept when the title changes,
 * so links that visitors shared keep working.
 */
function generateSlug(collection: CollectionSlug, from: string): FieldHook {
  return async ({ value, data, originalDoc, req, operation }) => {
    const existing = typeof value === 'string' ? value.trim() : ''
    if (existing) return slugify(existing) || existing
    const kept = (originalDoc as Record<string, unknown> | undefined)?.slug
    if (operation === 'update' && typeof kept === 'string' && kept) return kept
    const source = data?.[from]
    if (typeof source !== 'string' || !source.trim()) return value
    const base = slugify(source) || 'item'
    for (let n = 1; n < 1000; n += 1) {
      const candidate = n === 1 ? base : `${base}-${n}`
      const clash = await req.payload.find({
        collection,
        where: { slug: { equals: candidate } },
        limit: 1,
        depth: 0,
        draft: true,
        req,
        overrideAccess: true,
        select: { slug: true },
      })
      const other = clash.docs.find((doc) => doc.id !== originalDoc?.id)
      if (!other) return candidate
    }
    return `${base}-${Date.now()}`
  }
}

/** A unique, indexed slug field that generates itself from `from` (the title by default). */
export function slugField(collection: CollectionSlug, from = 'title'): Field {
  return {
    name: 'slug',
    type: 'text',
    label: { zh: '网址标识', en: 'Slug' },
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: {
        zh: '留空将按标题拼音自动生成；发布后请勿修改，以免链接失效。',
        en: 'Left empty, it is made from the title. Keep it unchanged once published so links keep working.',
      },
    },
    validate: (value: unknown) =>
      value == null ||
      value === '' ||
      (typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) ||
      '只能包含小写字母、数字和单个连字符 / lowercase letters, digits and single hyphens only',
    hooks: { beforeValidate: [generateSlug(collection, from)] },
  }
}
