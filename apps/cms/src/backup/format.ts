import { createHmac } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { CollectionSlug, GlobalSlug, Payload, SanitizedCollectionConfig } from 'payload'

/**
 * The backup archive (a `.tar.gz`):
 *
 *   collections/<slug>.json   { slug, documents: [...], versions: [...] }
 *   globals/<slug>.json       { slug, document: {...} | null, versions: [...] }
 *   <upload-slug>/<filename>  every stored file of an upload collection
 *                             (for Media: the original and each generated size),
 *                             wherever it is kept: local folder or bucket (files.ts)
 *   manifest.json             written last: it carries the checksum of every entry above
 *
 * Documents are the database adapter's own rows (`payload.db`), not the Local
 * API's view: every locale, drafts, password hashes and salts, encrypted API
 * keys and their index, timestamps and ids exactly as stored.
 */
export const ARCHIVE_FORMAT = 'county-portal-backup'
export const ARCHIVE_VERSION = 1

/**
 * Payload's own collections that are left out: admin UI preferences (column
 * choices, collapsed panels: they reset), edit locks (transient) and the
 * migration log (the target records its own when it migrates). Everything else
 * is kept, including `payload-jobs` (scheduled publishing lives there) and
 * `payload-kv`.
 */
export const SKIPPED_COLLECTIONS = [
  'payload-preferences',
  'payload-locked-documents',
  'payload-migrations',
] as const

/**
 * Collections a freshly started CMS fills by itself (`npm start` creates the
 * portal's service account; the scheduler may queue jobs). A restore replaces
 * what they hold without `--force`; any other document makes the target count
 * as not empty.
 */
export const REPLACED_WITHOUT_FORCE = ['service-accounts', 'payload-jobs', 'payload-kv'] as const

/**
 * Context a restore would pass to hooks. The restore writes through the
 * database adapter, so no collection hook runs at all; should it ever write
 * through the Local API, hooks that rewrite data (slug generation, search
 * index, stage and status history, inquiry numbering, notifications) must
 * leave a write alone when `context.restoring === true`.
 */
export const RESTORE_CONTEXT = { restoring: true } as const

export interface FileEntry {
  size: number
  sha256: string
}

export interface Manifest {
  format: typeof ARCHIVE_FORMAT
  version: number
  createdAt: string
  payloadVersion: string
  /** `payload.db.name`: `sqlite` or `mongoose`. Archives restore into the same kind only. */
  database: string
  /**
   * Applied migrations of the source (SQLite); `pushed` when the source schema
   * was pushed by Payload in development rather than migrated.
   */
  schema: { migrations: string[]; pushed: boolean }
  /** A keyed hash of PAYLOAD_SECRET, to tell whether stored API keys can be decrypted. */
  secretFingerprint: string
  locales: string[]
  collections: Record<string, { documents: number; versions: number }>
  globals: string[]
  /** Every entry except the manifest itself. */
  files: Record<string, FileEntry>
  /** Stored files that documents name but the storage (folder or bucket) did not have at backup time. */
  missingFiles: string[]
  skippedCollections: string[]
}

export interface CollectionFile {
  slug: CollectionSlug
  documents: Record<string, unknown>[]
  versions: Record<string, unknown>[]
}

export interface GlobalFile {
  slug: GlobalSlug
  document: Record<string, unknown> | null
  /** Versions of a global with versions enabled (none in this CMS today). */
  versions: Record<string, unknown>[]
}

export const collectionEntry = (slug: string) => `collections/${slug}.json`
export const globalEntry = (slug: string) => `globals/${slug}.json`
export const fileEntry = (uploadSlug: string, filename: string) => `${uploadSlug}/${filename}`
export const MANIFEST = 'manifest.json'

/** The collections a backup holds, in the configuration's order. */
export function backedUpCollections(payload: Payload): SanitizedCollectionConfig[] {
  const skipped: readonly string[] = SKIPPED_COLLECTIONS
  return payload.config.collections.filter((collection) => !skipped.includes(collection.slug))
}

/** A collection's sanitized configuration, or undefined for a slug this CMS does not have. */
export function collectionConfig(
  payload: Payload,
  slug: string,
): SanitizedCollectionConfig | undefined {
  return (payload.collections as Partial<Record<string, { config: SanitizedCollectionConfig }>>)[
    slug
  ]?.config
}

export function hasVersions(collection: SanitizedCollectionConfig): boolean {
  return Boolean(collection.versions)
}

/** The folder an upload collection stores its files in when they are kept on local disk. */
export function uploadDir(collection: SanitizedCollectionConfig): string | null {
  const upload = collection.upload
  if (!upload || typeof upload !== 'object') return null
  const dir = upload.staticDir ?? collection.slug
  return path.resolve(dir)
}

/** The file names a document of an upload collection stores: the original and every size. */
export function storedFiles(doc: Record<string, unknown>): string[] {
  const names = new Set<string>()
  if (typeof doc.filename === 'string' && doc.filename) names.add(doc.filename)
  const sizes = doc.sizes
  if (sizes && typeof sizes === 'object') {
    for (const size of Object.values(sizes as Record<string, unknown>)) {
      const name = (size as { filename?: unknown } | null)?.filename
      if (typeof name === 'string' && name) names.add(name)
    }
  }
  for (const name of names) {
    if (name.includes('/') || name.includes('\\') || name === '.' || name === '..') {
      throw new Error(`unexpected stored file name: ${JSON.stringify(name)}`)
    }
  }
  return [...names]
}

/** The media type each stored file of a document was saved with (original and sizes), by file name. */
export function storedFileTypes(doc: Record<string, unknown>): Map<string, string> {
  const types = new Map<string, string>()
  const add = (file: unknown) => {
    const { filename, mimeType } = (file ?? {}) as { filename?: unknown; mimeType?: unknown }
    if (typeof filename === 'string' && typeof mimeType === 'string' && mimeType) {
      types.set(filename, mimeType)
    }
  }
  add(doc)
  if (doc.sizes && typeof doc.sizes === 'object') {
    for (const size of Object.values(doc.sizes as Record<string, unknown>)) add(size)
  }
  return types
}

/** A keyed hash of the configured secret: equal fingerprints mean the same PAYLOAD_SECRET. */
export function secretFingerprint(payload: Payload): string {
  return createHmac('sha256', payload.secret)
    .update('portal-backup/secret-fingerprint')
    .digest('hex')
    .slice(0, 16)
}

/** The installed Payload's version. */
export function payloadVersion(): string {
  try {
    const entry = createRequire(import.meta.url).resolve('payload')
    let dir = path.dirname(entry)
    for (let i = 0; i < 5; i += 1) {
      try {
        const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
          name?: string
          version?: string
        }
        if (pkg.name === 'payload' && pkg.version) return pkg.version
      } catch {
        // not here: look one folder up
      }
      dir = path.dirname(dir)
    }
  } catch {
    // fall through
  }
  return 'unknown'
}

/** The locale codes the configuration knows. */
export function localeCodes(payload: Payload): string[] {
  const localization = payload.config.localization
  return localization ? localization.localeCodes : []
}
