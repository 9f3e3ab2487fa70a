import type { IncomingMessage, ServerResponse } from 'node:http'
import { setTimeout as wait } from 'node:timers/promises'
import type { DiskStore } from './disk-store'
import { PageStore, type Rendered, type StoredPage, type TierName } from './page-store'
import { cacheKey, parseTarget } from './request-target'
import { UNAVAILABLE, sendOwn, sendStored, sendUncached } from './respond'

/**
 * The portal's page cache: rendered pages answered from memory before
 * Astro's render pipeline runs, and the last good copy of a page while the
 * CMS is away. It owns its rules: which requests it serves, their key (the
 * path and the filter parameters, and nothing else), what it renders (the
 * key itself, so nothing outside the key can reach a stored page), freshness,
 * stale answers, the memory tiers (`page-store.ts`) and the copy on disk
 * (`disk-store.ts`).
 *
 * A stale page is re-rendered on its next request. When that render fails
 * (the CMS is down) or takes longer than `staleAfterMs`, the visitor gets the
 * stale copy with `X-Portal-Cache: STALE`; the CMS is then asked again for
 * that page at most every `retryMs`. A page never rendered before goes to
 * Astro, which shows the friendly 503 when the CMS is away.
 */

export type CacheState = 'HIT' | 'MISS' | 'STALE' | 'BYPASS' | 'ERROR'

export interface PageCacheOptions {
  /** Renders `req` (whose `url` is already the key) into memory. */
  render: (req: IncomingMessage) => Promise<Rendered>
  /** Query parameters that change what a page shows; all others are left out of the key. */
  keyParams: ReadonlySet<string>
  maxBytes: number
  ttlMs: number
  staleAfterMs: number
  /** Pause between two tries of a stale page's re-render (default 2 s). */
  retryMs?: number
  /** How long a 404 is answered from memory (default 10 s). */
  errorTtlMs?: number
  /** The copy on disk; none: memory only. */
  disk?: DiskStore | null
  log: (fields: Record<string, unknown>) => void
  now?: () => number
}

export interface CacheStats {
  pages: number
  bytes: number
  generation: number
  tiers: Record<TierName, { pages: number; bytes: number; maxBytes: number }>
}

export interface PageCache {
  /**
   * True for requests the cache answers: GET and HEAD of public pages, without
   * credentials. `pathname` is the path inside the sub-path base.
   */
  accepts(req: IncomingMessage, pathname: string): boolean
  /** Answers a request it accepts, from memory or by rendering it. */
  serve(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
    search: string,
  ): Promise<CacheState>
  /** Makes every stored page stale (a change notification); returns the new generation. */
  invalidate(): number
  stats(): CacheStats
  /** Reads the copies on disk back into memory, as stale; returns how many. */
  restore(): Promise<number>
  /** Resolves when every queued disk write is done. */
  idle(): Promise<void>
}

// The 长者模式 switch and stylesheet answer per visitor (a cookie): shared
// renders (one render for concurrent requests of a key) and keys without
// their query would hand one visitor's answer to another.
const PRIVATE_PATHS = /^\/(en\/)?((preview|inquiry|_portal)(\/|$)|elder-mode(\.css)?$)/
const STALE_HEADERS = { 'x-portal-cache': 'STALE', warning: '110 - "Response is Stale"' }

/**
 * How long nginx in front (deploy/nginx/portal.conf) may keep a page it was
 * given: until the end of the current second. nginx counts whole seconds, so
 * `s-maxage=1` alone lets its copy live one to two seconds past the fetch,
 * longer than the portal allows; `X-Accel-Expires: @<unix second>` caps it at
 * one. nginx reads this header before Cache-Control and would store even a
 * private answer under it, so only these stored, public pages carry it; nginx
 * does not pass it on to clients, and other caches ignore it.
 */
function proxyExpiry(now: number, extra: Record<string, string>): Record<string, string> {
  return { ...extra, 'x-accel-expires': `@${Math.floor(now / 1000)}` }
}

const delay = (ms: number) => wait(ms, null, { ref: false })

