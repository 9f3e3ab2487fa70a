import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import type { CollectionSlug, Payload } from 'payload'
import { isStoredGlobal } from './export'
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  type CollectionFile,
  type FileEntry,
  type GlobalFile,
  MANIFEST,
  type Manifest,
  REPLACED_WITHOUT_FORCE,
  backedUpCollections,
  collectionConfig,
  collectionEntry,
  fileEntry,
  globalEntry,
  hasVersions,
  localeCodes,
  secretFingerprint,
  storedFileTypes,
  storedFiles,
} from './format'
import { fileStoreFor, type FileStore } from './files'
import { inTransaction } from './sqlite'
import { readTar } from './tar'

export interface RestoreOptions {
  /** Replace whatever the target holds instead of refusing. */
  force?: boolean
  /** Progress lines. */
  log?: (line: string) => void
}

export interface RestoreSummary {
  collections: Manifest['collections']
  globals: string[]
  files: number
  fileBytes: number
  /** Collections whose existing documents were replaced. */
  replaced: string[]
  warnings: string[]
  manifest: Manifest
}

/** The target holds content and `force` was not given. */
export class RestoreRefused extends Error {
  override name = 'RestoreRefused'
}

/** The archive is damaged, from another kind of database, or does not fit this CMS. */
export class ArchiveError extends Error {
  override name = 'ArchiveError'
}

type Doc = Record<string, unknown>

/** Unpacks the archive into `dir`, hashing every entry on the way. */
async function extract(file: string, dir: string): Promise<Map<string, FileEntry>> {
  const found = new Map<string, FileEntry>()
  try {
    await pipeline(
      createReadStream(file),
      createGunzip(),
      async (source: AsyncIterable<Buffer>) => {
        for await (const entry of readTar(source)) {
          if (found.has(entry.name)) throw new ArchiveError(`duplicate entry ${entry.name}`)
          const dest = path.join(dir, ...entry.name.split('/'))
          if (!dest.startsWith(dir + path.sep)) throw new ArchiveError(`unsafe path ${entry.name}`)
          await mkdir(path.dirname(dest), { recursive: true })
          const hash = createHash('sha256')
          let size = 0
          await pipeline(
            async function* () {
              for await (const chunk of entry.body) {
                hash.update(chunk)
                size += chunk.length
                yield chunk
              }
            },
            createWriteStream(dest, { flags: 'wx' }),
          )
          if (size !== entry.size) throw new ArchiveError(`${entry.name} is truncated`)
          found.set(entry.name, { size, sha256: hash.digest('hex') })
        }
      },
    )
  } catch (error) {
    if (error instanceof ArchiveError) throw error
    const message = error instanceof Error ? error.message : String(error)
    throw new ArchiveError(`cannot read ${file}: ${message}`)
  }
  return found
}

/** Checks the manifest and that every entry is there, complete and unchanged. */
function verify(manifest: Manifest, found: Map<string, FileEntry>): void {
  if (manifest.format !== ARCHIVE_FORMAT) {
    throw new ArchiveError('not a portal backup (manifest.json has another format)')
  }
  if (!Number.isInteger(manifest.version) || manifest.version > ARCHIVE_VERSION) {
    throw new ArchiveError(
      `archive format version ${manifest.version} is newer than this CMS reads (${ARCHIVE_VERSION}): restore with the version that made it`,
    )
  }
  const problems: string[] = []
  for (const [name, expected] of Object.entries(manifest.files)) {
    const actual = found.get(name)
    if (!actual) problems.push(`${name}: missing`)
    else if (actual.size !== expected.size || actual.sha256 !== expected.sha256) {
      problems.push(`${name}: checksum mismatch`)
    }
  }
  for (const name of found.keys()) {
    if (name !== MANIFEST && !manifest.files[name]) problems.push(`${name}: not in the manifest`)
  }
  if (problems.length > 0) {
    throw new ArchiveError(
      `archive failed verification (${problems.length} problem(s)): ${problems.slice(0, 10).join('; ')}`,
    )
  }
}

