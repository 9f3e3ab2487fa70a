// A minimal static file server, the yardstick for the portal's page cache: the
// same files, read into memory and compressed once at start (brotli and gzip,
// the portal's settings), answered by Node's http module with the same kind of
// headers. No routing, no logging, no cache logic.
// Usage: node bench/static-server.mjs <manifest.json> <port>
//   manifest: { "/path?query": { "file": "/abs/file", "type": "text/html; charset=utf-8" } }
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib'

const [manifestFile, portArg] = process.argv.slice(2)
if (!manifestFile || !portArg) {
  console.error('usage: node bench/static-server.mjs <manifest.json> <port>')
  process.exit(2)
}

/** @type {Record<string, { file: string, type: string }>} */
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'))

/** @typedef {{ body: Buffer, br: Buffer, gzip: Buffer, type: string, etag: string }} Entry */
/** @type {Map<string, Entry>} */
const files = new Map()
for (const [url, { file, type }] of Object.entries(manifest)) {
  const body = readFileSync(file)
  files.set(url, {
    body,
    br: brotliCompressSync(body, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: 6,
        [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gzip: gzipSync(body, { level: 6 }),
    type,
    etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`,
  })
}

const server = http.createServer((req, res) => {
  const entry = files.get(req.url ?? '/')
  if (!entry) {
    res.writeHead(404, { 'content-type': 'text/plain' })
    res.end('not found')
    return
  }
  const accept = req.headers['accept-encoding'] ?? ''
  const encoding = accept.includes('br') ? 'br' : accept.includes('gzip') ? 'gzip' : null
  const body = encoding ? entry[encoding] : entry.body
  /** @type {Record<string, string>} */
  const headers = {
    'content-type': entry.type,
    'content-length': String(body.length),
    'cache-control': 'public, max-age=0',
    etag: entry.etag,
    vary: 'Accept-Encoding',
  }
  if (encoding) headers['content-encoding'] = encoding
  res.writeHead(200, headers)
  res.end(body)
})
server.keepAliveTimeout = 65_000
server.listen(Number(portArg), '127.0.0.1', () => {
  console.log(`static server on 127.0.0.1:${portArg} with ${files.size} files`)
})
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => process.exit(0))
}