/** Creates the page cache. */
export function createPageCache(options: PageCacheOptions): PageCache {
  const now = options.now ?? Date.now
  const retryMs = options.retryMs ?? 2000
  const disk = options.disk ?? null
  /** Keys whose last re-render failed: served stale without asking the CMS until then. */
  const retryAt = new Map<string, number>()
  const store = new PageStore({
    maxBytes: options.maxBytes,
    ttlMs: options.ttlMs,
    errorTtlMs: options.errorTtlMs,
    now,
    onStore: (key, page) => disk?.save(key, page),
    onRemove: (key) => {
      retryAt.delete(key)
      disk?.remove(key)
    },
  })
  const rendering = new Map<string, Promise<{ rendered: Rendered; stored: StoredPage | null }>>()

  function render(key: string, req: IncomingMessage) {
    const running = rendering.get(key)
    if (running) return running
    const generation = store.generation
    req.url = key
    // The stored copy must carry the body; Node leaves it out of a HEAD answer itself.
    if (req.method === 'HEAD') req.method = 'GET'
    const promise = options
      .render(req)
      .then((rendered) => {
        // A notification during the render leaves this copy already stale.
        const stored = store.set(key, rendered, generation)
        if (stored) retryAt.delete(key)
        return { rendered, stored }
      })
      .finally(() => rendering.delete(key))
    rendering.set(key, promise)
    return promise
  }

  async function serve(
    req: IncomingMessage,
    res: ServerResponse,
    pathname: string,
    search: string,
  ): Promise<CacheState> {
    const key = cacheKey(pathname, search, options.keyParams)
    const found = store.get(key)
    if (found?.fresh) {
      sendStored(req, res, found.page, proxyExpiry(now(), { 'x-portal-cache': 'HIT' }))
      return 'HIT'
    }
    const stale = found?.page
    if (stale && (retryAt.get(key) ?? 0) > now()) {
      sendStored(req, res, stale, proxyExpiry(now(), STALE_HEADERS))
      return 'STALE'
    }
    const pending = render(key, req)
    let result: Awaited<typeof pending> | null
    try {
      result = stale ? await Promise.race([pending, delay(options.staleAfterMs)]) : await pending
    } catch (error) {
      options.log({ level: 'error', msg: 'render failed', path: pathname, error: String(error) })
      result = { rendered: { status: 500, headers: [], body: Buffer.alloc(0) }, stored: null }
    }
    if (stale && (!result || result.rendered.status >= 500)) {
      if (result) retryAt.set(key, now() + retryMs)
      pending.catch(() => undefined)
      sendStored(req, res, stale, proxyExpiry(now(), STALE_HEADERS))
      return 'STALE'
    }
    const rendered = result?.rendered
    // A 404 or a redirect may be empty; a page that rendered 200 with nothing in it failed.
    if (!rendered || (rendered.status === 200 && !rendered.body.length)) {
      sendOwn(res, 500, UNAVAILABLE, {})
      return 'ERROR'
    }
    if (result?.stored) {
      sendStored(req, res, result.stored, proxyExpiry(now(), { 'x-portal-cache': 'MISS' }))
      return 'MISS'
    }
    sendUncached(req, res, rendered)
    return 'BYPASS'
  }

  return {
    accepts(req, pathname) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return false
      if (req.headers.authorization) return false
      return !PRIVATE_PATHS.test(pathname)
    },
    serve,
    invalidate: () => store.invalidateAll(),
    stats() {
      const tiers = store.stats()
      const all = Object.values(tiers)
      return {
        pages: all.reduce((sum, tier) => sum + tier.pages, 0),
        bytes: all.reduce((sum, tier) => sum + tier.bytes, 0),
        generation: store.generation,
        tiers,
      }
    },
    async restore() {
      if (!disk) return 0
      let restored = 0
      for (const { key, page } of await disk.load()) {
        // Only a key this build would make itself: a normal path and the filter parameters.
        const target = parseTarget(key)
        const normal =
          target.kind === 'path' &&
          cacheKey(target.pathname, target.search, options.keyParams) === key
        if (normal && store.restore(key, page)) restored += 1
        else disk.remove(key)
      }
      return restored
    },
    idle: () => disk?.idle() ?? Promise.resolve(),
  }
}
