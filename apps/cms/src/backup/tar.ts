// A minimal tar (POSIX ustar with pax extended headers for long or non-ASCII
// names) writer and streaming reader: just what the backup archive needs, so
// it needs no package. The reader also takes GNU tar's long names, so an
// archive unpacked and packed again with `tar czf` still restores. Entries are regular files only; entry bodies stream,
// so files of any size pass through without being held in memory.

const BLOCK = 512
/** The largest body an ustar size field (11 octal digits) can state: 8 GiB - 1. */
const MAX_SIZE = 0o77777777777

export interface TarEntryInfo {
  /** Path inside the archive, `/`-separated, never absolute. */
  name: string
  size: number
}

function writeString(block: Buffer, offset: number, length: number, value: string): void {
  block.write(value, offset, length, 'utf8')
}

function writeOctal(block: Buffer, offset: number, length: number, value: number): void {
  writeString(block, offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`)
}

function ustarHeader(name: string, size: number, typeflag: '0' | 'x', mtime: number): Buffer {
  const block = Buffer.alloc(BLOCK)
  writeString(block, 0, 100, name)
  writeOctal(block, 100, 8, 0o644)
  writeOctal(block, 108, 8, 0)
  writeOctal(block, 116, 8, 0)
  writeOctal(block, 124, 12, size)
  writeOctal(block, 136, 12, mtime)
  block.fill(0x20, 148, 156)
  writeString(block, 156, 1, typeflag)
  writeString(block, 257, 6, 'ustar\0')
  writeString(block, 263, 2, '00')
  let sum = 0
  for (const byte of block) sum += byte
  writeString(block, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `)
  return block
}

