// The portal's production server. Astro renders pages (its Node adapter runs in
// middleware mode); this server answers in front of it: built assets from
// memory, pages from the page cache, change notifications from the CMS and
// health checks. This file only wires them together.
import { createHash, randomUUID } from 'node:crypto'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { ALL_FILTER_PARAMS } from '@portal/shared/filters'
import { withoutBase } from '../src/lib/base'
import { loadBasePath } from './base-path'
import { renderToMemory, type NodeHandler, type Rendered } from './capture'
import { loadConfig } from './config'
import { createDiskStore } from './disk-store'
import { createHealthCheck } from './health'
import { createRequestLog } from './log'
import { createNotificationHandler } from './notifications'
import { createPageCache } from './page-cache'
import { Overloaded, createRenderGate } from './render-gate'
import { parseTarget } from './request-target'
import { busyPage, sendOwn, sendStored, sendUncached } from './respond'
import { baseSecurityHeaders, securityHeaders, type SecurityOptions } from './security-headers'
import { loadStaticFiles, type StaticFile } from './static-files'

process.env.NODE_ENV ??= 'production'
const { env, ...config } = loadConfig()
const log = createRequestLog(config.jsonLog)

const distDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)))
const { handler } = (await import(pathToFileURL(path.join(distDir, 'server/entry.mjs')).href)) as {
  handler: NodeHandler
}
const statics = loadStaticFiles(path.join(distDir, 'client'))
const base = loadBasePath(distDir, env.BASE_PATH)

const security: SecurityOptions = {
  https: env.SITE_URL.startsWith('https://'),
  previewFrameOrigin: new URL(env.CMS_PUBLIC_URL ?? env.CMS_URL).origin,
}
const baseHeaders = Object.fromEntries(baseSecurityHeaders(security))

const gate = createRenderGate({
  limit: env.RENDER_CONCURRENCY,
  queue: env.RENDER_QUEUE,
  queueMs: env.RENDER_QUEUE_MS,
})

/**
 * Renders a request through Astro and adds the security headers. Page reads
 * pass the render gate; past its queue they get the busy page (a stale copy
 * wins over it in the page cache). Posts are never refused here: an inquiry
 * is not lost to load.
 */
async function render(req: IncomingMessage): Promise<Rendered> {
  const pathname = new URL(req.url ?? '/', 'http://portal.invalid').pathname
  const reading = req.method === 'GET' || req.method === 'HEAD'
  let rendered: Rendered
  try {
    rendered = reading
      ? await gate.run(() => renderToMemory(handler, req))
      : await renderToMemory(handler, req)
  } catch (error) {
    if (!(error instanceof Overloaded)) throw error
    return busyPage(withoutBase(pathname, base) ?? pathname)
  }
  const contentType =
    rendered.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? ''
  const preview = /^\/(en\/)?preview$/.test(withoutBase(pathname, base) ?? pathname)
  rendered.headers.push(...securityHeaders(contentType, rendered.body, { ...security, preview }))
  return rendered
}

// Pages stored on disk name this build's assets: another build does not read them back.
const build = createHash('sha256')
  .update([...statics].map(([name, file]) => `${name} ${file.etag}`).join('\n'))
  .digest('hex')
  .slice(0, 16)
const cache = createPageCache({
  render,
  keyParams: ALL_FILTER_PARAMS,
  maxBytes: env.CACHE_MAX_MB * 1024 * 1024,
  ttlMs: env.CACHE_TTL_SECONDS * 1000,
  staleAfterMs: env.STALE_AFTER_MS,
  disk: createDiskStore({ dir: config.cacheDir, build, log }),
  log,
})
const restored = await cache.restore().catch((error: unknown) => {
  log({ level: 'warn', msg: 'page copies not read', dir: config.cacheDir, error: String(error) })
  return 0
})

const invalidate = createNotificationHandler({
  secret: config.hookSecret,
  headers: baseHeaders,
  onChange: (change) => {
    const generation = cache.invalidate()
    log({ level: 'info', msg: 'cache refreshed', ...change, generation })
    return generation
  },
})
const health = createHealthCheck({
  cmsUrl: env.CMS_URL,
  outboxDir: config.outboxDir,
  cacheStats: () => cache.stats(),
  headers: baseHeaders,
})

