import { createHash } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  CreateBucketCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3'
import type { Media } from '@portal/shared/payload-types'
import { generateImportMap, handleEndpoints, type Payload, type SanitizedConfig } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BackupSummary, Manifest } from '../src/backup'
import type { CollectionFile } from '../src/backup/format'
import { srcDir } from '../src/paths'
import { demoPdf } from '../src/seed/images'
import {
  jsonEntry,
  listFiles,
  readArchive,
  restoreEnv,
  runCms,
  TEST_SECRET,
  type RunResult,
} from './backup/roundTrip'
import { freshDatabaseUri } from './support/database'

// Media in an S3-compatible bucket, end to end: s3rver (an S3 server written
// for Node, storing objects in a temporary folder) plays the bucket; Payload
// runs with S3_* set against this file's database; the restore runs as
// the restore command in its own process, into a second, empty bucket.

interface S3rverServer {
  run(): Promise<{ address: string; port: number }>
  close(): Promise<void>
}
type S3rverOptions = { address: string; port: number; silent: boolean; directory: string }
const S3rver = createRequire(import.meta.url)('s3rver') as new (
  options: S3rverOptions,
) => S3rverServer

const SOURCE_BUCKET = 'portal-source'
const TARGET_BUCKET = 'portal-target'
const PREFIX = 'county/media'
// s3rver's only account.
const ACCESS_KEY = 'S3RVER'
const SECRET_KEY = 'S3RVER'

const work = mkdtempSync(path.join(tmpdir(), 'portal-s3-test-'))
const archive = path.join(work, 'portal.tar.gz')
const again = path.join(work, 'again.tar.gz')
const target = path.join(work, 'target')

let server: S3rverServer | undefined
let endpoint: string
let s3: S3Client
let payload: Payload
let config: SanitizedConfig

/** The environment of a CMS process that keeps media in `bucket`. */
const bucketEnv = (bucket: string) => ({
  S3_BUCKET: bucket,
  S3_ENDPOINT: endpoint,
  S3_REGION: 'us-east-1',
  S3_FORCE_PATH_STYLE: 'true',
  S3_PREFIX: PREFIX,
  S3_ACCESS_KEY_ID: ACCESS_KEY,
  S3_SECRET_ACCESS_KEY: SECRET_KEY,
})

async function objectKeys(bucket: string): Promise<string[]> {
  const keys: string[] = []
  let token: string | undefined
  do {
    const page = await s3.send(
      new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }),
    )
    keys.push(...(page.Contents ?? []).map((object) => object.Key as string))
    token = page.NextContinuationToken
  } while (token)
  return keys.sort()
}

async function getObject(bucket: string, key: string) {
  const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
  return {
    bytes: Buffer.from(await object.Body!.transformToByteArray()),
    contentType: object.ContentType,
  }
}

/** The stored file names of a media document: the original, then every size. */
function fileNames(doc: Media): string[] {
  const sizes = Object.values(doc.sizes ?? {}).map((size) => size?.filename)
  return [doc.filename, ...sizes].filter((name): name is string => Boolean(name))
}

async function png(width: number, height: number, background: string): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer()
}

async function upload(name: string, data: Buffer, mimetype: string, alt: string): Promise<Media> {
  return (await payload.create({
    collection: 'media',
    data: { alt },
    file: { name, data, mimetype, size: data.length },
  })) as Media
}

/** GET through the CMS's REST routes, as the portal's media proxy calls them. */
async function getFile(url: string): Promise<Response> {
  return handleEndpoints({ config, request: new Request(new URL(url, 'http://localhost:3000')) })
}

beforeAll(async () => {
  server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: path.join(work, 's3rver'),
  })
  const { port } = await server.run()
  endpoint = `http://127.0.0.1:${port}`
  s3 = new S3Client({
    endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: ACCESS_KEY, secretAccessKey: SECRET_KEY },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  })
  await s3.send(new CreateBucketCommand({ Bucket: SOURCE_BUCKET }))
  await s3.send(new CreateBucketCommand({ Bucket: TARGET_BUCKET }))

  // The configuration reads the environment when it is first imported: set it first.
  Object.assign(process.env, bucketEnv(SOURCE_BUCKET), { PAYLOAD_SECRET: TEST_SECRET })
  const helpers = await import('./helpers')
  config = await (await import('@payload-config')).default
  payload = await helpers.bootPayload()
}, 60_000)

