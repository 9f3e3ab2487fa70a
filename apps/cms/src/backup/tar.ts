import { extract as tarExtract, pack as tarPack, type Pack } from 'tar-stream'

// The backup's tar layer, on tar-stream: POSIX ustar entries, with a pax header
// when a name is long or not ASCII. tar-stream also reads GNU tar's long names,
// so an archive unpacked and packed again with `tar czf` still restores. Only
// regular files are archived; other entry types are skipped when reading.
// Bodies stream both ways, so files of any size pass through without being
// held in memory.

const BLOCK = 512
/** The largest body an ustar size field (11 octal digits) can state: 8 GiB - 1. */
const MAX_SIZE = 0o77777777777

/** One file to archive: `body` must hold exactly `size` bytes. */
export interface TarInput {
  /** Path inside the archive, `/`-separated, never absolute. */
  name: string
  size: number
  body: Buffer | AsyncIterable<Buffer>
  mtime?: Date
}

/** One regular file read from an archive; read `body` to the end before asking for the next. */
export interface TarEntry {
  name: string
  /** The size the entry's header states; the body has exactly this many bytes. */
  size: number
  body: AsyncGenerator<Buffer>
}

/** The tar stream ended before its end marker: cut at an entry boundary. */
export class TarTruncated extends Error {
  override name = 'TarTruncated'
}

/** Checks an entry name: relative, `/`-separated, no `.` or `..` segments. */
export function checkEntryName(name: string): string {
  const segments = name.split('/')
  if (
    !name ||
    name.startsWith('/') ||
    name.includes('\\') ||
    name.includes('\0') ||
    segments.some((segment) => segment === '' || segment === '.' || segment === '..')
  ) {
    throw new Error(`unsafe path in archive: ${JSON.stringify(name)}`)
  }
  return name
}

const padded = (size: number) => Math.ceil(size / BLOCK) * BLOCK

/** Resolves at the first of `events` on `emitter`, and leaves no listener behind. */
function firstOf(
  emitter: {
    once(event: string, listener: () => void): unknown
    off(event: string, listener: () => void): unknown
  },
  events: string[],
): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      for (const event of events) emitter.off(event, done)
      resolve()
    }
    for (const event of events) emitter.once(event, done)
  })
}

async function addEntry(pack: Pack, { name, size, body, mtime }: TarInput): Promise<void> {
  checkEntryName(name)
  if (!Number.isSafeInteger(size) || size < 0 || size > MAX_SIZE) {
    throw new Error(`${name}: files over 8 GiB cannot be archived`)
  }
  let settle: (error: Error | null) => void = () => undefined
  const done = new Promise<Error | null>((resolve) => (settle = resolve))
  // Owner-only, like the archive file itself, for whoever unpacks it with tar.
  const sink = pack.entry({ name, size, mtime: mtime ?? new Date(), mode: 0o600 }, (error) =>
    settle(error ?? null),
  )
  // Failures arrive through the callback above; without a listener streamx would throw them.
  sink.on('error', () => undefined)
  let written = 0
  for await (const chunk of Buffer.isBuffer(body) ? [body] : body) {
    written += chunk.length
    // tar-stream passes surplus bytes on into the archive: stop before they get there.
    if (written > size || sink.destroyed) break
    // Stops waiting when the sink fails too ('close' comes after its callback).
    if (!sink.write(chunk)) await firstOf(sink, ['drain', 'close'])
  }
  if (written !== size && !sink.destroyed) {
    const error = new Error(
      `${name}: expected ${size} bytes, read ${written} (was it changed while read?)`,
    )
    sink.destroy(error)
    throw error
  }
  sink.end(null) // streamx's typings ask for an argument; null adds nothing
  const error = await done
  if (error) throw error
}

/**
 * The tar stream of `entries`, end marker included. A body with more or fewer
 * bytes than its entry states (a file that grew or shrank while it was read)
 * fails the stream rather than producing a corrupt archive.
 */
export function packTar(
  entries: AsyncIterable<TarInput> | Iterable<TarInput>,
): AsyncIterable<Buffer> {
  const pack = tarPack()
  void (async () => {
    try {
      for await (const entry of entries) await addEntry(pack, entry)
      pack.finalize()
    } catch (error) {
      pack.destroy(error instanceof Error ? error : new Error(String(error)))
    }
  })()
  return pack as AsyncIterable<Buffer>
}

type Extract = ReturnType<typeof tarExtract>

/** Writes `source` into the parser, with backpressure; a failure of the source fails the parser. */
async function feed(
  source: AsyncIterable<Buffer>,
  extract: Extract,
  counted: { bytes: number },
): Promise<void> {
  try {
    for await (const chunk of source) {
      if (extract.destroyed) return
      counted.bytes += chunk.length
      if (!extract.write(chunk)) await firstOf(extract, ['drain', 'close'])
    }
    extract.end(null)
  } catch (error) {
    extract.destroy(error instanceof Error ? error : new Error(String(error)))
  }
}

/**
 * Reads a tar stream and yields each regular file with a body stream. The
 * consumer reads the body before asking for the next entry (what it leaves
 * unread is skipped). Directories and other entry types are skipped. Throws
 * `TarTruncated` when the stream ends without the end marker, and passes on
 * the parser's and the source's errors. Returns only once the source and the
 * parser have stopped, so a caller may clean up right after.
 */
export async function* readTar(source: AsyncIterable<Buffer>): AsyncGenerator<TarEntry> {
  const extract = tarExtract()
  const counted = { bytes: 0 }
  const feeding = feed(source, extract, counted)
  // Where the last entry ends; the end marker (two zero blocks) must follow it.
  let end = 0
  try {
    for await (const entry of extract) {
      const { header } = entry
      end = entry.offset + BLOCK + padded(header.size)
      let consumed = false
      if (header.type === 'file' || header.type === 'contiguous-file') {
        const body = (async function* () {
          for await (const chunk of entry) yield chunk as Buffer
          consumed = true
        })()
        yield { name: checkEntryName(header.name), size: header.size, body }
      }
      if (!consumed) {
        for await (const _chunk of entry) {
          // skipped
        }
      }
    }
    if (counted.bytes - end < 2 * BLOCK) throw new TarTruncated('the tar stream has no end marker')
  } finally {
    extract.destroy()
    await feeding
  }
}
