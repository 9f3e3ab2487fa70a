import { searchPlugin } from '@payloadcms/plugin-search'
import type { BeforeSync, DocToSync } from '@payloadcms/plugin-search/types'
import type { CollectionAfterChangeHook, CollectionConfig, Field, Plugin } from 'payload'
import { SEARCH_COLLECTIONS, type SearchCollection } from '@portal/shared/content'
import { PUBLIC_PROJECT_STAGES, type ProjectStage } from '@portal/shared/constants'
import { anyone } from '../access/anyone'
import { hasRole } from '../access/hasRole'
import { capPageSize } from './capPageSize'
import { plainText } from '../lib/richText'
import { ADMIN_GROUPS, bilingualLabels } from '../fields/admin'

type Doc = Record<string, unknown>
type Localized = { zh?: string | null; en?: string | null } | null | undefined

/** How to read a document's searchable parts when fetched with `locale: 'all'`. */
interface SearchSource {
  text: (doc: Doc) => unknown[]
  date: (doc: Doc) => unknown
}

/** What each kind of public document contributes to the search text, and the date it sorts by. */
const SOURCES: Record<SearchCollection, SearchSource> = {
  projects: { text: (d) => [d.summary, d.location, d.body], date: (d) => d.updatedAt },
  policies: {
    text: (d) => [d.summary, d.issuer, d.body, { zh: d.docNumber }],
    date: (d) => d.issuedAt,
  },
  news: { text: (d) => [d.excerpt, d.body], date: (d) => d.publishedAt },
  guides: { text: (d) => [d.summary, d.audience], date: (d) => d.updatedAt },
}

/**
 * False for a document the public must never find even when published: a
 * dropped project (已终止). The project's read access hides it; its search
 * row must go too, or its title and text would still show in results.
 */
export function isListed(collection: string, doc: Doc): boolean {
  if (collection !== 'projects') return true
  return PUBLIC_PROJECT_STAGES.includes(doc.stage as ProjectStage)
}

/**
 * Removes the row of a published document that is no longer listed. The
 * plugin's `skipSync` (below) keeps it from writing one, but leaves a row made
 * while the document was listed; this runs after the plugin's own sync.
 */
const dropUnlistedRow: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (req.context?.restoring) return doc
  if (doc._status !== 'published' || isListed(collection.slug, doc as Doc)) return doc
  await req.payload.delete({
    collection: 'search',
    where: {
      and: [{ 'doc.relationTo': { equals: collection.slug } }, { 'doc.value': { equals: doc.id } }],
    },
    depth: 0,
    req,
  })
  return doc
}

/** A search row holds at most this many characters of text per language. */
const MAX_TEXT = 20_000

/**
 * Joins localized plain texts and rich texts of a document into one string per
 * language, each paragraph once: a body often opens with the summary, and a
 * row holding it twice showed the same words twice in a result's excerpt.
 */
export function gatherText(values: unknown[]): { zh: string; en: string } {
  const out = { zh: [] as string[], en: [] as string[] }
  for (const value of values) {
    if (!value || typeof value !== 'object') continue
    for (const locale of ['zh', 'en'] as const) {
      const part = (value as Doc)[locale]
      const text = typeof part === 'string' ? part : plainText(part)
      for (const line of text.split('\n')) {
        const trimmed = line.trim()
        if (trimmed && !out[locale].includes(trimmed)) out[locale].push(trimmed)
      }
    }
  }
  return { zh: out.zh.join('\n').slice(0, MAX_TEXT), en: out.en.join('\n').slice(0, MAX_TEXT) }
}

/**
 * Fills a search row with both languages of the published version. The plugin
 * hands over the document in the locale of the request only, and the portal
 * searches Chinese and English at once (a Chinese query on an English page must
 * still find Chinese documents), so the row is built from a `locale: 'all'`
 * read. Reading the published version, not the draft just saved, is what keeps
 * a draft edit out of search whatever the plugin does with the row.
 */
