import { createHash } from 'node:crypto'
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib'

/**
 * Where the page cache keeps rendered answers: memory, in three tiers with a
 * byte budget each, so that junk can only ever push out junk.
 *
 * - `pages`: answers of plain paths (`/`, `/projects`, `/en/news/…`). Only a
 *   page that exists answers 200 there, so this tier holds what the content
 *   holds, whatever visitors or robots ask for. Three quarters of the budget.
 * - `variants`: answers with a query (filters, pages of a list, searches).
 *   Anyone can make up new ones (`?q=1`, `?q=2`, …), so they get their own
 *   smaller share and push out only each other, least recently used first.
 * - `errors`: 404 and 410 answers, one per path for a few seconds, so a
 *   broken link on a popular page does not send every view of it to the CMS.
 *   They are never served stale and never stored on disk; their share is a
 *   sixteenth, uncompressed.
 *
 * Freshness is by generation: a change notification from the CMS starts a
 * new generation, which makes every stored page stale at once (a published
 * project can appear on its page, the lists, the home page, search, RSS and
 * the sitemap: refreshing everything is the one rule that never misses a
 * page). Stale pages stay as the last good copy for when the CMS is away.
 *
 * Each entry is counted as its bodies (plain, gzip, brotli) plus its key and
 * a fixed 512 bytes for the object and headers; memory beyond CACHE_MAX_MB
 * is what renders in flight hold (one buffered answer each).
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
  /** The cache generation it was rendered in; -1 for a copy read back from disk. */
  generation: number
}

export type TierName = 'pages' | 'variants' | 'errors'

export interface CacheLookup {
  page: StoredPage
  fresh: boolean
  tier: TierName
}

export interface PageStoreOptions {
  /** Upper bound of stored bytes, all tiers and encodings together. */
  maxBytes: number
  /** Longest time a page counts as fresh without any notification (a safety net). */
  ttlMs: number
  /** How long a 404 is answered from memory. */
  errorTtlMs?: number
  /** Bodies smaller than this are not compressed. */
  minCompressBytes?: number
  now?: () => number
  /** Called when a page is stored in, or leaves, the `pages` or `variants` tier. */
  onStore?: (key: string, page: StoredPage) => void
  onRemove?: (key: string) => void
}

export interface Rendered {
  status: number
  headers: Array<[string, string]>
  body: Buffer
}

const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml|javascript|manifest\+json))/
const SHARES: Record<TierName, number> = { pages: 12 / 16, variants: 3 / 16, errors: 1 / 16 }
/** Redirects a route makes on purpose, kept like the page they point to. */
const REDIRECTS = new Set([301, 302, 307, 308])

const header = (headers: Array<[string, string]>, name: string) =>
  headers.find(([n]) => n.toLowerCase() === name)?.[1] ?? ''

/** Bytes an entry is counted as. */
export function sizeOf(key: string, page: StoredPage): number {
  return key.length + page.body.length + (page.gzip?.length ?? 0) + (page.br?.length ?? 0) + 512
}

