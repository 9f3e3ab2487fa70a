import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, rename, stat, unlink } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGzip } from 'node:zlib'
import type { Payload } from 'payload'
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  type CollectionFile,
  type FileEntry,
  type GlobalFile,
  MANIFEST,
  type Manifest,
  SKIPPED_COLLECTIONS,
  backedUpCollections,
  collectionConfig,
  collectionEntry,
  fileEntry,
  globalEntry,
  hasVersions,
  localeCodes,
  payloadVersion,
  secretFingerprint,
  storedFiles,
} from './format'
import { fileStoreFor, type FileStore } from './files'
import { inTransaction } from './sqlite'
import { packTar, type TarInput } from './tar'

/** Documents read per query. */
const PAGE = 500

export interface BackupSummary {
  file: string
  /** Size of the archive. */
  bytes: number
  collections: Manifest['collections']
  globals: string[]
  /** Stored files archived, and their total size before compression. */
  files: number
  fileBytes: number
  missingFiles: string[]
}

type Doc = Record<string, unknown>
type Page = { docs: Doc[]; hasNextPage?: boolean }

/** One page of rows in id order, so that pages do not overlap while reading. */
function pageQuery(page: number) {
  return { limit: PAGE, page, pagination: true, sort: 'id' }
}

async function readAll(read: (page: number) => Promise<Page>): Promise<Doc[]> {
  const all: Doc[] = []
  for (let page = 1; ; page += 1) {
    const result = await read(page)
    all.push(...result.docs)
    if (!result.hasNextPage || result.docs.length === 0) return all
  }
}

/** True when the adapter answered with a stored global (SQLite gives `{}`, MongoDB null, when none). */
export function isStoredGlobal(doc: unknown): doc is Doc {
  return Boolean(doc && typeof doc === 'object' && Object.keys(doc).length > 0)
}

interface Snapshot {
  collections: CollectionFile[]
  globals: GlobalFile[]
  migrations: string[]
  pushed: boolean
}

async function readDatabase(payload: Payload): Promise<Snapshot> {
  const collections: CollectionFile[] = []
  for (const collection of backedUpCollections(payload)) {
    const slug = collection.slug
    const documents = await readAll(
      (page) => payload.db.find({ collection: slug, ...pageQuery(page) }) as Promise<Page>,
    )
    const versions = hasVersions(collection)
      ? await readAll(
          (page) =>
            payload.db.findVersions({ collection: slug, ...pageQuery(page) }) as Promise<Page>,
        )
      : []
    collections.push({ slug, documents, versions })
  }
  const globals: Snapshot['globals'] = []
  for (const global of payload.config.globals) {
    const stored: unknown = await payload.db.findGlobal({ slug: global.slug })
    const versions = global.versions
      ? await readAll(
          (page) =>
            payload.db.findGlobalVersions({
              global: global.slug,
              ...pageQuery(page),
            }) as Promise<Page>,
        )
      : []
    globals.push({ slug: global.slug, document: isStoredGlobal(stored) ? stored : null, versions })
  }
  const migrations = (await payload.db.find({
    collection: 'payload-migrations',
    limit: 0,
    pagination: false,
    sort: 'name',
  })) as { docs: { name?: string; batch?: number }[] }
  return {
    collections,
    globals,
    migrations: migrations.docs
      .filter((m) => m.batch !== -1 && m.name)
      .map((m) => String(m.name))
      .sort(),
    pushed: migrations.docs.some((m) => m.batch === -1),
  }
}

interface StoredFile {
  entry: string
  store: FileStore
  name: string
  size: number
  mtime: Date
}

