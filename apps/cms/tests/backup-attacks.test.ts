// First: it sets the source CMS's secret before anything reads the configuration.
import { backupWorkspace, bootSource } from './backup/source'
import { createHash } from 'node:crypto'
import { watch } from 'node:fs'
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ArchiveError, exportArchive, importArchive, type Manifest } from '../src/backup'
import type { CollectionFile } from '../src/backup/format'
import { packTar, type TarInput } from '../src/backup/tar'
import { seed } from '../src/seed'
import { jsonEntry, listFiles, readArchive, runCms, writeArchive } from './backup/roundTrip'
import { contentView } from './backup/view'
import { onMongo } from './support/database'

// Archives someone damaged or crafted, restored with --force over a CMS that
// holds content: each must be refused with its real cause, leave no unpacked
// folder, change nothing, write nothing it was not asked to, and never print
// what visitors wrote.

const { work, archive, target, targetEnv } = backupWorkspace('portal-backup-attacks-')
const mediaDir = process.env.MEDIA_DIR as string
/** Where the restore unpacks: beside the upload folder. */
const dataDir = path.dirname(mediaDir)
const GiB = 1024 ** 3

/** A visitor's inquiry, as distinctive as can be, so that any echo of it is found. */
const VISITOR = {
  name: '证人王五',
  phone: '13712345678',
  email: 'wangwu.witness@example.com',
  message: '这段留言只应保存在数据库里，不应出现在任何报错中。',
}

let payload: Payload
let entries: Map<string, Buffer>

beforeAll(async () => {
  payload = await bootSource(seed)
  await exportArchive(payload, archive)
  entries = await readArchive(archive)
}, 120_000)

afterAll(async () => {
  await payload?.destroy()
})

/** The archive's entries with `changes` applied and the manifest's checksums made to match them. */
function consistent(changes: Record<string, Buffer>): Map<string, Buffer> {
  const changed = new Map(entries)
  const manifest = jsonEntry<Manifest>(entries, 'manifest.json')
  for (const [name, data] of Object.entries(changes)) {
    changed.set(name, data)
    manifest.files[name] = {
      size: data.length,
      sha256: createHash('sha256').update(data).digest('hex'),
    }
  }
  changed.delete('manifest.json')
  changed.set('manifest.json', Buffer.from(JSON.stringify(manifest)))
  return changed
}

/** The archive's inquiries with the first one replaced by `visitor` and `fields`. */
function inquiriesWith(fields: Record<string, unknown>, second: Record<string, unknown> = {}) {
  const inquiries = jsonEntry<CollectionFile>(entries, 'collections/inquiries.json')
  const [first, next] = inquiries.documents
  if (!first || !next) throw new Error('the seed filed fewer than two inquiries')
  Object.assign(first, VISITOR, fields)
  Object.assign(next, second)
  return Buffer.from(JSON.stringify(inquiries))
}

/** Sizes of every file under `dir`, by path. */
async function sizes(dir: string): Promise<Record<string, number>> {
  const found: Record<string, number> = {}
  for (const name of await listFiles(dir)) found[name] = (await stat(path.join(dir, name))).size
  return found
}

let sentinels = 0

/**
 * Runs `work` while recording every name created in the data folder. To know
 * that all events of the attempt have arrived, it then creates a sentinel file
 * and waits for that file's own event (the kernel reports them in order).
 */
async function namesCreatedDuring(work: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = []
  const sentinel = `sentinel-${(sentinels += 1)}`
  let arrived: () => void = () => undefined
  const sentinelSeen = new Promise<void>((resolve) => (arrived = resolve))
  const watcher = watch(dataDir, (_event, name) => {
    if (name === sentinel) arrived()
    else if (name) seen.push(name)
  })
  try {
    await work()
    await writeFile(path.join(dataDir, sentinel), '')
    await sentinelSeen
  } finally {
    watcher.close()
    await rm(path.join(dataDir, sentinel), { force: true })
  }
  return [...new Set(seen)]
}

const leftovers = async (dir: string) =>
  (await readdir(dir)).filter((name) => name.startsWith('.restore-'))

interface Attempt {
  error: Error
  /** Names that appeared in the data folder while it ran. */
  created: string[]
}

