// The portal's production server. Astro renders pages (its Node adapter runs in
// middleware mode); this server answers in front of it: built assets and cached
// pages straight from memory, change notifications from the CMS, health checks,
// and the last good copy of a page while the CMS is away.
import { randomUUID } from 'node:crypto'
import { readdirSync } from 'node:fs'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { EnvError, WebEnv, parseEnv } from '@portal/shared/env'
import { DEV_PORTAL_HOOK_SECRET } from '@portal/shared/env'
import {
  ChangeNotification,
  NOTIFY_SIGNATURE_HEADER,
  NOTIFY_TIMESTAMP_HEADER,
  verifyNotification,
} from '@portal/shared/signing'
import { renderToMemory, type NodeHandler, type Rendered } from './capture'
import { PageCache, cacheKey, chooseEncoding, type StoredPage } from './page-cache'
import { baseSecurityHeaders, securityHeaders, type SecurityOptions } from './security-headers'
import { stdoutLineLog } from './log'
import { loadStaticFiles, type StaticFile } from './static-files'

process.env.NODE_ENV ??= 'production'

let env: WebEnv
try {
  env = parseEnv(WebEnv, process.env)
} catch (error) {
  if (error instanceof EnvError) {
    console.error(`The portal cannot start.\n${error.message}`)
    process.exit(1)
  }
  throw error
}

const distDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)))
const { handler } = (await import(pathToFileURL(path.join(distDir, 'server/entry.mjs')).href)) as {
  handler: NodeHandler
}
const statics = loadStaticFiles(path.join(distDir, 'client'))
const hookSecret = env.PORTAL_HOOK_SECRET || DEV_PORTAL_HOOK_SECRET
const outboxDir = env.OUTBOX_DIR ?? path.resolve(distDir, '..', 'data', 'outbox')

const security: SecurityOptions = {
  https: env.SITE_URL.startsWith('https://'),
  previewFrameOrigin: new URL(env.CMS_PUBLIC_URL ?? env.CMS_URL).origin,
}
const baseHeaders = Object.fromEntries(baseSecurityHeaders(security))

/** Adds the security headers to a rendered answer (in place). */
function secure(rendered: Rendered, pathname: string): Rendered {
  const contentType =
    rendered.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? ''
  const preview = /^\/(en\/)?preview$/.test(pathname)
  rendered.headers.push(...securityHeaders(contentType, rendered.body, { ...security, preview }))
  return rendered
}

const cache = new PageCache({
  maxBytes: env.CACHE_MAX_MB * 1024 * 1024,
  ttlMs: env.CACHE_TTL_SECONDS * 1000,
})
const rendering = new Map<string, Promise<Rendered>>()
/** Keys whose last re-render failed: serve the stale copy without trying again until then. */
const retryAt = new Map<string, number>()
const RETRY_MS = 2000

/** Query parameters that change what a page shows; others are left out of the cache key. */
const KEY_PARAMS = new Set([
  'sector',
  'stage',
  'park',
  'size',
  'q',
  'page',
  'topic',
  'status',
  'category',
])

const json = process.env.LOG_FORMAT === 'json' || env.NODE_ENV === 'production'
const lines = stdoutLineLog()
function log(fields: Record<string, unknown>): void {
  if (json) lines.line(JSON.stringify({ time: new Date().toISOString(), ...fields }))
  else
    lines.line(
      Object.entries(fields)
        .map(([k, v]) => `${k}=${String(v)}`)
        .join(' '),
    )
}

function pageKey(url: string): string {
  const parsed = new URL(url, 'http://portal.invalid')
  for (const name of [...parsed.searchParams.keys()]) {
    if (!KEY_PARAMS.has(name)) parsed.searchParams.delete(name)
  }
  return cacheKey(`${parsed.pathname}${parsed.search}`)
}

function isCacheableRequest(req: IncomingMessage, pathname: string): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  if (req.headers.authorization) return false
  return !/^\/(en\/)?(preview|inquiry|_portal)(\/|$)/.test(pathname)
}

function isCacheableResponse(rendered: Rendered): boolean {
  if (rendered.status !== 200 && rendered.status !== 404) return false
  const header = (name: string) =>
    rendered.headers.find(([n]) => n.toLowerCase() === name)?.[1]?.toLowerCase() ?? ''
  if (/no-store|private/.test(header('cache-control'))) return false
  return !rendered.headers.some(([n]) => n.toLowerCase() === 'set-cookie')
}

/** What a CDN in front may do with a page: revalidate at once, fall back to its copy on errors. */
const PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=1, stale-if-error=86400'