afterAll(async () => {
  await payload?.destroy()
  s3?.destroy()
  await server?.close()
  await rm(work, { recursive: true, force: true })
})

describe('media in the bucket', () => {
  let image: Media
  let data: Buffer

  beforeAll(async () => {
    data = await png(1600, 1000, '#1d3557')
    image = await upload('harbour.png', data, 'image/png', '港口')
  })

  it('configures Payload with the adapter for Media', () => {
    const upload = payload.collections.media.config.upload
    expect(upload.adapter).toBe('s3')
    expect(upload.disableLocalStorage).toBe(true)
  })

  it('stores the original and every generated size in the bucket, nothing on local disk', async () => {
    const names = fileNames(image)
    // The original and the four sizes (thumbnail, card, wide, og).
    expect(names).toHaveLength(5)
    expect(await objectKeys(SOURCE_BUCKET)).toEqual(names.map((name) => `${PREFIX}/${name}`).sort())
    const original = await getObject(SOURCE_BUCKET, `${PREFIX}/${image.filename}`)
    expect(original.bytes.equals(data)).toBe(true)
    expect(original.contentType).toBe('image/png')
    const og = await getObject(SOURCE_BUCKET, `${PREFIX}/${image.sizes?.og?.filename}`)
    expect(og.contentType).toBe('image/jpeg')
    expect(
      (await getObject(SOURCE_BUCKET, `${PREFIX}/${image.sizes?.card?.filename}`)).contentType,
    ).toBe('image/webp')
    expect(await listFiles(process.env.MEDIA_DIR as string).catch(() => [])).toEqual([])
  })

  it('keeps the URLs the portal reads: the CMS file route, without a prefix parameter', () => {
    expect(image.url).toMatch(/\/api\/media\/file\/harbour\.png$/)
    for (const size of Object.values(image.sizes ?? {})) {
      expect(size?.url).toMatch(new RegExp(`/api/media/file/${size?.filename}$`))
    }
  })

  it('serves the same bytes from the bucket through the CMS file route', async () => {
    for (const name of fileNames(image)) {
      const response = await getFile(`/api/media/file/${name}`)
      expect(response.status, name).toBe(200)
      const body = Buffer.from(await response.arrayBuffer())
      const stored = await getObject(SOURCE_BUCKET, `${PREFIX}/${name}`)
      expect(body.equals(stored.bytes), name).toBe(true)
      expect(response.headers.get('content-type'), name).toBe(stored.contentType)
    }
    const original = await getFile(image.url as string)
    expect(Buffer.from(await original.arrayBuffer()).equals(data)).toBe(true)
    expect((await getFile('/api/media/file/no-such-file.png')).status).toBe(404)
  })

  it('deletes the objects with the document, and only those', async () => {
    const other = await upload('delete-me.png', await png(800, 500, '#e63946'), 'image/png', '删除')
    const keys = fileNames(other).map((name) => `${PREFIX}/${name}`)
    expect(await objectKeys(SOURCE_BUCKET)).toEqual(expect.arrayContaining(keys))
    await payload.delete({ collection: 'media', id: other.id })
    const left = await objectKeys(SOURCE_BUCKET)
    for (const key of keys) expect(left).not.toContain(key)
    expect(left).toEqual(
      fileNames(image)
        .map((name) => `${PREFIX}/${name}`)
        .sort(),
    )
  })

  it('gives the admin the same import map as without a bucket', async () => {
    const file = path.join(work, 'importMap.js')
    await generateImportMap(
      {
        ...config,
        admin: { ...config.admin, importMap: { ...config.admin.importMap, importMapFile: file } },
      },
      { log: false, force: true },
    )
    const committed = path.join(srcDir, 'app/(payload)/admin/importMap.js')
    const components = (text: string) => [...text.matchAll(/^ {2}"([^"]+)":/gm)].map((m) => m[1])
    expect(components(await readFile(file, 'utf8'))).toEqual(
      components(await readFile(committed, 'utf8')),
    )
  })
})