async function findStoredFiles(
  payload: Payload,
  collections: CollectionFile[],
): Promise<{ present: StoredFile[]; missing: string[] }> {
  const present: StoredFile[] = []
  const missing: string[] = []
  const seen = new Set<string>()
  for (const { slug, documents } of collections) {
    const config = collectionConfig(payload, slug)
    const store = config ? fileStoreFor(config) : null
    if (!store) continue
    for (const doc of documents) {
      for (const name of storedFiles(doc)) {
        const entry = fileEntry(slug, name)
        if (seen.has(entry)) continue
        seen.add(entry)
        const info = await store.stat(name)
        if (info) present.push({ entry, store, name, ...info })
        else missing.push(entry)
      }
    }
  }
  return { present, missing }
}

function hashed(data: Buffer): FileEntry {
  return { size: data.length, sha256: createHash('sha256').update(data).digest('hex') }
}

/**
 * Writes every collection (all documents, drafts and versions, every locale,
 * auth secrets as stored), every global and every stored upload file (from
 * the local folder or the bucket, see files.ts) into one
 * `.tar.gz`. The archive is written beside `file` first and renamed into place
 * when complete, so `file` never holds half an archive.
 */
export async function exportArchive(payload: Payload, file: string): Promise<BackupSummary> {
  const target = path.resolve(file)
  const createdAt = new Date().toISOString()
  // One consistent snapshot of the database (SQLite: one read transaction).
  const snapshot = await inTransaction(payload, 'read', () => readDatabase(payload))
  const { present, missing } = await findStoredFiles(payload, snapshot.collections)

  const files: Record<string, FileEntry> = {}
  const counts: Manifest['collections'] = {}
  for (const c of snapshot.collections) {
    counts[c.slug] = { documents: c.documents.length, versions: c.versions.length }
  }

  async function* entries(): AsyncGenerator<TarInput> {
    for (const collection of snapshot.collections) {
      const name = collectionEntry(collection.slug)
      const data = Buffer.from(JSON.stringify(collection))
      files[name] = hashed(data)
      yield { name, size: data.length, body: data }
    }
    for (const global of snapshot.globals) {
      const name = globalEntry(global.slug)
      const data = Buffer.from(JSON.stringify(global))
      files[name] = hashed(data)
      yield { name, size: data.length, body: data }
    }
    for (const stored of present) {
      const hash = createHash('sha256')
      async function* body(): AsyncGenerator<Buffer> {
        for await (const chunk of stored.store.read(stored.name)) {
          hash.update(chunk)
          yield chunk
        }
        // Read to the end (the packer checks the size): the checksum is complete.
        files[stored.entry] = { size: stored.size, sha256: hash.digest('hex') }
      }
      yield { name: stored.entry, size: stored.size, body: body(), mtime: stored.mtime }
    }
    const manifest: Manifest = {
      format: ARCHIVE_FORMAT,
      version: ARCHIVE_VERSION,
      createdAt,
      payloadVersion: payloadVersion(),
      database: payload.db.name,
      schema: { migrations: snapshot.migrations, pushed: snapshot.pushed },
      secretFingerprint: secretFingerprint(payload),
      locales: localeCodes(payload),
      collections: counts,
      globals: snapshot.globals.map((g) => g.slug),
      files,
      missingFiles: missing,
      skippedCollections: [...SKIPPED_COLLECTIONS],
    }
    const data = Buffer.from(JSON.stringify(manifest, null, 2))
    yield { name: MANIFEST, size: data.length, body: data }
  }

  // The archive holds password hashes, keys and visitors' personal data: owner only.
  await mkdir(path.dirname(target), { recursive: true, mode: 0o700 })
  const partial = `${target}.partial-${process.pid}`
  try {
    await pipeline(packTar(entries()), createGzip(), createWriteStream(partial, { mode: 0o600 }))
    await rename(partial, target)
  } catch (error) {
    await unlink(partial).catch(() => undefined)
    throw error
  }
  return {
    file: target,
    bytes: (await stat(target)).size,
    collections: counts,
    globals: snapshot.globals.filter((g) => g.document).map((g) => g.slug),
    files: present.length,
    fileBytes: present.reduce((sum, f) => sum + f.size, 0),
    missingFiles: missing,
  }
}
