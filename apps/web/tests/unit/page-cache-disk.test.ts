import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createDiskStore } from '../../server/disk-store'
import { createPageCache, type PageCache } from '../../server/page-cache'
import type { Rendered } from '../../server/page-store'
import { parseTarget } from '../../server/request-target'

// The page cache behind a real HTTP server, with its copy on disk in a
// temporary folder. The renderer stands in for Astro and the CMS: `up` decides
// whether the CMS answers.
const servers: Server[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))))
})

function renderer(state: { up: boolean; renders: string[] }) {
  return async (req: IncomingMessage): Promise<Rendered> => {
    const url = req.url ?? '/'
    state.renders.push(url)
    if (!state.up) return { status: 503, headers: [], body: Buffer.from('暂时不可用') }
    const missing = url.startsWith('/no-such')
    return {
      status: missing ? 404 : 200,
      headers: [['content-type', 'text/html; charset=utf-8']],
      body: Buffer.from(`<!doctype html><title>${missing ? '404' : url}</title>`.padEnd(4000)),
    }
  }
}

async function serve(cache: PageCache): Promise<string> {
  const server = createServer((req, res) => {
    const target = parseTarget(req.url ?? '/')
    if (target.kind !== 'path') return void res.writeHead(400).end()
    void cache.serve(req, res, target.pathname, target.search)
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

function cacheIn(dir: string, state: { up: boolean; renders: string[] }, build = 'build-1') {
  const log = () => undefined
  return createPageCache({
    render: renderer(state),
    keyParams: new Set(['q', 'page']),
    maxBytes: 256 * 1024,
    ttlMs: 60_000,
    staleAfterMs: 200,
    disk: createDiskStore({ dir, build, log }),
    log,
  })
}

const pages = ['/', '/projects', '/en/']

describe('the page cache on disk', () => {
  it(
    'serves every page it served before after a restart with the CMS down, whatever a flood did',
    {
      timeout: 30_000,
    },
    async () => {
      const dir = path.join(mkdtempSync(path.join(tmpdir(), 'page-cache-')), 'pages')
      const first = { up: true, renders: [] as string[] }
      const cache = cacheIn(dir, first)
      const url = await serve(cache)
      for (const page of pages) expect((await fetch(`${url}${page}`)).status).toBe(200)
      for (let i = 0; i < 200; i += 10) {
        const batch = Array.from({ length: 10 }, (_, j) => [
          `${url}/no-such-${i + j}`,
          `${url}/search?q=junk${i + j}&utm=${i + j}`,
        ]).flat()
        await Promise.all(batch.map((address) => fetch(address).then((r) => r.arrayBuffer())))
      }
      await cache.idle()
      const stats = cache.stats()
      expect(stats.tiers.pages.pages).toBe(pages.length)
      expect(stats.bytes).toBeLessThanOrEqual(256 * 1024)
      // The folder mirrors memory: the real pages and the searches still held, no 404s.
      const files = readdirSync(dir)
      expect(files.length).toBe(stats.tiers.pages.pages + stats.tiers.variants.pages)
      expect(statSync(dir).mode & 0o777).toBe(0o700)
      for (const name of files) expect(statSync(path.join(dir, name)).mode & 0o777).toBe(0o600)

      // Restarted while the CMS is down.
      const second = { up: false, renders: [] as string[] }
      const restarted = cacheIn(dir, second)
      expect(await restarted.restore()).toBe(files.length)
      const again = await serve(restarted)
      for (const page of pages) {
        const response = await fetch(`${again}${page}`)
        expect(response.status, page).toBe(200)
        expect(response.headers.get('x-portal-cache'), page).toBe('STALE')
        expect(await response.text()).toContain(`<title>${page}</title>`)
      }
      // Nothing was ever stored for this one.
      expect((await fetch(`${again}/news`)).status).toBe(503)
    },
  )

  it('does not read back copies of another build, damaged files or foreign keys', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'page-cache-'))
    const state = { up: true, renders: [] as string[] }
    const cache = cacheIn(dir, state)
    const url = await serve(cache)
    await fetch(`${url}/projects`)
    await fetch(`${url}/`)
    await cache.idle()
    const [damaged] = readdirSync(dir)
    writeFileSync(path.join(dir, damaged!), 'PCP1 not a page')
    writeFileSync(path.join(dir, '.left-over.tmp'), 'half a page')
    expect(await cacheIn(dir, state).restore()).toBe(1)
    expect(readdirSync(dir)).toHaveLength(1)
    expect(await cacheIn(dir, state, 'build-2').restore()).toBe(0)
    expect(readdirSync(dir)).toHaveLength(0)
  })

  it('renders the key, so parameters outside it never reach the page', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'page-cache-'))
    const state = { up: true, renders: [] as string[] }
    const url = await serve(cacheIn(dir, state))
    await fetch(`${url}/search?utm=%3Cscript%3E&page=2&q=x`)
    expect(state.renders).toEqual(['/search?page=2&q=x'])
  })
})

describe('answers for nginx in front', () => {
  it('lets nginx keep a page it is given until the end of the current second, no longer', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'page-cache-'))
    const url = await serve(cacheIn(dir, { up: true, renders: [] }))
    for (const expected of ['MISS', 'HIT']) {
      const before = Math.floor(Date.now() / 1000)
      const response = await fetch(`${url}/projects`)
      const after = Math.floor(Date.now() / 1000)
      expect(response.headers.get('x-portal-cache')).toBe(expected)
      const until = response.headers.get('x-accel-expires') ?? ''
      expect(until).toMatch(/^@\d+$/)
      expect(Number(until.slice(1))).toBeGreaterThanOrEqual(before)
      expect(Number(until.slice(1))).toBeLessThanOrEqual(after)
    }
  })
})
