import { seoPlugin } from '@payloadcms/plugin-seo'
import type { GenerateURL } from '@payloadcms/plugin-seo/types'
import type { CollectionConfig, Field, Plugin } from 'payload'
import { SEARCH_COLLECTIONS } from '@portal/shared/content'
import { env } from '../env'
import { portalAddress } from '../portal-address'

/** The public documents that carry search-engine and sharing fields. */
const SEO_COLLECTIONS: readonly string[] = SEARCH_COLLECTIONS

/**
 * Our labels and limits on the plugin's `meta.title`, `meta.description` and
 * `meta.image`. The image stays one per document for both languages (the
 * plugin would localize it): a sharing picture rarely differs by language, and
 * the column stays where existing documents keep it.
 */
const overrides: Record<string, (field: Field) => Field> = {
  title: (field) =>
    ({ ...field, label: { zh: '搜索标题', en: 'Meta title' }, maxLength: 70 }) as Field,
  description: (field) =>
    ({ ...field, label: { zh: '搜索摘要', en: 'Meta description' }, maxLength: 200 }) as Field,
  image: (field) =>
    ({
      ...field,
      label: { zh: '分享图片', en: 'Sharing image' },
      localized: false,
      admin: {
        ...field.admin,
        description: {
          zh: '分享到微信等平台时显示的图片，建议横图。',
          en: 'Shown when the page is shared, landscape works best.',
        },
      },
    }) as Field,
}

/** The portal address of a document, shown in the admin's search-result preview. */
export const portalUrl: GenerateURL = ({ collectionConfig, doc, locale }) => {
  const slug = (doc as { slug?: unknown } | undefined)?.slug
  if (!collectionConfig || typeof slug !== 'string' || !slug) return env.PORTAL_URL
  const prefix = locale === 'en' ? '/en' : ''
  return portalAddress(`${prefix}/${collectionConfig.slug}/${slug}`)
}

const officialSeo = seoPlugin({
  collections: [...SEO_COLLECTIONS],
  uploadsCollection: 'media',
  generateURL: portalUrl,
  fields: ({ defaultFields }) =>
    defaultFields.map((field) =>
      'name' in field && overrides[field.name] ? overrides[field.name]!(field) : field,
    ),
})

const groupLabel = { zh: '搜索引擎与分享', en: 'SEO and sharing' }
const groupDescription = {
  zh: '留空时使用标题、简介和第一张图片。',
  en: 'Left empty, the title, summary and first image are used.',
}

/**
 * The plugin appends its `meta` group, labelled "SEO", after a collection's
 * fields. Give it our bilingual label, and where the collection's form is
 * tabbed (projects) put it in a tab of its own, as editors found it before.
 */
function placeSeoGroup(collection: CollectionConfig): CollectionConfig {
  if (!SEO_COLLECTIONS.includes(collection.slug)) return collection
  const meta = collection.fields.at(-1)
  if (!meta || meta.type !== 'group' || !('name' in meta) || meta.name !== 'meta') {
    throw new Error(`SEO plugin: no meta group at the end of ${collection.slug}`)
  }
  const group: Field = { ...meta, label: groupLabel, admin: { description: groupDescription } }
  const [first, ...rest] = collection.fields.slice(0, -1)
  if (first?.type !== 'tabs')
    return { ...collection, fields: [...collection.fields.slice(0, -1), group] }
  const tabs = [...first.tabs, { label: { zh: '搜索引擎', en: 'SEO' }, fields: [group] }]
  return { ...collection, fields: [{ ...first, tabs }, ...rest] }
}

/** Search-engine and sharing fields through Payload's SEO plugin. */
export function portalSeo(): Plugin {
  return async (config) => {
    const withSeo = await officialSeo(config)
    return { ...withSeo, collections: withSeo.collections?.map(placeSeoGroup) }
  }
}
