import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, statfs } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream'
import { pipeline as pipelineAsync } from 'node:stream/promises'
import { createGunzip } from 'node:zlib'
import { ArchiveError } from './errors'
import { type FileEntry, MANIFEST } from './format'
import { readTar, TarTruncated, type TarEntry } from './tar'

// Reading an archive someone may have damaged or crafted. The manifest, which
// states every entry's size and checksum, comes last, so the archive is read
// twice:
// 1. `scanArchive` reads it through without writing anything: it hashes every
//    entry, keeps the JSON entries in memory (the restore needs them there
//    anyway) and stops as soon as the sizes the entries state pass the ceiling.
//    A gzip bomb costs some CPU here, never disk space.
// 2. After the manifest and the documents were checked, `extractFiles` writes
//    only the stored files the documents name, each stopped at the size the
//    manifest states and hashed again (the file may have changed in between).

export const GiB = 1024 ** 3
/** The default ceiling for everything an archive unpacks to; `--max-size` changes it. */
export const DEFAULT_MAX_UNPACKED = 32 * GiB
/** One JSON entry is parsed as one string: V8 strings end at about 512 MiB. */
const MAX_JSON_ENTRY = 512 * 1024 ** 2
const MAX_JSON_TOTAL = GiB

const TRUNCATED = '存档不完整 / the archive is truncated'

/** `n` bytes in GiB, for messages. */
export const inGiB = (bytes: number) => `${(bytes / GiB).toFixed(bytes < GiB ? 2 : 1)} GiB`

export interface Scan {
  /** Size and SHA-256 of every entry. */
  found: Map<string, FileEntry>
  /** The bodies of the manifest and the collection and global entries. */
  json: Map<string, Buffer>
}

const isJsonEntry = (name: string) =>
  name === MANIFEST || /^(collections|globals)\/[^/]+\.json$/.test(name)

function archiveEntries(file: string): AsyncGenerator<TarEntry> {
  // `pipeline` hands back the gunzip stream; a failure of either stream destroys
  // it with that error, which reading it then throws.
  return readTar(pipeline(createReadStream(file), createGunzip(), () => undefined))
}

/** What the gzip and tar layers report, in the archive's own words (never with content). */
function readFailure(error: unknown): ArchiveError {
  if (error instanceof ArchiveError) return error
  const e = error as NodeJS.ErrnoException | null
  const message = e instanceof Error ? e.message : String(error)
  if (
    error instanceof TarTruncated ||
    e?.code === 'Z_BUF_ERROR' ||
    /unexpected end of (file|data)/i.test(message)
  ) {
    return new ArchiveError(`${TRUNCATED} (${message})`)
  }
  return new ArchiveError(
    `存档已损坏或不是备份文件 / the archive is damaged or not a backup (${message})`,
  )
}

function tooLarge(limit: number): ArchiveError {
  return new ArchiveError(
    `存档解压后超过 ${inGiB(limit)} 的上限，未写入任何内容 / the archive unpacks to more than the limit of ${inGiB(limit)}; nothing was written (restore --max-size=<GiB> raises the limit)`,
  )
}

function changedWhileRead(name: string): ArchiveError {
  return new ArchiveError(
    `${name} 与清单不符：存档在恢复过程中被改动 / ${name} no longer matches the manifest: the archive changed during the restore`,
  )
}

/**
 * Reads a body through, hashing and counting it; fails past `limit` bytes.
 * Keeps the bytes only when asked to.
 */
async function consume(
  entry: TarEntry,
  limit: number,
  keep: boolean,
): Promise<{ info: FileEntry; data: Buffer | null }> {
  const hash = createHash('sha256')
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of entry.body) {
    size += chunk.length
    if (size > limit) throw new ArchiveError(`${entry.name} is larger than its header states`)
    hash.update(chunk)
    if (keep) chunks.push(chunk)
  }
  return {
    info: { size, sha256: hash.digest('hex') },
    data: keep ? Buffer.concat(chunks) : null,
  }
}

/**
 * First pass: every entry's size and checksum, and the JSON entries' bodies,
 * without writing anything. Refuses, before reading its body, the entry whose
 * stated size takes the total past `limit`.
 */
export async function scanArchive(file: string, limit: number): Promise<Scan> {
  const found = new Map<string, FileEntry>()
  const json = new Map<string, Buffer>()
  let total = 0
  let jsonTotal = 0
  try {
    for await (const entry of archiveEntries(file)) {
      if (found.has(entry.name)) throw new ArchiveError(`duplicate entry ${entry.name}`)
      total += entry.size
      if (total > limit) throw tooLarge(limit)
      const keep = isJsonEntry(entry.name)
      if (keep) {
        jsonTotal += entry.size
        if (entry.size > MAX_JSON_ENTRY || jsonTotal > MAX_JSON_TOTAL) {
          throw new ArchiveError(
            `${entry.name}: the documents take more than ${inGiB(MAX_JSON_TOTAL)} of JSON, more than a restore holds in memory`,
          )
        }
      }
      const { info, data } = await consume(entry, entry.size, keep)
      found.set(entry.name, info)
      if (data) json.set(entry.name, data)
    }
  } catch (error) {
    throw readFailure(error)
  }
  return { found, json }
}

/** Refuses when the file system holding `dir` has less than `bytes` free. */
export async function checkRoom(dir: string, bytes: number): Promise<void> {
  const fs = await statfs(dir)
  const free = fs.bavail * fs.bsize
  if (bytes > free) {
    throw new ArchiveError(
      `${dir} 所在磁盘剩余空间不足（需要 ${inGiB(bytes)}，剩余 ${inGiB(free)}） / not enough free space where ${dir} is: ${inGiB(bytes)} needed, ${inGiB(free)} free`,
    )
  }
}

/** Writes one entry to `dest` (owner-only), stopped at the stated size and checked against its checksum. */
async function writeEntry(entry: TarEntry, expected: FileEntry, dest: string): Promise<void> {
  if (entry.size !== expected.size) throw changedWhileRead(entry.name)
  await mkdir(path.dirname(dest), { recursive: true, mode: 0o700 })
  const hash = createHash('sha256')
  let size = 0
  await pipelineAsync(
    async function* () {
      for await (const chunk of entry.body) {
        size += chunk.length
        if (size > expected.size) throw changedWhileRead(entry.name)
        hash.update(chunk)
        yield chunk
      }
    },
    createWriteStream(dest, { flags: 'wx', mode: 0o600 }),
  )
  if (size !== expected.size || hash.digest('hex') !== expected.sha256) {
    throw changedWhileRead(entry.name)
  }
}

/**
 * Second pass: writes the `wanted` entries under `dir` (by their archive
 * paths) and skips the rest. Resolves or fails only after every file it
 * opened is closed, so the caller may remove `dir` right after.
 */
export async function extractFiles(
  file: string,
  wanted: Map<string, FileEntry>,
  dir: string,
): Promise<void> {
  const written = new Set<string>()
  try {
    for await (const entry of archiveEntries(file)) {
      const expected = wanted.get(entry.name)
      if (!expected || written.has(entry.name)) continue
      await writeEntry(entry, expected, path.join(dir, ...entry.name.split('/')))
      written.add(entry.name)
    }
  } catch (error) {
    throw readFailure(error)
  }
  const missing = [...wanted.keys()].find((name) => !written.has(name))
  if (missing) throw changedWhileRead(missing)
}
