import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { CollectionSlug, Payload } from 'payload'
import { clearOrder } from './clearOrder'
import { ArchiveError, RestoreRefused } from './errors'
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
import { checkRoom, DEFAULT_MAX_UNPACKED, extractFiles, scanArchive } from './unpack'
import { validateRows, writingRow } from './validate'
import { restoreCollection, restoreGlobal } from './write'

export interface RestoreOptions {
  /** Replace whatever the target holds instead of refusing. */
  force?: boolean
  /** Progress lines. */
  log?: (line: string) => void
  /** The most the archive may unpack to, in bytes (default 32 GiB). */
  maxUnpackedBytes?: number
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

/** Checks the manifest and that every entry is there, complete and unchanged. */
function verify(manifest: Manifest, found: Map<string, FileEntry>): void {
  const isRecord = (value: unknown) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
  if (!isRecord(manifest) || manifest.format !== ARCHIVE_FORMAT) {
    throw new ArchiveError('not a portal backup (manifest.json has another format)')
  }
  if (!Number.isInteger(manifest.version) || manifest.version > ARCHIVE_VERSION) {
    throw new ArchiveError(
      `archive format version ${manifest.version} is newer than this CMS reads (${ARCHIVE_VERSION}): restore with the version that made it`,
    )
  }
  if (
    !isRecord(manifest.files) ||
    !isRecord(manifest.collections) ||
    !Array.isArray(manifest.globals) ||
    !Array.isArray(manifest.missingFiles) ||
    !isRecord(manifest.schema) ||
    !Array.isArray(manifest.schema.migrations) ||
    !Array.isArray(manifest.locales)
  ) {
    throw new ArchiveError(
      'manifest.json is damaged (a part of it is missing or of the wrong kind)',
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
    if (name !== MANIFEST && !Object.hasOwn(manifest.files, name))
      problems.push(`${name}: not in the manifest`)
  }
  if (problems.length > 0) {
    throw new ArchiveError(
      `archive failed verification (${problems.length} problem(s)): ${problems.slice(0, 10).join('; ')}`,
    )
  }
}

/** An entry's JSON, from the scan; the parser's message is left out, as it quotes the text. */
function parseEntry<T>(json: Map<string, Buffer>, name: string): T {
  const data = json.get(name)
  if (!data) throw new ArchiveError(`${name} is missing`)
  try {
    return JSON.parse(data.toString('utf8')) as T
  } catch {
    throw new ArchiveError(`${name} is not valid JSON`)
  }
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

  // First pass: nothing is written until the whole archive is verified.
  log(`checking ${source}`)
  const { found, json } = await scanArchive(
    source,
    options.maxUnpackedBytes ?? DEFAULT_MAX_UNPACKED,
  )
  if (!found.has(MANIFEST)) throw new ArchiveError('not a portal backup (no manifest.json)')
  const manifest = parseEntry<Manifest>(json, MANIFEST)
  verify(manifest, found)
  const warnings = await checkFit(payload, manifest)

  const collections: CollectionFile[] = []
  // checkFit made sure this CMS has every collection and global the archive holds.
  for (const slug of Object.keys(manifest.collections) as CollectionSlug[]) {
    const data = parseEntry<CollectionFile>(json, collectionEntry(slug))
    const expected = manifest.collections[slug]
    if (
      data?.slug !== slug ||
      !Array.isArray(data.documents) ||
      !Array.isArray(data.versions) ||
      data.documents.length !== expected?.documents ||
      data.versions.length !== expected?.versions
    ) {
      throw new ArchiveError(`${collectionEntry(slug)} does not match the manifest`)
    }
    collections.push(data)
  }
  const globals: GlobalFile[] = []
  for (const slug of manifest.globals) {
    const data = parseEntry<GlobalFile>(json, globalEntry(slug))
    if (data?.slug !== slug || !Array.isArray(data.versions)) {
      throw new ArchiveError(`${globalEntry(slug)} does not match the manifest`)
    }
    globals.push(data)
  }
  validateRows(payload, collections, globals)

  const missing = new Set(manifest.missingFiles)
  const uploads = uploadTargets(payload, collections).filter((u) => !missing.has(u.entry))
  const wanted = new Map<string, FileEntry>()
  for (const upload of uploads) {
    const entry = manifest.files[upload.entry]
    if (!entry) {
      throw new ArchiveError(`a document names ${upload.entry}, which the archive does not hold`)
    }
    wanted.set(upload.entry, entry)
  }
  // Entries no document names are never unpacked (only a crafted archive has them).
  const unnamed = [...found.keys()].filter(
    (name) => !json.has(name) && !wanted.has(name) && name !== MANIFEST,
  )
  if (unnamed.length > 0) {
    warnings.push(
      `${unnamed.length} file(s) in the archive that no document names were left out: ${unnamed.slice(0, 5).join(', ')}`,
    )
  }

  // Files of the same names already stored (folder or bucket), with other contents.
  let clashes = 0
  for (const upload of uploads) {
    const existing = await upload.store.sha256(upload.name)
    if (existing !== null && existing !== wanted.get(upload.entry)?.sha256) clashes += 1
  }
  if (!options.force && clashes > 0) throw refuse(clashes)
  const toClear = options.force ? held : held.filter((h) => replacedAnyway.includes(h.slug))

  // Unpacked beside the upload folder, so files move into place without a
  // copy; into the temporary folder (TMPDIR) when files go to a bucket.
  const localDir = stores.find((store) => store.dir)?.dir
  const stagingParent =
    localDir && stores.every((store) => store.dir) ? path.dirname(localDir) : tmpdir()
  await mkdir(stagingParent, { recursive: true, mode: 0o700 })
  const fileBytes = [...wanted.values()].reduce((sum, entry) => sum + entry.size, 0)
  await checkRoom(stagingParent, fileBytes)
  // mkdtemp makes the folder owner-only (0700); the files in it are 0600.
  const staging = await mkdtemp(path.join(stagingParent, '.restore-'))
  let failed = true
  try {
    if (wanted.size > 0) {
      log(`unpacking ${wanted.size} stored files`)
      await extractFiles(source, wanted, staging)
    }

    log('writing documents')
    await inTransaction(payload, 'write', async () => {
      // Documents that cannot exist without one being cleared go first (a
      // follow-up entry without its project), also when the archive does not hold them.
      const replacing = new Set(toClear.map((h) => h.slug))
      for (const slug of clearOrder(
        payload,
        toClear.map((h) => h.slug),
      )) {
        const config = collectionConfig(payload, slug)
        await payload.db.deleteMany({ collection: slug, where: {} })
        if (replacing.has(slug) && config && hasVersions(config))
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
      for (const data of globals) {
        await writingRow(`global ${data.slug}`, 0, null, () => restoreGlobal(payload, data))
      }
    })

    log(
      `putting ${uploads.length} stored files into ${[...new Set(uploads.map((u) => u.store.description))].join(', ') || 'place'}`,
    )
    for (const upload of uploads) {
      await upload.store.write(upload.name, path.join(staging, ...upload.entry.split('/')), {
        size: wanted.get(upload.entry)?.size ?? 0,
        ...(upload.mimeType ? { mimeType: upload.mimeType } : {}),
      })
    }
    failed = false
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
    // A leftover folder would hold visitors' files: retried, and reported
    // unless a failure is already being reported (which then stays the message).
    await rm(staging, { recursive: true, force: true, maxRetries: 5 }).catch((error: unknown) => {
      log(`could not remove ${staging}: ${(error as Error).message}`)
      if (!failed) throw error
    })
  }
}
