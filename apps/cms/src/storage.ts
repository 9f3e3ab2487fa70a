import path from 'node:path'
import type { S3ClientConfig } from '@aws-sdk/client-s3'
import { s3Storage } from '@payloadcms/storage-s3'
import type { CmsEnv } from '@portal/shared/env'
import type { CollectionConfig, Config, Plugin } from 'payload'
import { env } from './env'
import { dataDir } from './paths'

/** Folder where uploaded files are kept when no object storage is configured. */
export function mediaDir(): string {
  return env.MEDIA_DIR ? path.resolve(env.MEDIA_DIR) : path.join(dataDir, 'media')
}

/** The upload collections whose files go to the bucket when one is configured. */
export const BUCKET_COLLECTIONS = ['media'] as const

/** Where uploaded files go when a bucket is configured (S3_* variables). */
export interface S3Settings {
  bucket: string
  region: string
  /** An S3-compatible service's address; none for AWS S3. */
  endpoint?: string
  accessKeyId: string
  secretAccessKey: string
  forcePathStyle: boolean
  /** Folder inside the bucket, without leading or trailing `/`; '' for the top level. */
  prefix: string
}

type StorageEnv = Pick<
  CmsEnv,
  | 'S3_BUCKET'
  | 'S3_REGION'
  | 'S3_ENDPOINT'
  | 'S3_ACCESS_KEY_ID'
  | 'S3_SECRET_ACCESS_KEY'
  | 'S3_FORCE_PATH_STYLE'
  | 'S3_PREFIX'
>

/** The bucket settings, or null when files stay in the local folder (no S3_BUCKET). */
export function s3Settings(source: StorageEnv = env): S3Settings | null {
  if (!source.S3_BUCKET) return null
  // The env schema requires both keys with a bucket; checked again for callers that skip it.
  if (!source.S3_ACCESS_KEY_ID || !source.S3_SECRET_ACCESS_KEY) {
    throw new Error('S3_BUCKET is set without S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY')
  }
  return {
    bucket: source.S3_BUCKET,
    region: source.S3_REGION,
    ...(source.S3_ENDPOINT ? { endpoint: source.S3_ENDPOINT } : {}),
    accessKeyId: source.S3_ACCESS_KEY_ID,
    secretAccessKey: source.S3_SECRET_ACCESS_KEY,
    forcePathStyle: source.S3_FORCE_PATH_STYLE,
    prefix: source.S3_PREFIX ?? '',
  }
}

/**
 * The AWS SDK client configuration for the bucket. Checksums are sent and
 * checked only where an operation requires them: recent SDK versions
 * otherwise add CRC checksums to every request and send streamed uploads as
 * `aws-chunked` bodies, which many S3-compatible services (older MinIO,
 * several Chinese cloud providers, s3rver) reject or store with the chunk
 * framing inside the file.
 */
export function s3ClientConfig(settings: S3Settings): S3ClientConfig {
  return {
    region: settings.region,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    forcePathStyle: settings.forcePathStyle,
    credentials: {
      accessKeyId: settings.accessKeyId,
      secretAccessKey: settings.secretAccessKey,
    },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  }
}

/** The object key of a stored file: the prefix, then the file name (as Payload's S3 adapter builds it). */
export function objectKey(settings: Pick<S3Settings, 'prefix'>, filename: string): string {
  return settings.prefix ? `${settings.prefix}/${filename}` : filename
}

/** Where media are stored, in words, without credentials (for the commands' output). */
export function describeMediaStorage(settings: S3Settings | null = s3Settings()): string {
  if (!settings) return mediaDir()
  const where = settings.endpoint ?? `AWS S3 ${settings.region}`
  return `bucket ${settings.bucket}${settings.prefix ? `/${settings.prefix}` : ''} at ${where}`
}

/**
 * Fields the storage plugin adds to a collection for features this CMS does
 * not use: `prefix` (a per-document folder inside the bucket) and `_objectKey`
 * (a per-upload folder for uploads sent from the browser straight to the
 * bucket). Keeping them out keeps the database schema and the generated types
 * the same with and without a bucket, so the committed migrations fit both.
 * Without them every file's key is `S3_PREFIX/<file name>`.
 */
const UNUSED_STORAGE_FIELDS = ['prefix', '_objectKey']

function withoutUnusedStorageFields(config: Config): Config {
  const slugs: readonly string[] = BUCKET_COLLECTIONS
  return {
    ...config,
    collections: config.collections?.map((collection): CollectionConfig =>
      slugs.includes(collection.slug)
        ? {
            ...collection,
            fields: collection.fields.filter(
              (field) => !('name' in field && UNUSED_STORAGE_FIELDS.includes(field.name)),
            ),
          }
        : collection,
    ),
  }
}

/**
 * Payload's S3 storage adapter for the media collection. Always registered:
 * without a bucket it is disabled (files stay in MEDIA_DIR) but still adds
 * its admin upload provider, so the admin's import map is the same either way.
 * Files are served, as before, through the CMS's `/api/media/file/<name>`
 * route (access control applies, and the portal proxies that path), which
 * reads them from the bucket.
 */
export function mediaStorage(settings: S3Settings | null = s3Settings()): Plugin {
  const media = settings?.prefix ? { prefix: settings.prefix } : true
  const plugin = s3Storage({
    enabled: Boolean(settings),
    bucket: settings?.bucket ?? 'unused',
    config: settings ? s3ClientConfig(settings) : {},
    collections: Object.fromEntries(BUCKET_COLLECTIONS.map((slug) => [slug, media])),
    // The plugin keeps one client per key for the whole process; the default
    // key is the bucket's name alone, which another endpoint or account may share.
    ...(settings
      ? {
          clientCacheKey: [
            's3',
            settings.endpoint ?? settings.region,
            settings.bucket,
            settings.accessKeyId,
            settings.forcePathStyle,
          ].join('|'),
        }
      : {}),
  })
  return async (config) => {
    const configured = await plugin(config)
    return settings ? withoutUnusedStorageFields(configured) : configured
  }
}