export const buildSearchRow: BeforeSync = async ({
  collectionSlug,
  originalDoc,
  req,
  searchDoc,
}) => {
  const collection = collectionSlug as SearchCollection
  const { docs } = await req.payload.find({
    collection,
    where: { and: [{ id: { equals: originalDoc.id } }, { _status: { equals: 'published' } }] },
    locale: 'all',
    depth: 0,
    limit: 1,
    pagination: false,
    draft: false,
    req,
  })
  const published = docs[0] as Doc | undefined
  // Nothing published: the plugin writes nothing for a draft and drops the row.
  if (!published) return searchDoc
  const title = published.title as Localized
  const text = gatherText(SOURCES[collection].text(published))
  const date = SOURCES[collection].date(published)
  const row: DocToSync = {
    doc: searchDoc.doc,
    title: title?.zh ?? '',
    titleEn: title?.en || null,
    slug: String(published.slug ?? ''),
    textZh: text.zh,
    textEn: text.en || null,
    date: typeof date === 'string' ? date : null,
  }
  return row
}

/** The row's own fields, after the plugin's `title`, `priority` and `doc`. */
const rowFields: Field[] = [
  {
    name: 'slug',
    type: 'text',
    label: { zh: '网址标识', en: 'Slug' },
    required: true,
    admin: { readOnly: true },
  },
  { name: 'titleEn', type: 'text', label: { zh: '英文标题', en: 'English title' } },
  { name: 'textZh', type: 'textarea', label: { zh: '中文正文', en: 'Chinese text' } },
  { name: 'textEn', type: 'textarea', label: { zh: '英文正文', en: 'English text' } },
  { name: 'date', type: 'date', index: true, label: { zh: '日期', en: 'Date' } },
]

const defaultFieldLabels: Record<string, Record<'zh' | 'en', string>> = {
  title: { zh: '中文标题', en: 'Chinese title' },
  priority: { zh: '优先级', en: 'Priority' },
  doc: { zh: '对应内容', en: 'Document' },
}

/**
 * Payload's search plugin keeps one row per published project, policy, news
 * item and guide: the portal's single search. Bulk imports may pass
 * `context.skipSearchIndex` and rebuild the index once at the end (the
 * "reindex" button in the admin, or the English update of each document).
 */
const officialSearch = searchPlugin({
  collections: [...SEARCH_COLLECTIONS],
  // One row holds both languages (see buildSearchRow), so its fields are not localized.
  localize: false,
  beforeSync: buildSearchRow,
  // A restore brings the archive's own rows (see backup/format.ts).
  // An unlisted document (a dropped project) gets no row, on save and on "reindex" alike.
  skipSync: ({ req, collectionSlug, doc }) =>
    Boolean(req.context?.skipSearchIndex || req.context?.restoring) ||
    !isListed(collectionSlug, doc as Doc),
  searchOverrides: {
    labels: bilingualLabels('搜索索引', 'Search entry', 'Search index'),
    // Only the plugin's hooks write rows (through the Local API). Admins may
    // update and delete because the plugin's "reindex" button asks for both;
    // `create` stays the plugin's `() => false`: naming it here would make the
    // button require it too, and nobody may then rebuild the index.
    access: { read: anyone, update: hasRole('admin'), delete: hasRole('admin') },
    admin: {
      useAsTitle: 'title',
      group: ADMIN_GROUPS.system,
      defaultColumns: ['title', 'doc', 'date'],
      description: {
        zh: '由系统在发布内容时自动维护，无需手动编辑。',
        en: 'Maintained automatically when content is published.',
      },
    },
    defaultSort: '-date',
    hooks: { beforeOperation: [capPageSize] },
    fields: ({ defaultFields }) => [
      ...defaultFields.map((field) =>
        'name' in field && defaultFieldLabels[field.name]
          ? ({ ...field, label: defaultFieldLabels[field.name] } as Field)
          : field,
      ),
      ...rowFields,
    ],
  },
})

/**
 * The plugin appends its sync hook after a collection's own hooks, which would
 * tell the portal about a change (and let it cache a new search page) before
 * the search row is written. Run the sync first, and the removal of an
 * unlisted document's row right after it.
 */
function syncBeforeOtherHooks(collection: CollectionConfig): CollectionConfig {
  if (!(SEARCH_COLLECTIONS as readonly string[]).includes(collection.slug)) return collection
  const afterChange = collection.hooks?.afterChange ?? []
  const sync = afterChange.at(-1) as CollectionAfterChangeHook
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [sync, dropUnlistedRow, ...afterChange.slice(0, -1)],
    },
  }
}

/** Site-wide search through Payload's search plugin, both languages in one row. */
export function portalSearch(): Plugin {
  return async (config) => {
    const withSearch = await officialSearch(config)
    return { ...withSearch, collections: withSearch.collections?.map(syncBeforeOtherHooks) }
  }
}