function send(
  req: IncomingMessage,
  res: ServerResponse,
  page: Pick<StoredPage, 'status' | 'headers' | 'body' | 'gzip' | 'br' | 'etag'> & {
    storedAt?: number
  },
  extra: Record<string, string>,
): void {
  const headers: Record<string, string | string[]> = {}
  for (const [name, value] of page.headers) {
    const existing = headers[name]
    headers[name] = existing === undefined ? value : [...[existing].flat(), value]
  }
  headers['cache-control'] ??= PAGE_CACHE_CONTROL
  headers.etag = page.etag
  headers.vary = 'Accept-Encoding'
  if (page.storedAt)
    headers.age = String(Math.max(0, Math.floor((Date.now() - page.storedAt) / 1000)))
  Object.assign(headers, extra)
  if (req.headers['if-none-match'] === page.etag && page.status === 200) {
    res.writeHead(304, headers)
    res.end()
    return
  }
  const encoding = chooseEncoding(req.headers['accept-encoding'], page)
  const body = encoding ? (page[encoding] as Buffer) : page.body
  if (encoding) headers['content-encoding'] = encoding
  headers['content-length'] = String(body.length)
  res.writeHead(page.status, headers)
  res.end(req.method === 'HEAD' ? undefined : body)
}

function sendStatic(req: IncomingMessage, res: ServerResponse, file: StaticFile): void {
  send(
    req,
    res,
    { status: 200, headers: [['content-type', file.type]], ...file },
    {
      ...baseHeaders,
      'cache-control': file.immutable
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=3600',
      'x-portal-cache': 'STATIC',
    },
  )
}

function render(key: string, req: IncomingMessage, pathname: string): Promise<Rendered> {
  const running = rendering.get(key)
  if (running) return running
  const generation = cache.generation
  const promise = renderToMemory(handler, req)
    .then((rendered) => secure(rendered, pathname))
    .then((rendered) => {
      if (isCacheableResponse(rendered)) {
        // A notification during the render leaves this copy already stale.
        cache.set(key, rendered, generation)
        retryAt.delete(key)
      }
      return rendered
    })
    .finally(() => rendering.delete(key))
  rendering.set(key, promise)
  return promise
}

const delay = (ms: number) => new Promise<null>((resolve) => setTimeout(resolve, ms).unref())

async function servePage(req: IncomingMessage, res: ServerResponse, url: URL): Promise<string> {
  const key = pageKey(url.pathname + url.search)
  const found = cache.get(key)
  if (found?.fresh) {
    send(req, res, found.page, { 'x-portal-cache': 'HIT' })
    return 'HIT'
  }
  const stale = found?.page
  const staleHeaders = {
    'x-portal-cache': 'STALE',
    warning: '110 - "Response is Stale"',
  }
  if (stale && (retryAt.get(key) ?? 0) > Date.now()) {
    send(req, res, stale, staleHeaders)
    return 'STALE'
  }
  const pending = render(key, req, url.pathname)
  let rendered: Rendered | null
  try {
    rendered = stale ? await Promise.race([pending, delay(env.STALE_AFTER_MS)]) : await pending
  } catch (error) {
    log({ level: 'error', msg: 'render failed', path: url.pathname, error: String(error) })
    rendered = { status: 500, headers: [], body: Buffer.alloc(0) }
  }
  if (stale && (!rendered || rendered.status >= 500)) {
    if (rendered) retryAt.set(key, Date.now() + RETRY_MS)
    pending.catch(() => undefined)
    send(req, res, stale, staleHeaders)
    return 'STALE'
  }
  if (!rendered || rendered.body.length === 0) {
    res.writeHead(500, { ...baseHeaders, 'content-type': 'text/plain; charset=utf-8' })
    res.end('服务暂时不可用 / Service temporarily unavailable')
    return 'ERROR'
  }
  const stored = cache.get(key)?.page
  if (stored && isCacheableResponse(rendered)) {
    send(req, res, stored, { 'x-portal-cache': 'MISS' })
    return 'MISS'
  }
  sendUncached(req, res, rendered)
  return 'BYPASS'
}

/** A response that is not kept: passed on as rendered, never cacheable downstream if an error. */
function sendUncached(req: IncomingMessage, res: ServerResponse, rendered: Rendered): void {
  const headers: Record<string, string | string[]> = {}
  for (const [name, value] of rendered.headers) {
    const existing = headers[name]
    headers[name] = existing === undefined ? value : [...[existing].flat(), value]
  }
  if (rendered.status >= 500 || !headers['cache-control']) headers['cache-control'] = 'no-store'
  headers['x-portal-cache'] = 'BYPASS'
  headers['content-length'] = String(rendered.body.length)
  res.writeHead(rendered.status, headers)
  res.end(req.method === 'HEAD' ? undefined : rendered.body)
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) return null
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    ...baseHeaders,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  })
  res.end(JSON.stringify(body))
}

