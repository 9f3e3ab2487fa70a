import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import type { Searchable } from '../collections/SearchIndex'
import { plainText } from '../lib/richText'

type Localized = { zh?: string | null; en?: string | null } | null | undefined

/** How to read a document's searchable parts when fetched with `locale: 'all'`. */
export interface SearchSource {
  title: (doc: Record<string, unknown>) => Localized
  text: (doc: Record<string, unknown>) => { zh: string[]; en: string[] }
  date: (doc: Record<string, unknown>) => string | null | undefined
}

/** Joins localized plain texts and rich texts of a document into one string per language. */
export function gatherText(...values: unknown[]): { zh: string[]; en: string[] } {
  const out = { zh: [] as string[], en: [] as string[] }
  for (const value of values) {
    if (!value || typeof value !== 'object') continue
    for (const locale of ['zh', 'en'] as const) {
      const part = (value as Record<string, unknown>)[locale]
      const text = typeof part === 'string' ? part : plainText(part)
      if (text) out[locale].push(text)
    }
  }
  return out
}

async function reindex(
  collection: Searchable,
  id: number | string,
  source: SearchSource,
  req: PayloadRequest,
) {
  const { payload } = req
  const existing = await payload.find({
    collection: 'search',
    where: { and: [{ docType: { equals: collection } }, { docId: { equals: String(id) } }] },
    limit: 10,
    depth: 0,
    req,
  })
  // The published version, not the draft just saved: a draft edit must not leak into search.
  const published = await payload
    .find({
      collection,
      where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
      locale: 'all',
      depth: 0,
      limit: 1,
      draft: false,
      req,
    })
    .then((result) => result.docs[0] as Record<string, unknown> | undefined)

  if (!published) {
    for (const entry of existing.docs) {
      await payload.delete({ collection: 'search', id: entry.id, req })
    }
    return
  }
  const title = source.title(published)
  const text = source.text(published)
  const data = {
    docType: collection,
    docId: String(id),
    slug: String(published.slug ?? ''),
    titleZh: title?.zh ?? '',
    titleEn: title?.en ?? null,
    textZh: text.zh.join('\n').slice(0, 20_000),
    textEn: text.en.join('\n').slice(0, 20_000) || null,
    date: source.date(published) ?? null,
  }
  const [first, ...duplicates] = existing.docs
  if (first) {
    await payload.update({ collection: 'search', id: first.id, data, req })
  } else {
    await payload.create({ collection: 'search', data, req })
  }
  for (const entry of duplicates) await payload.delete({ collection: 'search', id: entry.id, req })
}

/**
 * Hooks that keep the search index in step with a collection: published
 * documents are indexed in both languages, unpublished or deleted ones removed.
 * Bulk imports may pass `context.skipSearchIndex` and rebuild once at the end.
 */
export function syncSearchIndex(collection: Searchable, source: SearchSource) {
  const afterChange: CollectionAfterChangeHook = async ({ doc, req, context }) => {
    if (!context.skipSearchIndex) await reindex(collection, doc.id, source, req)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ id, req, context }) => {
    if (!context.skipSearchIndex) await reindex(collection, id, source, req)
  }
  return { afterChange, afterDelete }
}
