import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'

/** A built asset held in memory with its compressed forms. */
export interface StaticFile {
  body: Buffer
  gzip: Buffer | null
  br: Buffer | null
  type: string
  etag: string
  /** Hashed build assets never change under the same name. */
  immutable: boolean
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
}
const COMPRESS = new Set(['.js', '.mjs', '.css', '.svg', '.txt', '.json', '.webmanifest', '.xml'])

/**
 * Loads every file of the built client folder (`dist/client`) into memory.
 * The portal's own assets are a few hundred kilobytes; serving them from
 * memory, compressed once, keeps them off the render path entirely.
 */
export function loadStaticFiles(clientDir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>()
  const walk = (dir: string) => {
    let entries: string[]
    try {
      entries = readdirSync(dir)
    } catch {
      return
    }
    for (const name of entries) {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) {
        walk(full)
        continue
      }
      const ext = path.extname(name).toLowerCase()
      const body = readFileSync(full)
      const compress = COMPRESS.has(ext) && body.length > 512
      const urlPath = `/${path.relative(clientDir, full).split(path.sep).join('/')}`
      files.set(urlPath, {
        body,
        gzip: compress ? gzipSync(body, { level: 9 }) : null,
        br: compress ? brotliCompressSync(body) : null,
        type: TYPES[ext] ?? 'application/octet-stream',
        etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`,
        immutable: urlPath.startsWith('/_astro/'),
      })
    }
  }
  walk(clientDir)
  return files
}