function sendStatic(req: IncomingMessage, res: ServerResponse, file: StaticFile): void {
  sendStored(
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

async function route(req: IncomingMessage, res: ServerResponse, raw: string): Promise<string> {
  const target = parseTarget(raw)
  if (target.kind === 'redirect') {
    res.writeHead(308, { ...baseHeaders, location: target.location, 'cache-control': 'no-store' })
    res.end()
    return 'REDIRECT'
  }
  if (target.kind === 'refuse') {
    const text = target.status === 404 ? '页面不存在 / Page not found' : '请求无效 / Bad request'
    sendOwn(res, target.status, text, baseHeaders)
    return 'REFUSED'
  }
  const { pathname, search } = target
  // Under a sub-path (BASE_PATH) pages, assets and the portal's own endpoints
  // live inside it; the health and change endpoints also answer at the root
  // for probes on the internal network. The cache key and the render keep the
  // full path, so pages stored under the base name it.
  const inner = withoutBase(pathname, base)
  if (inner === null && pathname === '/') {
    res.writeHead(302, { ...baseHeaders, location: `${base}/`, 'cache-control': 'no-store' })
    res.end()
    return 'REDIRECT'
  }
  const own = inner ?? pathname
  if (own === '/_portal/invalidate') return invalidate(req, res)
  if (own === '/_portal/health') return health(res)
  if (inner === null) {
    sendOwn(res, 404, '页面不存在 / Page not found', baseHeaders)
    return 'REFUSED'
  }
  if (inner.startsWith('/_image')) {
    // Astro's image endpoint: never used by the portal, never reachable.
    sendOwn(res, 404, { error: 'not-found' }, baseHeaders)
    return 'REFUSED'
  }
  const file = (req.method === 'GET' || req.method === 'HEAD') && statics.get(inner)
  if (file) {
    sendStatic(req, res, file)
    return 'STATIC'
  }
  if (cache.accepts(req, inner)) return cache.serve(req, res, pathname, search)
  // Posts, previews and inquiry pages: rendered for this request only, from the normal path.
  req.url = `${pathname}${search}`
  sendUncached(req, res, await render(req))
  return 'BYPASS'
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/

const server = http.createServer((req, res) => {
  const started = process.hrtime.bigint()
  const incoming = req.headers['x-request-id']
  const requestId =
    typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID()
  res.setHeader('x-request-id', requestId)
  const raw = req.url ?? '/'
  const method = req.method
  route(req, res, raw)
    .then((cacheState) => {
      if (cacheState === 'HEALTH') return
      log({
        level: 'info',
        requestId,
        method,
        path: raw.split('?')[0]!.slice(0, 512),
        status: res.statusCode,
        cache: cacheState,
        ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
      })
    })
    .catch((error: unknown) => {
      log({ level: 'error', requestId, path: raw.slice(0, 512), error: String(error) })
      if (!res.headersSent)
        sendOwn(res, 500, '服务暂时不可用 / Service temporarily unavailable', {})
      else res.destroy()
    })
})

/** Listens on the first of `hosts` this machine has (`::` needs IPv6). */
function listen(hosts: string[]): void {
  const [host, ...others] = hosts
  const failed = (error: NodeJS.ErrnoException) => {
    if (others.length && ['EAFNOSUPPORT', 'EADDRNOTAVAIL'].includes(error.code ?? ''))
      listen(others)
    else throw error
  }
  server.once('error', failed)
  server.listen(env.PORT, host, () => {
    server.off('error', failed)
    log({
      level: 'info',
      msg: 'portal listening',
      host,
      port: env.PORT,
      cms: env.CMS_URL,
      restored,
    })
  })
}

server.keepAliveTimeout = 65_000
listen(config.hosts)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // Finish the requests in flight and the page copies being written, drop idle connections, leave.
    server.close(() => void cache.idle().finally(() => process.exit(0)))
    server.closeIdleConnections()
    setTimeout(() => process.exit(0), 5000).unref()
  })
}