async function readJson<T>(dir: string, name: string): Promise<T> {
  return JSON.parse(await readFile(path.join(dir, ...name.split('/')), 'utf8')) as T
}

/** Refuses archives this CMS cannot take; returns what is worth a warning. */
async function checkFit(payload: Payload, manifest: Manifest): Promise<string[]> {
  const warnings: string[] = []
  if (manifest.database !== payload.db.name) {
    throw new ArchiveError(
      `the archive comes from a ${manifest.database} database and this CMS uses ${payload.db.name}: ids differ between the two, restore into the same kind of database`,
    )
  }
  const unknown = Object.keys(manifest.collections).filter(
    (slug) => !collectionConfig(payload, slug),
  )
  const unknownGlobals = manifest.globals.filter(
    (slug) => !payload.config.globals.some((g) => g.slug === slug),
  )
  if (unknown.length > 0 || unknownGlobals.length > 0) {
    throw new ArchiveError(
      `the archive holds ${[...unknown, ...unknownGlobals].join(', ')}, which this CMS does not have: restore with the version of the CMS that made it`,
    )
  }
  const locales = localeCodes(payload)
  const extraLocales = manifest.locales.filter((code) => !locales.includes(code))
  if (extraLocales.length > 0) {
    warnings.push(`texts in locales this CMS lacks are dropped: ${extraLocales.join(', ')}`)
  }
  const applied = (
    (await payload.db.find({
      collection: 'payload-migrations',
      limit: 0,
      pagination: false,
    })) as { docs: { name?: string; batch?: number }[] }
  ).docs
    .filter((m) => m.batch !== -1 && m.name)
    .map((m) => String(m.name))
  if (payload.db.name === 'sqlite' && !manifest.schema.pushed) {
    const newer = manifest.schema.migrations.filter((name) => !applied.includes(name))
    if (newer.length > 0) {
      throw new ArchiveError(
        `the archive comes from a newer schema (migration ${newer.join(', ')}): update the CMS before restoring`,
      )
    }
    const later = applied.filter((name) => !manifest.schema.migrations.includes(name))
    if (later.length > 0) {
      warnings.push(
        `this CMS has migrations the archive predates (${later.join(', ')}); data changes those migrations make were not applied to the restored data`,
      )
    }
  } else if (manifest.schema.pushed) {
    warnings.push('the archive comes from a development database (schema pushed, not migrated)')
  }
  if (manifest.secretFingerprint !== secretFingerprint(payload)) {
    warnings.push(
      'PAYLOAD_SECRET differs from the one at backup time: stored API keys cannot be decrypted (npm start gives the portal’s account PORTAL_API_KEY again; other service accounts need new keys) and signed-in sessions end',
    )
  }
  if (manifest.missingFiles.length > 0) {
    warnings.push(
      `${manifest.missingFiles.length} stored file(s) were already missing when the backup was made: ${manifest.missingFiles.slice(0, 5).join(', ')}`,
    )
  }
  return warnings
}

interface UploadTarget {
  entry: string
  store: FileStore
  name: string
  mimeType?: string
}

function uploadTargets(payload: Payload, collections: CollectionFile[]): UploadTarget[] {
  const targets = new Map<string, UploadTarget>()
  for (const { slug, documents } of collections) {
    const config = collectionConfig(payload, slug)
    const store = config ? fileStoreFor(config) : null
    if (!store) continue
    for (const doc of documents) {
      const types = storedFileTypes(doc)
      for (const name of storedFiles(doc)) {
        const entry = fileEntry(slug, name)
        const mimeType = types.get(name)
        targets.set(entry, { entry, store, name, ...(mimeType ? { mimeType } : {}) })
      }
    }
  }
  return [...targets.values()]
}