/**
 * Restores `file` over the current content with --force and checks what must
 * hold for any refused archive: no unpacked folder left, every document,
 * version and global as before, every stored file as before. A refusal that
 * comes from the database while writing (`written`) is undone only where the
 * restore runs in a transaction: SQLite, not MongoDB (docs/backup.md).
 */
async function refusedRestore(
  file: string,
  { maxUnpackedBytes, written = false }: { maxUnpackedBytes?: number; written?: boolean } = {},
): Promise<Attempt> {
  const before = await contentView(payload)
  const filesBefore = await sizes(mediaDir)
  let error: unknown = null
  const created = await namesCreatedDuring(async () => {
    error = await importArchive(payload, file, {
      force: true,
      ...(maxUnpackedBytes ? { maxUnpackedBytes } : {}),
    }).catch((e: unknown) => e)
  })
  expect(error, 'the restore was refused').toBeInstanceOf(Error)
  expect(await leftovers(dataDir)).toEqual([])
  if (!(written && onMongo)) expect(await contentView(payload)).toEqual(before)
  expect(await sizes(mediaDir)).toEqual(filesBefore)
  return { error: error as Error, created }
}

function expectNoVisitorData(text: string) {
  for (const value of Object.values(VISITOR)) expect(text).not.toContain(value)
}

describe('a truncated archive', () => {
  it('is refused as truncated wherever it was cut, before anything is unpacked', async () => {
    const whole = await readFile(archive)
    // In the documents, in the stored files, and in the gzip trailer.
    for (const cut of [0.05, 0.5, whole.length - 4]) {
      const length = cut < 1 ? Math.floor(whole.length * cut) : cut
      const truncated = path.join(work, `truncated-${length}.tar.gz`)
      await writeFile(truncated, whole.subarray(0, length))
      const { error, created } = await refusedRestore(truncated)
      expect(error, `cut at ${length}`).toBeInstanceOf(ArchiveError)
      expect(error.message).toMatch(/^存档不完整 \/ the archive is truncated/)
      expect(error.message).not.toMatch(/ENOTEMPTY|rmdir/)
      expect(created, 'nothing was written').toEqual([])
    }
  })

  it('is refused as truncated when the tar stream stops at an entry boundary', async () => {
    const inputs: TarInput[] = [...entries]
      .filter(([name]) => name !== 'manifest.json')
      .map(([name, body]) => ({ name, size: body.length, body }))
    const chunks: Buffer[] = []
    for await (const chunk of packTar(inputs)) chunks.push(chunk)
    const tar = Buffer.concat(chunks)
    const cut = path.join(work, 'no-end-marker.tar.gz')
    // Without the manifest and the two zero blocks that end every tar stream.
    await writeFile(cut, gzipSync(tar.subarray(0, tar.length - 1024)))
    const { error, created } = await refusedRestore(cut)
    expect(error.message).toMatch(/^存档不完整 \/ the archive is truncated/)
    expect(created).toEqual([])
  })
})