async function invalidate(req: IncomingMessage, res: ServerResponse): Promise<string> {
  if (req.method !== 'POST') {
    sendJson(res, 405, { error: 'method-not-allowed' })
    return 'REFUSED'
  }
  const body = await readBody(req, 4096)
  if (body === null) {
    sendJson(res, 413, { error: 'too-large' })
    return 'REFUSED'
  }
  const timestamp = req.headers[NOTIFY_TIMESTAMP_HEADER]
  const signature = req.headers[NOTIFY_SIGNATURE_HEADER]
  if (
    !verifyNotification(
      hookSecret,
      body,
      typeof timestamp === 'string' ? timestamp : null,
      typeof signature === 'string' ? signature : null,
    )
  ) {
    sendJson(res, 401, { error: 'bad-signature' })
    return 'REFUSED'
  }
  let change: ChangeNotification
  try {
    change = ChangeNotification.parse(JSON.parse(body))
  } catch {
    sendJson(res, 400, { error: 'bad-notification' })
    return 'REFUSED'
  }
  const generation = cache.invalidateAll()
  log({ level: 'info', msg: 'cache refreshed', ...change, generation })
  sendJson(res, 202, { generation })
  return 'INVALIDATED'
}

function pendingInquiries(): number {
  try {
    return readdirSync(outboxDir).filter((name) => name.endsWith('.json')).length
  } catch {
    return 0
  }
}

async function health(res: ServerResponse): Promise<string> {
  const started = Date.now()
  let cmsUp = false
  try {
    const answer = await fetch(new URL('/api/health', env.CMS_URL), {
      signal: AbortSignal.timeout(2000),
    })
    cmsUp = answer.ok
  } catch {
    cmsUp = false
  }
  // The portal keeps serving its cached pages when the CMS is away, so it stays
  // in the load balancer (200) and reports the CMS as a degraded dependency.
  sendJson(res, 200, {
    status: cmsUp ? 'ok' : 'degraded',
    checks: {
      cms: { ok: cmsUp, ms: Date.now() - started },
      cache: { pages: cache.size, bytes: cache.storedBytes, generation: cache.generation },
      outbox: { pending: pendingInquiries() },
    },
  })
  return 'HEALTH'
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/

const server = http.createServer((req, res) => {
  const started = process.hrtime.bigint()
  const incoming = req.headers['x-request-id']
  const requestId =
    typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID()
  res.setHeader('x-request-id', requestId)
  const url = new URL(req.url ?? '/', 'http://portal.invalid')
  const handle = async (): Promise<string> => {
    if (url.pathname === '/_portal/invalidate') return invalidate(req, res)
    if (url.pathname === '/_portal/health') return health(res)
    if (url.pathname.startsWith('/_image')) {
      // Astro's image endpoint: never used by the portal, never reachable.
      sendJson(res, 404, { error: 'not-found' })
      return 'REFUSED'
    }
    const file = (req.method === 'GET' || req.method === 'HEAD') && statics.get(url.pathname)
    if (file) {
      sendStatic(req, res, file)
      return 'STATIC'
    }
    if (isCacheableRequest(req, url.pathname)) return servePage(req, res, url)
    // Posts, previews and inquiry pages: rendered for this request only.
    sendUncached(req, res, secure(await renderToMemory(handler, req), url.pathname))
    return 'BYPASS'
  }
  handle()
    .then((cacheState) => {
      if (url.pathname === '/_portal/health') return
      log({
        level: 'info',
        requestId,
        method: req.method,
        path: url.pathname,
        status: res.statusCode,
        cache: cacheState,
        ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
      })
    })
    .catch((error: unknown) => {
      log({ level: 'error', requestId, path: url.pathname, error: String(error) })
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
        res.end('服务暂时不可用 / Service temporarily unavailable')
      } else res.destroy()
    })
})

server.keepAliveTimeout = 65_000
server.listen(env.PORT, env.HOST, () => {
  log({ level: 'info', msg: 'portal listening', host: env.HOST, port: env.PORT, cms: env.CMS_URL })
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // Finish the requests in flight, drop idle keep-alive connections, then leave.
    server.close(() => process.exit(0))
    server.closeIdleConnections()
    setTimeout(() => process.exit(0), 5000).unref()
  })
}