/** What the target already holds: documents per collection and stored globals. */
async function occupancy(payload: Payload): Promise<{ slug: CollectionSlug; count: number }[]> {
  const held: { slug: CollectionSlug; count: number }[] = []
  for (const collection of backedUpCollections(payload)) {
    const { totalDocs } = await payload.db.count({ collection: collection.slug, where: {} })
    if (totalDocs > 0) held.push({ slug: collection.slug, count: totalDocs })
  }
  return held
}

async function storedGlobals(payload: Payload): Promise<string[]> {
  const stored: string[] = []
  for (const global of payload.config.globals) {
    if (isStoredGlobal(await payload.db.findGlobal({ slug: global.slug }))) stored.push(global.slug)
  }
  return stored
}

/** Writes one collection's documents and versions as they were stored, ids included. */
async function restoreCollection(payload: Payload, data: CollectionFile): Promise<void> {
  const slug = data.slug
  for (const doc of data.documents) {
    const { id, ...rest } = doc
    await payload.db.create({
      collection: slug,
      customID: id as number | string,
      data: rest,
      returning: false,
    })
  }
  if (data.versions.length === 0) return
  // Version rows get new ids (no adapter takes one); nothing refers to them.
  // Each new version marks older ones of its document as not latest, as Payload
  // did when they were made; the flags are set back to the stored ones after.
  const created: { id: number | string; latest: boolean; updatedAt: string }[] = []
  for (const version of data.versions) {
    const result = await payload.db.createVersion({
      collectionSlug: slug,
      parent: version.parent as number | string,
      versionData: version.version as Doc,
      autosave: Boolean(version.autosave),
      createdAt: version.createdAt as string,
      updatedAt: version.updatedAt as string,
      ...(typeof version.publishedLocale === 'string'
        ? { publishedLocale: version.publishedLocale }
        : {}),
      ...(version.snapshot === true ? { snapshot: true as const } : {}),
    })
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

async function restoreGlobal(payload: Payload, data: GlobalFile): Promise<void> {
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
      versionData: version.version as Doc,
      autosave: Boolean(version.autosave),
      createdAt: version.createdAt as string,
      updatedAt: version.updatedAt as string,
      ...(typeof version.publishedLocale === 'string'
        ? { publishedLocale: version.publishedLocale }
        : {}),
      returning: false,
    })
  }
}

/**
 * Restores an archive made by `exportArchive` into this CMS's database and
 * file storage (upload folders, or the bucket when media are kept in one, see
 * files.ts). Refuses (`RestoreRefused`) when the target already holds
 * content, unless `force`, which first deletes every document, version and
 * global the backup covers. Documents are written through the database
 * adapter (`payload.db`), so no hook runs: ids, slugs, timestamps, draft and
 * published states, stage and status histories, inquiry numbers, password
 * hashes and API keys stay exactly as archived, and nobody is notified.
 */
