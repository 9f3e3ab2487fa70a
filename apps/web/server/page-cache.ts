import { createHash } from 'node:crypto'
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib'

/**
 * The portal's response cache: rendered pages kept in memory, compressed once
 * when stored, and answered before Astro's render pipeline runs.
 *
 * Freshness is by generation: a change notification from the CMS starts a new
 * generation, which makes every stored page stale at once (a published
 * project can appear on its page, the lists, the home page, search, RSS and the
 * sitemap: refreshing everything is the one rule that never misses a page).
 * Stale pages are not thrown away: they are re-rendered on the next request,
 * and served as they are when the CMS cannot be reached, so visitors keep
 * seeing the last good copy while the CMS restarts.
 */

export interface StoredPage {
  status: number
  /** Response headers as rendered, without content-length or content-encoding. */
  headers: Array<[string, string]>
  body: Buffer
  gzip: Buffer | null
  br: Buffer | null
  etag: string
  storedAt: number
  generation: number
}

export interface CacheLookup {
  page: StoredPage
  fresh: boolean
}

export interface PageCacheOptions {
  /** Upper bound of stored bytes (all encodings together). */
  maxBytes: number
  /** Longest time a page counts as fresh without any notification (a safety net). */
  ttlMs: number
  /** Bodies smaller than this are not compressed. */
  minCompressBytes?: number
  now?: () => number
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml|javascript|manifest\+json))/

function sizeOf(page: StoredPage): number {
  return page.body.length + (page.gzip?.length ?? 0) + (page.br?.length ?? 0) + 512
}

/** A byte-bounded LRU of rendered pages with generation-based staleness. */
export class PageCache {
  private readonly pages = new Map<string, StoredPage>()
  private bytes = 0
  private generationValue = 0
  private readonly now: () => number

  constructor(private readonly options: PageCacheOptions) {
    this.now = options.now ?? Date.now
  }

  get generation(): number {
    return this.generationValue
  }

  get size(): number {
    return this.pages.size
  }

  get storedBytes(): number {
    return this.bytes
  }

  /** The stored page for `key`, and whether it is fresh. Touches it for LRU order. */
  get(key: string): CacheLookup | undefined {
    const page = this.pages.get(key)
    if (!page) return undefined
    this.pages.delete(key)
    this.pages.set(key, page)
    return { page, fresh: this.isFresh(page) }
  }

  isFresh(page: StoredPage): boolean {
    return (
      page.generation === this.generationValue && this.now() - page.storedAt < this.options.ttlMs
    )
  }

  /** Stores a rendered response, compressing it once. Returns the stored page. */
  set(
    key: string,
    response: { status: number; headers: Array<[string, string]>; body: Buffer },
    generation = this.generationValue,
  ): StoredPage {
    const contentType =
      response.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? ''
    const compress =
      COMPRESSIBLE.test(contentType) &&
      response.body.length >= (this.options.minCompressBytes ?? 512)
    const page: StoredPage = {
      status: response.status,
      headers: response.headers.filter(
        ([name]) => !/^(content-length|content-encoding|transfer-encoding|etag)$/i.test(name),
      ),
      body: response.body,
      gzip: compress ? gzipSync(response.body, { level: 6 }) : null,
      br: compress
        ? brotliCompressSync(response.body, {
            params: {
              [zlib.BROTLI_PARAM_QUALITY]: 6,
              [zlib.BROTLI_PARAM_SIZE_HINT]: response.body.length,
            },
          })
        : null,
      etag: `"${createHash('sha1').update(response.body).digest('base64url').slice(0, 22)}"`,
      storedAt: this.now(),
      generation,
    }
    this.delete(key)
    const size = sizeOf(page)
    if (size > this.options.maxBytes) return page
    this.pages.set(key, page)
    this.bytes += size
    while (this.bytes > this.options.maxBytes) {
      const oldest = this.pages.keys().next().value
      if (oldest === undefined) break
      this.delete(oldest)
    }
    return page
  }

  delete(key: string): void {
    const page = this.pages.get(key)
    if (!page) return
    this.pages.delete(key)
    this.bytes -= sizeOf(page)
  }

  /** Makes every stored page stale; they stay available as fallbacks. */
  invalidateAll(): number {
    this.generationValue += 1
    return this.generationValue
  }
}

/** The encoding to answer with, from the request's Accept-Encoding and what is stored. */
export function chooseEncoding(
  acceptEncoding: string | undefined,
  page: Pick<StoredPage, 'gzip' | 'br'>,
): 'br' | 'gzip' | null {
  if (!acceptEncoding) return null
  const accepted = new Set(
    acceptEncoding
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || !/^q=0(\.0*)?$/.test(q.trim()))
      .map(([name]) => name?.trim().toLowerCase()),
  )
  if (page.br && accepted.has('br')) return 'br'
  if (page.gzip && accepted.has('gzip')) return 'gzip'
  return null
}

/**
 * The cache key of a request: path and query, with the query parameters
 * sorted so `?a=1&b=2` and `?b=2&a=1` share an entry.
 */
export function cacheKey(url: string): string {
  const parsed = new URL(url, 'http://portal.invalid')
  parsed.searchParams.sort()
  const query = parsed.searchParams.toString()
  return query ? `${parsed.pathname}?${query}` : parsed.pathname
}
