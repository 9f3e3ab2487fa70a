import { createHash, randomBytes } from 'node:crypto'
import { chmod, mkdir, open, readFile, readdir, rename, unlink } from 'node:fs/promises'
import path from 'node:path'
import { etagOf, type StoredPage } from './page-store'

/**
 * The last good copy of each cached page on disk, so that a portal restarted
 * while the CMS is down still has every page it served before.
 *
 * The folder mirrors the `pages` and `variants` tiers in memory: a page is
 * written when it is stored (only if its body changed) and removed when it
 * leaves memory, so the disk holds at most what CACHE_MAX_MB allows. Writes
 * go through one queue, one file at a time, off the request path; a page
 * removed before its turn is never written. Each file is written to a temp
 * file (0600, in a 0700 folder: the portal's own data) and renamed, so a
 * reader sees the old copy or the new one, never half of one. A file whose
 * body does not match its ETag, from another build of the portal (its pages
 * name assets that build no longer has), or that does not parse, is deleted
 * when the folder is read at start.
 *
 * File layout: "PCP1", a 4-byte length, that many bytes of JSON (key, build,
 * status, headers, etag, storedAt, lengths), then body, gzip and brotli.
 */

const MAGIC = Buffer.from('PCP1')
const SUFFIX = '.page'

interface Meta {
  key: string
  build: string
  status: number
  headers: Array<[string, string]>
  etag: string
  storedAt: number
  lengths: [number, number, number]
}

export interface DiskStoreOptions {
  dir: string
  /** Identifies the build whose pages may be read back. */
  build: string
  log: (fields: Record<string, unknown>) => void
}

export interface DiskStore {
  readonly dir: string
  /** Reads every valid copy, oldest first (so the newest end up most recently used), deleting the others. */
  load(): Promise<Array<{ key: string; page: StoredPage }>>
  /** Queues a write of `page` under `key` (skipped when the same body is on disk). */
  save(key: string, page: StoredPage): void
  /** Queues the removal of `key`'s copy. */
  remove(key: string): void
  /** Resolves when the queue is empty. */
  idle(): Promise<void>
}

const fileName = (key: string) =>
  `${createHash('sha256').update(key).digest('hex').slice(0, 40)}${SUFFIX}`

function encode(key: string, build: string, page: StoredPage): Buffer {
  const meta: Meta = {
    key,
    build,
    status: page.status,
    headers: page.headers,
    etag: page.etag,
    storedAt: page.storedAt,
    lengths: [page.body.length, page.gzip?.length ?? 0, page.br?.length ?? 0],
  }
  const json = Buffer.from(JSON.stringify(meta))
  const length = Buffer.alloc(4)
  length.writeUInt32BE(json.length)
  return Buffer.concat([
    MAGIC,
    length,
    json,
    page.body,
    page.gzip ?? Buffer.alloc(0),
    page.br ?? Buffer.alloc(0),
  ])
}

function decode(data: Buffer, build: string): { key: string; page: StoredPage } | null {
  if (data.length < 8 || !data.subarray(0, 4).equals(MAGIC)) return null
  const jsonEnd = 8 + data.readUInt32BE(4)
  const meta = JSON.parse(data.subarray(8, jsonEnd).toString('utf8')) as Meta
  if (meta.build !== build || typeof meta.key !== 'string') return null
  const [bodyLength, gzipLength, brLength] = meta.lengths
  if (jsonEnd + bodyLength + gzipLength + brLength !== data.length) return null
  // Copies, so one small page does not keep the whole file's buffer alive.
  const body = Buffer.from(data.subarray(jsonEnd, jsonEnd + bodyLength))
  if (etagOf(body) !== meta.etag) return null
  const gzipAt = jsonEnd + bodyLength
  const page: StoredPage = {
    status: meta.status,
    headers: meta.headers,
    body,
    gzip: gzipLength ? Buffer.from(data.subarray(gzipAt, gzipAt + gzipLength)) : null,
    br: brLength ? Buffer.from(data.subarray(gzipAt + gzipLength, data.length)) : null,
    etag: meta.etag,
    storedAt: meta.storedAt,
    generation: -1,
  }
  return { key: meta.key, page }
}

/** A disk mirror of the page cache in `dir`. */
export function createDiskStore(options: DiskStoreOptions): DiskStore {
  const { dir, build, log } = options
  /** What the next write does per key: a page to write, or null to remove. */
  const pending = new Map<string, StoredPage | null>()
  /** The ETag of each copy on disk. */
  const onDisk = new Map<string, string>()
  let running: Promise<void> | null = null
  /** The key being written or removed right now. */
  let current: string | null = null

  async function ensureDir(): Promise<void> {
    await mkdir(dir, { recursive: true, mode: 0o700 })
    await chmod(dir, 0o700)
  }

  async function write(key: string, page: StoredPage): Promise<void> {
    const file = path.join(dir, fileName(key))
    const temp = path.join(dir, `.${fileName(key)}.${randomBytes(6).toString('hex')}.tmp`)
    const handle = await open(temp, 'wx', 0o600)
    try {
      await handle.writeFile(encode(key, build, page))
    } finally {
      await handle.close()
    }
    await rename(temp, file).catch(async (error: unknown) => {
      await unlink(temp).catch(() => undefined)
      throw error
    })
    onDisk.set(key, page.etag)
  }

  async function drain(): Promise<void> {
    await ensureDir()
    for (;;) {
      const next = pending.entries().next().value
      if (!next) return
      const [key, page] = next
      pending.delete(key)
      current = key
      try {
        if (page) await write(key, page)
        else {
          onDisk.delete(key)
          await unlink(path.join(dir, fileName(key))).catch(() => undefined)
        }
      } catch (error) {
        log({ level: 'warn', msg: 'page copy not written', key, error: String(error) })
      } finally {
        current = null
      }
    }
  }

  function kick(): void {
    running ??= drain()
      .catch((error: unknown) =>
        log({ level: 'warn', msg: 'page cache folder', error: String(error) }),
      )
      .finally(() => {
        running = null
        if (pending.size > 0) kick()
      })
  }

  return {
    dir,
    async load() {
      await ensureDir()
      const found: Array<{ key: string; page: StoredPage }> = []
      for (const name of await readdir(dir)) {
        const file = path.join(dir, name)
        if (!name.endsWith(SUFFIX)) {
          if (name.endsWith('.tmp')) await unlink(file).catch(() => undefined)
          continue
        }
        let entry: { key: string; page: StoredPage } | null = null
        try {
          entry = decode(await readFile(file), build)
        } catch {
          entry = null
        }
        if (entry && fileName(entry.key) === name) {
          found.push(entry)
          onDisk.set(entry.key, entry.page.etag)
        } else await unlink(file).catch(() => undefined)
      }
      return found.sort((a, b) => a.page.storedAt - b.page.storedAt)
    },
    save(key, page) {
      if (onDisk.get(key) === page.etag && !pending.has(key)) return
      pending.delete(key)
      pending.set(key, page)
      kick()
    },
    remove(key) {
      if (!onDisk.has(key) && !pending.has(key) && current !== key) return
      pending.delete(key)
      pending.set(key, null)
      kick()
    },
    async idle() {
      while (running) await running
    },
  }
}
