import type { Payload } from 'payload'
import { isStoredGlobal } from './export'
import { type CollectionFile, collectionConfig, type GlobalFile } from './format'
import { writingRow } from './validate'

// Writes archived rows through the database adapter (`payload.db`), so no
// hook runs: ids, slugs, timestamps, draft and published states, histories,
// inquiry numbers, password hashes and API keys stay exactly as archived, and
// nobody is notified. A row the database refuses is named by its position and
// id, never by its values (see validate.ts).

type Doc = Record<string, unknown>

/** What a collection's and a global's version rows both keep from the archive. */
function storedVersion(version: Doc) {
  return {
    versionData: version.version as Doc,
    autosave: Boolean(version.autosave),
    createdAt: version.createdAt as string,
    updatedAt: version.updatedAt as string,
    ...(typeof version.publishedLocale === 'string'
      ? { publishedLocale: version.publishedLocale }
      : {}),
  }
}

/** Writes one collection's documents and versions as they were stored, ids included. */
export async function restoreCollection(payload: Payload, data: CollectionFile): Promise<void> {
  const slug = data.slug
  for (const [index, doc] of data.documents.entries()) {
    const { id, ...rest } = doc
    await writingRow(slug, index, id, () =>
      payload.db.create({
        collection: slug,
        customID: id as number | string,
        data: rest,
        returning: false,
      }),
    )
  }
  if (data.versions.length === 0) return
  // Version rows get new ids (no adapter takes one); nothing refers to them.
  // Each new version marks older ones of its document as not latest, as Payload
  // did when they were made; the flags are set back to the stored ones after.
  const created: { id: number | string; latest: boolean; updatedAt: string }[] = []
  for (const [index, version] of data.versions.entries()) {
    const result = await writingRow(`${slug} versions`, index, version.id, () =>
      payload.db.createVersion({
        collectionSlug: slug,
        parent: version.parent as number | string,
        ...storedVersion(version),
        ...(version.snapshot === true ? { snapshot: true as const } : {}),
      }),
    )
    created.push({
      id: result.id,
      latest: version.latest === true,
      updatedAt: version.updatedAt as string,
    })
  }
  // Only drafts keep a `latest` flag.
  const versions = collectionConfig(payload, slug)?.versions
  if (!versions || typeof versions !== 'object' || !versions.drafts) return
  const latestNow = await payload.db.findVersions({
    collection: slug,
    where: { latest: { equals: true } },
    limit: 0,
    pagination: false,
  })
  const isLatest = new Set(latestNow.docs.map((v) => String(v.id)))
  for (const version of created) {
    if (isLatest.has(String(version.id)) === version.latest) continue
    await payload.db.updateVersion({
      collection: slug,
      id: version.id,
      versionData: { latest: version.latest, updatedAt: version.updatedAt } as never,
      returning: false,
    })
  }
}

/** Writes one global as it was stored, with its versions (the caller names it in errors). */
export async function restoreGlobal(payload: Payload, data: GlobalFile): Promise<void> {
  if (data.document) {
    const { id: _id, globalType: _type, ...document } = data.document
    // SQLite's updateGlobal creates a missing global with the stored createdAt
    // (its createGlobal stamps the current time); MongoDB's updates only an
    // existing one, and its createGlobal keeps the stored createdAt.
    await payload.db.updateGlobal({
      slug: data.slug,
      data: structuredClone(document),
      returning: false,
    })
    if (!isStoredGlobal(await payload.db.findGlobal({ slug: data.slug }))) {
      await payload.db.createGlobal({ slug: data.slug, data: document, returning: false })
    }
  }
  for (const version of data.versions) {
    await payload.db.createGlobalVersion({
      globalSlug: data.slug,
      ...storedVersion(version),
      returning: false,
    })
  }
}
