import { describe, expect, it } from 'vitest'
import { PageStore, sizeOf, type Rendered } from '../../server/page-store'

// A flood of made-up addresses (404s, query variants) against the cache's
// memory: the real pages must survive it, and the byte accounting must hold.
const page = (status: number, text: string, size = 6000): Rendered => ({
  status,
  headers: [['content-type', 'text/html; charset=utf-8']],
  body: Buffer.from(`<!doctype html><p>${text}</p>`.padEnd(size, ' ')),
})
const realPages = ['/', '/en/', '/projects', '/news', '/contact', '/sitemap.xml']

/** Bytes recounted from what is stored, per tier. */
function recount(store: PageStore) {
  const bytes = { pages: 0, variants: 0, errors: 0 }
  for (const [tier, key, stored] of store.entries()) bytes[tier] += sizeOf(key, stored)
  return bytes
}

describe('the page cache under a flood of unique addresses', () => {
  it('keeps every real page while thousands of 404s and variants come and go', () => {
    const maxBytes = 2 * 1024 * 1024
    const store = new PageStore({ maxBytes, ttlMs: 60_000, minCompressBytes: 1e9 })
    for (const path of realPages) store.set(path, page(200, path))
    store.set('/projects?sector=energy', page(200, 'energy'))

    for (let i = 0; i < 5000; i++) {
      store.set(`/no-such-page-${i}`, page(404, `missing ${i}`, 12_000))
      store.set(`/search?q=junk-${i}`, page(200, `search ${i}`, 9000))
      store.set(`/media/missing-${i}.jpg`, { status: 404, headers: [], body: Buffer.alloc(0) })
    }

    for (const path of realPages) {
      expect(store.get(path)?.page.body.toString(), path).toContain(`<p>${path}</p>`)
    }
    const stats = store.stats()
    const recounted = recount(store)
    for (const tier of ['pages', 'variants', 'errors'] as const) {
      expect(stats[tier].bytes, tier).toBe(recounted[tier])
      expect(stats[tier].bytes, tier).toBeLessThanOrEqual(stats[tier].maxBytes)
    }
    expect(stats.pages.bytes + stats.variants.bytes + stats.errors.bytes).toBeLessThanOrEqual(
      maxBytes,
    )
    // The junk filled its own tiers, and only those.
    expect(stats.errors.bytes).toBeGreaterThan(stats.errors.maxBytes * 0.8)
    expect(stats.variants.bytes).toBeGreaterThan(stats.variants.maxBytes * 0.9)
    expect(stats.pages.pages).toBe(realPages.length)
  })

  it('answers a 404 from memory only briefly, and never as a stale copy', () => {
    let now = 0
    const store = new PageStore({
      maxBytes: 1e6,
      ttlMs: 60_000,
      errorTtlMs: 10_000,
      now: () => now,
    })
    store.set('/media/missing.jpg', { status: 404, headers: [], body: Buffer.alloc(0) })
    expect(store.get('/media/missing.jpg')).toMatchObject({ fresh: true, tier: 'errors' })
    now += 10_000
    expect(store.get('/media/missing.jpg')).toBeUndefined()
    store.set('/gone', page(404, 'gone'))
    store.invalidateAll()
    expect(store.get('/gone')).toBeUndefined()
  })

  it('drops the last good copy of a page that now answers 404 (unpublished)', () => {
    const store = new PageStore({ maxBytes: 1e6, ttlMs: 60_000 })
    store.set('/projects/old', page(200, 'old project'))
    store.invalidateAll()
    store.set('/projects/old', page(404, 'not found'))
    now404(store)
    expect(store.stats().pages.pages).toBe(0)
  })

  it('keeps only 200s and same-origin redirects; never 5xx or an off-site redirect', () => {
    const store = new PageStore({ maxBytes: 1e6, ttlMs: 60_000 })
    expect(store.set('/a', page(503, 'down'))).toBeNull()
    expect(store.set('/b', page(500, 'error'))).toBeNull()
    expect(
      store.set('/c', {
        status: 301,
        headers: [['location', '//evil.example/']],
        body: Buffer.alloc(0),
      }),
    ).toBeNull()
    expect(
      store.set('/d', { status: 301, headers: [['location', '/d/']], body: Buffer.alloc(0) }),
    ).not.toBeNull()
    expect(
      store.set('/e', { ...page(200, 'x'), headers: [['cache-control', 'private']] }),
    ).toBeNull()
  })
})

function now404(store: PageStore) {
  expect(store.get('/projects/old')).toMatchObject({ tier: 'errors', page: { status: 404 } })
}