describe('backup and restore with media in buckets', () => {
  const targetEnv = restoreEnv(target)
  let summary: BackupSummary
  let restore: RunResult
  let sourceMedia: unknown[]

  beforeAll(async () => {
    await upload('brochure.pdf', demoPdf(['Investment guide']), 'application/pdf', '招商手册')
    await upload('park.png', await png(1400, 900, '#2a9d8f'), 'image/png', '园区')
    const { exportArchive } = await import('../src/backup')
    const { contentView } = await import('./backup/view')
    sourceMedia = (await contentView(payload)).collections.media?.docs ?? []
    summary = await exportArchive(payload, archive)
    restore = await runCms('scripts/restore.ts', [archive], {
      ...targetEnv,
      ...bucketEnv(TARGET_BUCKET),
    })
    if (restore.code !== 0) throw new Error(`restore failed:\n${restore.stdout}\n${restore.stderr}`)
  }, 180_000)

  it('archives every stored file, read from the bucket, in the usual format', async () => {
    const entries = await readArchive(archive)
    const manifest = jsonEntry<Manifest>(entries, 'manifest.json')
    expect(manifest.format).toBe('county-portal-backup')
    expect(manifest.version).toBe(1)
    expect(manifest.missingFiles).toEqual([])
    const media = jsonEntry<CollectionFile>(entries, 'collections/media.json')
    const names = media.documents.flatMap((doc) => fileNames(doc as unknown as Media))
    const files = [...entries.keys()].filter((name) => name.startsWith('media/'))
    expect(files.sort()).toEqual(names.map((name) => `media/${name}`).sort())
    expect(summary.files).toBe(files.length)
    for (const name of names) {
      const bytes = entries.get(`media/${name}`) as Buffer
      expect(bytes.equals((await getObject(SOURCE_BUCKET, `${PREFIX}/${name}`)).bytes), name).toBe(
        true,
      )
      expect(manifest.files[`media/${name}`]?.sha256).toBe(
        createHash('sha256').update(bytes).digest('hex'),
      )
    }
  })

  it('restores every file into the empty target bucket with the same bytes and types', async () => {
    expect(restore.stdout).toContain(`bucket ${TARGET_BUCKET}/${PREFIX} at ${endpoint}`)
    const sourceKeys = await objectKeys(SOURCE_BUCKET)
    expect(await objectKeys(TARGET_BUCKET)).toEqual(sourceKeys)
    for (const key of sourceKeys) {
      const [from, to] = await Promise.all([
        getObject(SOURCE_BUCKET, key),
        getObject(TARGET_BUCKET, key),
      ])
      expect(to.bytes.equals(from.bytes), key).toBe(true)
      expect(to.contentType, key).toBe(from.contentType)
    }
    expect(await listFiles(targetEnv.MEDIA_DIR).catch(() => [])).toEqual([])
  })

  it('the restored CMS holds the same media documents and backs up the same files from its bucket', async () => {
    const out = path.join(work, 'inspection.json')
    const inspect = await runCms('tests/backup/backup-inspect.ts', [out, again], {
      ...targetEnv,
      ...bucketEnv(TARGET_BUCKET),
    })
    if (inspect.code !== 0) throw new Error(`inspection failed:\n${inspect.stderr}`)
    const inspected = JSON.parse(await readFile(out, 'utf8')) as {
      view: { collections: Record<string, { docs: unknown[] }> }
    }
    expect(inspected.view.collections.media?.docs).toEqual(sourceMedia)
    const [first, second] = await Promise.all([readArchive(archive), readArchive(again)])
    const media = (entries: Map<string, Buffer>) =>
      [...entries.keys()].filter((name) => name.startsWith('media/')).sort()
    expect(media(second)).toEqual(media(first))
    for (const name of media(first)) {
      expect(second.get(name)?.equals(first.get(name) as Buffer), name).toBe(true)
    }
  }, 120_000)

  it('refuses to restore over other files of the same names in the bucket', async () => {
    const [key] = await objectKeys(TARGET_BUCKET)
    await s3.send(
      new PutObjectCommand({ Bucket: TARGET_BUCKET, Key: key, Body: Buffer.from('changed') }),
    )
    const fresh = path.join(work, 'fresh')
    const refused = await runCms('scripts/restore.ts', [archive], {
      ...targetEnv,
      DATABASE_URI: freshDatabaseUri(fresh, 'portal'),
      ...bucketEnv(TARGET_BUCKET),
    })
    expect(refused.code).toBe(3)
    expect(refused.stderr).toContain(
      `1 other file(s) of the same names in bucket ${TARGET_BUCKET}/${PREFIX}`,
    )
    expect((await getObject(TARGET_BUCKET, key as string)).bytes.toString()).toBe('changed')
  }, 120_000)
})