/** One pax record, `<length> <key>=<value>\n`, where the length counts the whole record. */
function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`
  const bodyLength = Buffer.byteLength(body)
  let length = bodyLength + 1
  while (String(length).length + bodyLength !== length) length = String(length).length + bodyLength
  return `${length}${body}`
}

function padding(size: number): Buffer {
  const rest = size % BLOCK
  return Buffer.alloc(rest === 0 ? 0 : BLOCK - rest)
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

/** The header blocks of one file entry (a pax header first when the name needs one). */
export function entryHeader(name: string, size: number, mtime = new Date()): Buffer {
  checkEntryName(name)
  if (!Number.isSafeInteger(size) || size < 0 || size > MAX_SIZE) {
    throw new Error(`${name}: files over 8 GiB cannot be archived`)
  }
  const seconds = Math.floor(mtime.getTime() / 1000)
  const ascii = /^[\x20-\x7e]*$/.test(name)
  if (ascii && name.length <= 100) return ustarHeader(name, size, '0', seconds)
  const pax = Buffer.from(paxRecord('path', name), 'utf8')
  const shortName = `PaxHeader/${name.replace(/[^\x20-\x7e]/g, '_').slice(-80)}`
  return Buffer.concat([
    ustarHeader(shortName, pax.length, 'x', seconds),
    pax,
    padding(pax.length),
    ustarHeader(name.replace(/[^\x20-\x7e]/g, '_').slice(-100), size, '0', seconds),
  ])
}

/**
 * Yields one complete file entry: header, body and padding. The body must
 * have exactly `size` bytes (a file that grew or shrank while it was read
 * fails here rather than producing a corrupt archive).
 */
export async function* tarEntry(
  name: string,
  size: number,
  body: Buffer | AsyncIterable<Buffer>,
  mtime?: Date,
): AsyncGenerator<Buffer> {
  yield entryHeader(name, size, mtime)
  let written = 0
  if (Buffer.isBuffer(body)) {
    written = body.length
    if (written === size) yield body
  } else {
    for await (const chunk of body) {
      written += chunk.length
      if (written > size) break
      yield chunk
    }
  }
  if (written !== size) {
    throw new Error(`${name}: expected ${size} bytes, read ${written} (was it changed while read?)`)
  }
  yield padding(size)
}

/** The two zero blocks that end an archive. */
export function tarEnd(): Buffer {
  return Buffer.alloc(BLOCK * 2)
}

/** Pulls exact byte counts out of a stream of chunks. */
class ByteReader {
  private chunks: Buffer[] = []
  private buffered = 0
  private done = false

  constructor(private readonly source: AsyncIterator<Buffer>) {}

  private async fill(wanted: number): Promise<void> {
    while (this.buffered < wanted && !this.done) {
      const next = await this.source.next()
      if (next.done) {
        this.done = true
      } else if (next.value.length > 0) {
        const chunk = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value)
        this.chunks.push(chunk)
        this.buffered += chunk.length
      }
    }
  }

  /** Exactly `length` bytes, or null at the end of the stream. */
  async read(length: number): Promise<Buffer | null> {
    await this.fill(length)
    if (this.buffered === 0) return null
    if (this.buffered < length) throw new Error('archive is truncated')
    const all = Buffer.concat(this.chunks)
    this.chunks = all.length > length ? [all.subarray(length)] : []
    this.buffered = all.length - length
    return all.subarray(0, length)
  }

  /** The next `length` bytes, as the chunks arrive. */
  async *stream(length: number): AsyncGenerator<Buffer> {
    let left = length
    while (left > 0) {
      await this.fill(1)
      const chunk = this.chunks.shift()
      if (!chunk) throw new Error('archive is truncated')
      if (chunk.length > left) {
        this.chunks.unshift(chunk.subarray(left))
        this.buffered -= left
        yield chunk.subarray(0, left)
        left = 0
      } else {
        this.buffered -= chunk.length
        left -= chunk.length
        yield chunk
      }
    }
  }

  async skip(length: number): Promise<void> {
    for await (const _chunk of this.stream(length)) {
      // discard
    }
  }
}

function readString(block: Buffer, offset: number, length: number): string {
  const raw = block.subarray(offset, offset + length)
  const end = raw.indexOf(0)
  return raw.subarray(0, end === -1 ? length : end).toString('utf8')
}

function readOctal(block: Buffer, offset: number, length: number): number {
  if ((block[offset] ?? 0) & 0x80) throw new Error('archive uses base-256 sizes, not supported')
  const text = readString(block, offset, length).trim()
  if (!/^[0-7]*$/.test(text)) throw new Error('archive header is corrupt')
  return text ? parseInt(text, 8) : 0
}

function parsePax(data: Buffer): Record<string, string> {
  const records: Record<string, string> = {}
  let offset = 0
  while (offset < data.length) {
    const space = data.indexOf(0x20, offset)
    if (space === -1) break
    const length = parseInt(data.subarray(offset, space).toString('ascii'), 10)
    if (!Number.isInteger(length) || length <= 0) throw new Error('archive pax header is corrupt')
    const record = data.subarray(space + 1, offset + length - 1).toString('utf8')
    const equals = record.indexOf('=')
    if (equals > 0) records[record.slice(0, equals)] = record.slice(equals + 1)
    offset += length
  }
  return records
}

/**
 * Reads a tar stream and yields each regular file with a body stream. The
 * consumer reads the body before asking for the next entry (what it leaves
 * unread is skipped). Directories and other entry types are skipped.
 */
export async function* readTar(
  source: AsyncIterable<Buffer>,
): AsyncGenerator<TarEntryInfo & { body: AsyncGenerator<Buffer> }> {
  const reader = new ByteReader(source[Symbol.asyncIterator]())
  let pax: Record<string, string> = {}
  let sawEnd = false
  for (;;) {
    const block = await reader.read(BLOCK)
    if (!block) break
    if (block.every((byte) => byte === 0)) {
      sawEnd = true
      break
    }
    const stored = readOctal(block, 148, 8)
    let sum = 0
    for (let i = 0; i < BLOCK; i += 1) sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0)
    if (sum !== stored)
      throw new Error('archive header checksum mismatch: not a tar file, or corrupt')
    const typeflag = String.fromCharCode(block[156] ?? 0)
    let size = readOctal(block, 124, 12)
    if (pax.size) size = Number(pax.size)
    const prefix = readString(block, 345, 155)
    const shortName = readString(block, 0, 100)
    const name = pax.path ?? (prefix ? `${prefix}/${shortName}` : shortName)
    const padded = size + padding(size).length
    if (typeflag === 'x' || typeflag === 'L') {
      // A pax header, or GNU tar's long-name entry: both describe the next entry.
      const data = await reader.read(padded)
      if (!data) throw new Error('archive is truncated')
      pax =
        typeflag === 'x'
          ? { ...pax, ...parsePax(data.subarray(0, size)) }
          : { ...pax, path: readString(data, 0, size) }
      continue
    }
    pax = {}
    if (typeflag !== '0' && typeflag !== '\0') {
      await reader.skip(padded)
      continue
    }
    let consumed = 0
    const body = (async function* () {
      for await (const chunk of reader.stream(size)) {
        consumed += chunk.length
        yield chunk
      }
    })()
    yield { name: checkEntryName(name), size, body }
    // Whatever the consumer left unread, and the padding.
    await reader.skip(padded - consumed)
  }
  if (!sawEnd) throw new Error('archive is truncated (no end marker)')
}