/** The strong validator of a body. */
export function etagOf(body: Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`
}

/** The tier an answer belongs in, or null when it is not kept at all. */
export function tierFor(key: string, rendered: Rendered): TierName | null {
  const control = header(rendered.headers, 'cache-control').toLowerCase()
  if (/no-store|private/.test(control)) return null
  if (rendered.headers.some(([n]) => n.toLowerCase() === 'set-cookie')) return null
  if (rendered.status === 404 || rendered.status === 410) return 'errors'
  const location = header(rendered.headers, 'location')
  const sameOrigin = location.startsWith('/') && !/^\/[/\\]/.test(location)
  if (rendered.status === 200 || (REDIRECTS.has(rendered.status) && sameOrigin)) {
    return key.includes('?') ? 'variants' : 'pages'
  }
  return null
}

/** A byte-bounded map in least-recently-used order. */
class Tier {
  readonly pages = new Map<string, StoredPage>()
  bytes = 0

  constructor(
    readonly maxBytes: number,
    private readonly removed: (key: string) => void,
  ) {}

  get(key: string): StoredPage | undefined {
    const page = this.pages.get(key)
    if (!page) return undefined
    this.pages.delete(key)
    this.pages.set(key, page)
    return page
  }

  set(key: string, page: StoredPage): boolean {
    this.delete(key)
    const size = sizeOf(key, page)
    if (size > this.maxBytes) return false
    this.pages.set(key, page)
    this.bytes += size
    while (this.bytes > this.maxBytes) {
      const oldest = this.pages.keys().next().value
      if (oldest === undefined || oldest === key) break
      this.delete(oldest)
    }
    return true
  }

  delete(key: string): void {
    const page = this.pages.get(key)
    if (!page) return
    this.pages.delete(key)
    this.bytes -= sizeOf(key, page)
    this.removed(key)
  }
}

/** The page cache's memory: three byte-bounded LRU tiers with generation-based staleness. */
export class PageStore {
  private readonly tiers: Record<TierName, Tier>
  private generationValue = 0
  private readonly now: () => number

  constructor(private readonly options: PageStoreOptions) {
    this.now = options.now ?? Date.now
    const removed = (key: string) => options.onRemove?.(key)
    this.tiers = {
      pages: new Tier(options.maxBytes * SHARES.pages, removed),
      variants: new Tier(options.maxBytes * SHARES.variants, removed),
      errors: new Tier(options.maxBytes * SHARES.errors, () => undefined),
    }
  }

  get generation(): number {
    return this.generationValue
  }

  /** The stored answer for `key`, and whether it is fresh. Touches it for LRU order. */
  get(key: string): CacheLookup | undefined {
    const error = this.tiers.errors.get(key)
    if (error) {
      const fresh =
        error.generation === this.generationValue &&
        this.now() - error.storedAt < (this.options.errorTtlMs ?? 10_000)
      // A 404 is only ever answered while fresh; after that the page is asked for again.
      if (fresh) return { page: error, fresh, tier: 'errors' }
      this.tiers.errors.delete(key)
    }
    const tier = key.includes('?') ? 'variants' : 'pages'
    const page = this.tiers[tier].get(key)
    return page ? { page, fresh: this.isFresh(page), tier } : undefined
  }

  isFresh(page: StoredPage): boolean {
    return (
      page.generation === this.generationValue && this.now() - page.storedAt < this.options.ttlMs
    )
  }

  /**
   * Stores a rendered answer in its tier, compressing it once; returns the
   * stored page, or null when the answer is not kept. A 404 removes the last
   * good copy of its path: an unpublished page must not come back as stale.
   */
  set(key: string, rendered: Rendered, generation = this.generationValue): StoredPage | null {
    const tierName = tierFor(key, rendered)
    if (!tierName) return null
    const page = this.build(rendered, generation, tierName !== 'errors')
    if (tierName === 'errors') {
      this.tiers[key.includes('?') ? 'variants' : 'pages'].delete(key)
    } else this.tiers.errors.delete(key)
    if (!this.tiers[tierName].set(key, page)) return null
    if (tierName !== 'errors') this.options.onStore?.(key, page)
    return page
  }

  /** Puts back a copy read from disk, as stale; false when it does not fit. */
  restore(key: string, page: StoredPage): boolean {
    const tierName = key.includes('?') ? 'variants' : 'pages'
    return this.tiers[tierName].set(key, { ...page, generation: -1 })
  }

  /** Makes every stored page stale; they stay available as fallbacks. */
  invalidateAll(): number {
    this.generationValue += 1
    return this.generationValue
  }

  /** Every stored entry with its tier (for checks of the accounting). */
  *entries(): Generator<[TierName, string, StoredPage]> {
    for (const name of ['pages', 'variants', 'errors'] as const) {
      for (const [key, page] of this.tiers[name].pages) yield [name, key, page]
    }
  }

  /** Entries and bytes per tier. */
  stats(): Record<TierName, { pages: number; bytes: number; maxBytes: number }> {
    const of = (tier: Tier) => ({
      pages: tier.pages.size,
      bytes: tier.bytes,
      maxBytes: Math.floor(tier.maxBytes),
    })
    return {
      pages: of(this.tiers.pages),
      variants: of(this.tiers.variants),
      errors: of(this.tiers.errors),
    }
  }

  private build(rendered: Rendered, generation: number, compressible: boolean): StoredPage {
    const compress =
      compressible &&
      COMPRESSIBLE.test(header(rendered.headers, 'content-type')) &&
      rendered.body.length >= (this.options.minCompressBytes ?? 512)
    return {
      status: rendered.status,
      headers: rendered.headers.filter(
        ([name]) => !/^(content-length|content-encoding|transfer-encoding|etag)$/i.test(name),
      ),
      body: rendered.body,
      gzip: compress ? gzipSync(rendered.body, { level: 6 }) : null,
      br: compress
        ? brotliCompressSync(rendered.body, {
            params: {
              [zlib.BROTLI_PARAM_QUALITY]: 6,
              [zlib.BROTLI_PARAM_SIZE_HINT]: rendered.body.length,
            },
          })
        : null,
      etag: etagOf(rendered.body),
      storedAt: this.now(),
      generation,
    }
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
