/**
 * The total size the entries of a zip archive (an .xlsx) declare once
 * unpacked, read from its central directory without unpacking anything;
 * Infinity when the directory cannot be read or uses ZIP64 sizes. An .xlsx
 * of a few hundred KiB that unpacks to gigabytes (a "zip bomb") is refused
 * on this figure before exceljs inflates it. An archive that lies about its
 * sizes is not caught here: the file-size cap still bounds it.
 */
export function declaredUnzippedBytes(data: Uint8Array): number {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  const lowest = Math.max(0, data.byteLength - 22 - 0xffff)
  for (let end = data.byteLength - 22; end >= lowest; end--) {
    if (view.getUint32(end, true) !== 0x06054b50) continue
    const entries = view.getUint16(end + 10, true)
    let at = view.getUint32(end + 16, true)
    let total = 0
    for (let n = 0; n < entries; n++) {
      if (at + 46 > data.byteLength || view.getUint32(at, true) !== 0x02014b50) return Infinity
      const size = view.getUint32(at + 24, true)
      if (size === 0xffffffff) return Infinity
      total += size
      const name = view.getUint16(at + 28, true)
      const extra = view.getUint16(at + 30, true)
      const comment = view.getUint16(at + 32, true)
      at += 46 + name + extra + comment
    }
    return total
  }
  return Infinity
}