describe('a gzip bomb', () => {
  const BOMB = 'media/bomb.bin'
  const zeros = Buffer.alloc(1024 * 1024)

  async function* bomb(): AsyncGenerator<Buffer> {
    for (let i = 0; i < 1024; i += 1) yield zeros
  }

  /** `from` with 1 GiB of zeros (about 1 MB compressed) in one entry just before the manifest. */
  async function withBomb(file: string, from: Map<string, Buffer>): Promise<void> {
    async function* inputs(): AsyncGenerator<TarInput> {
      for (const [name, data] of from) {
        if (name === 'manifest.json') yield { name: BOMB, size: GiB, body: bomb() }
        yield { name, size: data.length, body: data }
      }
    }
    await writeArchive(file, inputs())
  }

  it('that the manifest does not list is refused without writing a byte', async () => {
    const file = path.join(work, 'bomb.tar.gz')
    await withBomb(file, entries)
    expect((await stat(file)).size).toBeLessThan(5 * 1024 * 1024)
    const { error, created } = await refusedRestore(file)
    expect(error).toBeInstanceOf(ArchiveError)
    expect(error.message).toContain(`${BOMB}: not in the manifest`)
    expect(created, 'nothing was written to the data folder').toEqual([])
  }, 120_000)

  it('that the manifest lists and a document names stops at the size limit before it is unpacked', async () => {
    // A media document pointing at the bomb, and a manifest that vouches for it.
    const media = jsonEntry<CollectionFile>(entries, 'collections/media.json')
    const doc = media.documents[0] as Record<string, unknown>
    Object.assign(doc, { filename: 'bomb.bin', filesize: GiB, sizes: {} })
    const mediaJson = Buffer.from(JSON.stringify(media))
    const declared = consistent({ 'collections/media.json': mediaJson })
    const hash = createHash('sha256')
    for await (const chunk of bomb()) hash.update(chunk)
    const manifest = jsonEntry<Manifest>(declared, 'manifest.json')
    manifest.files[BOMB] = { size: GiB, sha256: hash.digest('hex') }
    declared.set('manifest.json', Buffer.from(JSON.stringify(manifest)))
    const file = path.join(work, 'declared-bomb.tar.gz')
    await withBomb(file, declared)

    const { error, created } = await refusedRestore(file, { maxUnpackedBytes: 256 * 1024 * 1024 })
    expect(error).toBeInstanceOf(ArchiveError)
    expect(error.message).toMatch(
      /存档解压后超过 0\.25 GiB 的上限.*more than the limit of 0\.25 GiB/,
    )
    expect(created, 'nothing was written to the data folder').toEqual([])
  }, 120_000)
})

describe("an archive with a visitor's inquiry in it", () => {
  it('that does not fit the fields is refused naming the row, field and rule, never the values', async () => {
    const invalid = consistent({
      'collections/inquiries.json': inquiriesWith({ submittedAt: null, status: 'hacked' }),
    })
    const file = path.join(work, 'invalid-inquiry.tar.gz')
    await writeArchive(file, invalid)
    const { error, created } = await refusedRestore(file)
    expect(error).toBeInstanceOf(ArchiveError)
    expect(error.message).toMatch(/inquiries #1 \(id \w+\) · submittedAt: 必填 \/ is required/)
    expect(error.message).toMatch(
      /inquiries #1 \(id \w+\) · status: 不在可选值中 \/ is not one of the options/,
    )
    expectNoVisitorData(error.message)
    expect(created).toEqual([])

    // What the restore command prints, into an empty CMS.
    const run = await runCms('scripts/restore.ts', [file], targetEnv)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/restore failed, nothing was changed: .*inquiries #1 \(id \w+\)/)
    expectNoVisitorData(run.stdout + run.stderr)
    expect(await leftovers(target)).toEqual([])
  }, 120_000)

  it('that the database refuses is refused naming the row and constraint, never the values (rolled back on SQLite)', async () => {
    // Two inquiries with one submission id: only the database's unique index finds it.
    const inquiries = jsonEntry<CollectionFile>(entries, 'collections/inquiries.json')
    const submissionId = inquiries.documents[0]?.submissionId
    const file = path.join(work, 'duplicate-inquiry.tar.gz')
    await writeArchive(
      file,
      consistent({ 'collections/inquiries.json': inquiriesWith({}, { submissionId }) }),
    )
    const { error } = await refusedRestore(file, { written: true })
    expect(error.message).toMatch(
      /^数据库拒绝写入 inquiries #2 \(id \w+\) \/ the database refused inquiries #2 \(id \w+\): submissionId: 不能重复 \/ must be unique$/,
    )
    expectNoVisitorData(error.message)
  })

  it('leaves an empty CMS empty after every refusal: the genuine archive then restores without --force', async () => {
    const truncated = path.join(work, 'truncated-cli.tar.gz')
    await writeFile(truncated, (await readFile(archive)).subarray(0, 50_000))
    const refused = await runCms('scripts/restore.ts', [truncated], targetEnv)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('存档不完整 / the archive is truncated')
    expect(await leftovers(target)).toEqual([])
    const restored = await runCms('scripts/restore.ts', [archive], targetEnv)
    expect(restored.stderr).not.toMatch(/refused|failed/)
    expect(restored.code).toBe(0)
  }, 120_000)
})