export async function importArchive(
  payload: Payload,
  file: string,
  options: RestoreOptions = {},
): Promise<RestoreSummary> {
  const log = options.log ?? (() => undefined)
  const source = path.resolve(file)
  const info = await stat(source).catch(() => null)
  if (!info?.isFile()) throw new ArchiveError(`no archive at ${source}`)

  // Is the target empty? Asked first, so a refusal does not wait for a large archive.
  const held = await occupancy(payload)
  const replacedAnyway: readonly string[] = REPLACED_WITHOUT_FORCE
  const content = held.filter((h) => !replacedAnyway.includes(h.slug))
  const globalsHeld = await storedGlobals(payload)
  const stores = backedUpCollections(payload)
    .map(fileStoreFor)
    .filter((store): store is FileStore => Boolean(store))
  const refuse = (clashes: number) => {
    const where = [...new Set(stores.map((store) => store.description))].join(', ')
    const parts = [
      ...content.map((h) => `${h.slug} (${h.count})`),
      ...globalsHeld.map((slug) => `global ${slug}`),
      ...(clashes > 0 ? [`${clashes} other file(s) of the same names in ${where}`] : []),
    ]
    return new RestoreRefused(
      `the target is not empty: ${parts.join(', ')}. Restore into an empty database and file storage, or pass --force to replace what it holds.`,
    )
  }
  if (!options.force && (content.length > 0 || globalsHeld.length > 0)) throw refuse(0)

  // Unpacked beside the upload folder, so files move into place without a
  // copy; into the temporary folder (TMPDIR) when files go to a bucket.
  const localDir = stores.find((store) => store.dir)?.dir
  const stagingParent =
    localDir && stores.every((store) => store.dir) ? path.dirname(localDir) : tmpdir()
  await mkdir(stagingParent, { recursive: true })
  const staging = await mkdtemp(path.join(stagingParent, '.restore-'))
  try {
    log(`unpacking and verifying ${source}`)
    const found = await extract(source, staging)
    if (!found.has(MANIFEST)) throw new ArchiveError('not a portal backup (no manifest.json)')
    const manifest = await readJson<Manifest>(staging, MANIFEST)
    verify(manifest, found)
    const warnings = await checkFit(payload, manifest)

    const collections: CollectionFile[] = []
    // checkFit made sure this CMS has every collection and global the archive holds.
    for (const slug of Object.keys(manifest.collections) as CollectionSlug[]) {
      const data = await readJson<CollectionFile>(staging, collectionEntry(slug))
      const expected = manifest.collections[slug]
      if (
        data.slug !== slug ||
        data.documents.length !== expected?.documents ||
        data.versions.length !== expected?.versions
      ) {
        throw new ArchiveError(`${collectionEntry(slug)} does not match the manifest`)
      }
      collections.push(data)
    }
    const globals: GlobalFile[] = []
    for (const slug of manifest.globals) {
      globals.push(await readJson<GlobalFile>(staging, globalEntry(slug)))
    }
    const missing = new Set(manifest.missingFiles)
    const uploads = uploadTargets(payload, collections).filter((u) => !missing.has(u.entry))

    // Files of the same names already stored (folder or bucket), with other contents.
    let clashes = 0
    for (const upload of uploads) {
      const existing = await upload.store.sha256(upload.name)
      if (existing !== null && existing !== manifest.files[upload.entry]?.sha256) clashes += 1
    }
    if (!options.force && clashes > 0) throw refuse(clashes)
    const toClear = options.force ? held : held.filter((h) => replacedAnyway.includes(h.slug))

    log('writing documents')
    await inTransaction(payload, 'write', async () => {
      for (const { slug } of toClear) {
        const config = collectionConfig(payload, slug)
        await payload.db.deleteMany({ collection: slug, where: {} })
        if (config && hasVersions(config))
          await payload.db.deleteVersions({ collection: slug, where: {} })
      }
      if (options.force) {
        for (const collection of backedUpCollections(payload)) {
          if (hasVersions(collection) && !toClear.some((h) => h.slug === collection.slug)) {
            await payload.db.deleteVersions({ collection: collection.slug, where: {} })
          }
        }
      }
      for (const data of collections) {
        log(`  ${data.slug}: ${data.documents.length} documents, ${data.versions.length} versions`)
        await restoreCollection(payload, data)
      }
      for (const data of globals) await restoreGlobal(payload, data)
    })

    log(
      `putting ${uploads.length} stored files into ${[...new Set(uploads.map((u) => u.store.description))].join(', ') || 'place'}`,
    )
    let fileBytes = 0
    for (const upload of uploads) {
      const from = path.join(staging, ...upload.entry.split('/'))
      const size = manifest.files[upload.entry]?.size ?? 0
      fileBytes += size
      await upload.store.write(upload.name, from, {
        size,
        ...(upload.mimeType ? { mimeType: upload.mimeType } : {}),
      })
    }
    return {
      collections: manifest.collections,
      globals: globals.filter((g) => g.document).map((g) => g.slug),
      files: uploads.length,
      fileBytes,
      replaced: toClear.map((h) => h.slug),
      warnings,
      manifest,
    }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}
