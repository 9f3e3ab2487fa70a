import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { copyFile, mkdir, rename, stat, unlink } from 'node:fs/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'
import {
  GetObjectCommand,
  HeadObjectCommand,
  NotFound,
  PutObjectCommand,
  S3Client,
  type S3ServiceException,
} from '@aws-sdk/client-s3'
import type { SanitizedCollectionConfig } from 'payload'
import { objectKey, s3ClientConfig, s3Settings, type S3Settings } from '../storage'
import { uploadDir } from './format'

// Where backup and restore read and write an upload collection's stored files:
// its local folder, or the bucket when Payload's S3 adapter stores them.
// Files are addressed by their stored file name (the original or a size).

export interface StoredFileInfo {
  size: number
  mtime: Date
}

export interface FileStore {
  /** Where the files are, in words, without credentials. */
  readonly description: string
  /** The local folder, for a folder store. */
  readonly dir?: string
  /** Size and change time of a stored file, or null when there is none. */
  stat(name: string): Promise<StoredFileInfo | null>
  /** The file's bytes. */
  read(name: string): AsyncIterable<Buffer>
  /** SHA-256 of the stored file, or null when there is none. */
  sha256(name: string): Promise<string | null>
  /**
   * Stores the local file `from` (an unpacked archive entry, which the store
   * may move away) as `name`.
   */
  write(name: string, from: string, info: { size: number; mimeType?: string }): Promise<void>
}

async function hashOf(chunks: AsyncIterable<Buffer>): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of chunks) hash.update(chunk)
  return hash.digest('hex')
}

/** The files in a local folder. */
export function folderStore(dir: string): FileStore {
  const file = (name: string) => path.join(dir, name)
  return {
    description: dir,
    dir,
    async stat(name) {
      const info = await stat(file(name)).catch(() => null)
      return info?.isFile() ? { size: info.size, mtime: info.mtime } : null
    },
    read(name) {
      return createReadStream(file(name))
    },
    async sha256(name) {
      return hashOf(createReadStream(file(name))).catch(() => null)
    },
    async write(name, from) {
      const to = file(name)
      await mkdir(path.dirname(to), { recursive: true, mode: 0o700 })
      try {
        await rename(from, to)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
        await copyFile(from, to)
        await unlink(from)
      }
    },
  }
}

function isMissing(error: unknown): boolean {
  if (error instanceof NotFound) return true
  const e = error as Partial<S3ServiceException> | null
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404
}

/** The files in a bucket, under the configured prefix, as Payload's S3 adapter stores them. */
export function bucketStore(settings: S3Settings, client?: S3Client): FileStore {
  const s3 = client ?? new S3Client(s3ClientConfig(settings))
  const Bucket = settings.bucket
  const Key = (name: string) => objectKey(settings, name)
  async function body(name: string): Promise<Readable> {
    const object = await s3.send(new GetObjectCommand({ Bucket, Key: Key(name) }))
    return object.Body as Readable
  }
  return {
    description: `bucket ${Bucket}${settings.prefix ? `/${settings.prefix}` : ''}`,
    async stat(name) {
      try {
        const head = await s3.send(new HeadObjectCommand({ Bucket, Key: Key(name) }))
        return { size: head.ContentLength ?? 0, mtime: head.LastModified ?? new Date() }
      } catch (error) {
        if (isMissing(error)) return null
        throw error
      }
    },
    async *read(name) {
      for await (const chunk of await body(name)) yield chunk as Buffer
    },
    async sha256(name) {
      try {
        return await hashOf(await body(name))
      } catch (error) {
        if (isMissing(error)) return null
        throw error
      }
    },
    async write(name, from, info) {
      // One request per file (S3 takes up to 5 GiB that way; uploads are capped far below).
      await s3.send(
        new PutObjectCommand({
          Bucket,
          Key: Key(name),
          Body: createReadStream(from),
          ContentLength: info.size,
          ...(info.mimeType ? { ContentType: info.mimeType } : {}),
        }),
      )
    },
  }
}

/**
 * Where an upload collection's files are: the bucket when Payload's S3
 * adapter handles the collection (S3_BUCKET is set), else its local folder.
 * Null for a collection without uploads.
 */
export function fileStoreFor(collection: SanitizedCollectionConfig): FileStore | null {
  const upload = collection.upload
  if (!upload || typeof upload !== 'object') return null
  const settings = upload.adapter === 's3' ? s3Settings() : null
  if (settings) return bucketStore(settings)
  const dir = uploadDir(collection)
  return dir ? folderStore(dir) : null
}
