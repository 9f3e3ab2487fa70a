import { gunzipSync, brotliDecompressSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { PageStore, chooseEncoding } from '../../server/page-store'
import { cacheKey } from '../../server/request-target'

const html = (text: string) => ({
  status: 200,
  headers: [
    ['content-type', 'text/html; charset=utf-8'],
    ['content-length', '999'],
  ] as Array<[string, string]>,
  body: Buffer.from(`<!doctype html><p>${text}</p>`.padEnd(2000, ' ')),
})

describe('PageStore', () => {
  it('stores a page with its compressed forms and a strong validator', () => {
    const cache = new PageStore({ maxBytes: 1e6, ttlMs: 60_000 })
    const page = cache.set('/projects', html('项目库'))!
    expect(gunzipSync(page.gzip!).toString()).toBe(page.body.toString())
    expect(brotliDecompressSync(page.br!).toString()).toBe(page.body.toString())
    expect(page.br!.length).toBeLessThan(page.body.length)
    expect(page.etag).toMatch(/^"[\w-]{22}"$/)
    // A stored content-length would be wrong for the compressed bodies.
    expect(page.headers.map(([name]) => name)).toEqual(['content-type'])
    expect(cache.get('/projects')).toMatchObject({ fresh: true })
  })

  it('makes every page stale on a notification but keeps it as a fallback', () => {
    const cache = new PageStore({ maxBytes: 1e6, ttlMs: 60_000 })
    cache.set('/', html('home'))
    cache.set('/news', html('news'))
    cache.invalidateAll()
    expect(cache.get('/')).toMatchObject({ fresh: false })
    expect(cache.get('/news')?.page.body.toString()).toContain('news')
    cache.set('/', html('home again'))
    expect(cache.get('/')).toMatchObject({ fresh: true })
  })

  it('stores a render that began before a notification as already stale', () => {
    const cache = new PageStore({ maxBytes: 1e6, ttlMs: 60_000 })
    const generation = cache.generation
    cache.invalidateAll()
    cache.set('/projects', html('rendered with old data'), generation)
    expect(cache.get('/projects')).toMatchObject({ fresh: false })
  })

  it('lets a page age out after the time to live', () => {
    let now = 1000
    const cache = new PageStore({ maxBytes: 1e6, ttlMs: 5000, now: () => now })
    cache.set('/', html('home'))
    now += 4999
    expect(cache.get('/')?.fresh).toBe(true)
    now += 1
    expect(cache.get('/')?.fresh).toBe(false)
  })

  it('evicts the least recently used pages to stay within its memory bound', () => {
    // Pages get three quarters of the bound: room for three of these.
    const cache = new PageStore({
      maxBytes: (4 * 3 * 3000) / 3,
      ttlMs: 60_000,
      minCompressBytes: 1e9,
    })
    cache.set('/a', html('a'))
    cache.set('/b', html('b'))
    cache.set('/c', html('c'))
    cache.get('/a')
    cache.set('/d', html('d'))
    expect(cache.get('/b')).toBeUndefined()
    expect(cache.get('/a')).toBeDefined()
    expect(cache.get('/d')).toBeDefined()
    expect(cache.stats().pages.bytes).toBeLessThanOrEqual(9000)
  })

  it('does not compress images or tiny bodies', () => {
    const cache = new PageStore({ maxBytes: 1e6, ttlMs: 60_000 })
    const image = cache.set('/media/a.webp', {
      status: 200,
      headers: [['content-type', 'image/webp']],
      body: Buffer.alloc(4000, 1),
    })
    expect(image?.gzip).toBeNull()
    const tiny = cache.set('/robots.txt', {
      status: 200,
      headers: [['content-type', 'text/plain']],
      body: Buffer.from('User-agent: *'),
    })
    expect(tiny?.br).toBeNull()
  })
})

describe('chooseEncoding', () => {
  const page = { gzip: Buffer.from('g'), br: Buffer.from('b') }
  it('prefers brotli, then gzip, and honours q=0', () => {
    expect(chooseEncoding('gzip, deflate, br', page)).toBe('br')
    expect(chooseEncoding('gzip', page)).toBe('gzip')
    expect(chooseEncoding('br;q=0, gzip', page)).toBe('gzip')
    expect(chooseEncoding(undefined, page)).toBeNull()
    expect(chooseEncoding('br', { gzip: null, br: null })).toBeNull()
  })
})

describe('cacheKey', () => {
  const params = new Set(['sector', 'stage'])
  it('sorts query parameters so equal filters share an entry', () => {
    expect(cacheKey('/projects', '?stage=signed&sector=energy', params)).toBe(
      cacheKey('/projects', '?sector=energy&stage=signed', params),
    )
    expect(cacheKey('/en/news', '', params)).toBe('/en/news')
  })
})
