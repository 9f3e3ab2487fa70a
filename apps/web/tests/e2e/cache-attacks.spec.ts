import { createHmac, randomUUID } from 'node:crypto'
import { mkdtempSync, readdirSync, statSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { eventually, secrets, startPortal, type Server } from './support/stack'

// Attacks on the portal's page cache, each performed for real: raw request
// targets that a URL parser and the renderer read differently, parameters
// outside the cache key, a flood of made-up addresses, replayed change
// notifications. The shared portal is attacked where the attack must fail
// on it; a portal of this file's own is flooded, restarted against a CMS that
// is gone, and reached over IPv6.
test.describe.configure({ mode: 'serial' })

const baseUrl = () => test.info().project.use.baseURL!
const cmsUrl = process.env.E2E_CMS_URL ?? 'http://localhost:3100'
const ownPort = Number(process.env.E2E_WEB_PORT ?? 4400) + 5
/** Nothing listens here: the CMS as seen by a portal started while it is down. */
const deadCms = `http://127.0.0.1:${Number(process.env.E2E_CMS_PORT ?? 3100) + 5}`

/** Sends a request exactly as written (fetch would normalise the target first). */
function rawRequest(
  port: number,
  target: string,
  method = 'GET',
): Promise<{ status: number; headers: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      socket.write(
        `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`,
      )
    })
    let data = ''
    socket.on('data', (chunk: Buffer) => (data += chunk.toString('latin1')))
    socket.on('end', () => {
      const headers = data.split('\r\n\r\n')[0] ?? ''
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(headers)?.[1] ?? 0), headers })
    })
    socket.on('error', reject)
  })
}

/** A change notification signed as the CMS signs it; a new nonce unless one is given. */
function signed(nonce = randomUUID()) {
  const body = JSON.stringify({ source: 'projects', id: 1, operation: 'update', nonce })
  const timestamp = String(Date.now())
  const signature = createHmac('sha256', secrets.hook)
    .update(`${timestamp}.${body}`)
    .digest('base64url')
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'x-portal-timestamp': timestamp,
      'x-portal-signature': signature,
    },
  }
}

const notify = (url: string, notification = signed()) =>
  fetch(`${url}/_portal/invalidate`, {
    method: 'POST',
    headers: notification.headers,
    body: notification.body,
  })

const attacks = [
  '//x/',
  '//x/contact',
  'http://a/',
  'http://a/contact',
  'http://a/news',
  'http://a/en/',
  'http://a/sitemap.xml',
  'http://a/news/rss.xml',
  '/./',
  '/a/../',
  '/a/../contact',
  '/%2e%2e/contact',
  '/%2f',
  '/%2F/contact',
  '/%5c',
  '/\\x',
  '/contact/.',
]
const victims = ['/', '/contact', '/news', '/en/', '/sitemap.xml', '/news/rss.xml']

async function expectRealPages(url: string) {
  for (const victim of victims) {
    const response = await fetch(`${url}${victim}`)
    const text = await response.text()
    expect(response.status, victim).toBe(200)
    expect(text, victim).not.toContain('data-testid="not-found"')
    expect(text, victim).not.toContain('页面不存在')
  }
}

test('raw request targets cannot store a 404 under a real page, before or after a refresh', async () => {
  const port = Number(new URL(baseUrl()).port)
  for (const round of ['cached pages', 'after a cache refresh']) {
    if (round === 'after a cache refresh') {
      // Every stored page is stale now: the attacker's request is the one that would render it.
      expect((await notify(baseUrl())).status).toBe(202)
    }
    for (const target of attacks) {
      const answer = await rawRequest(port, target)
      expect([308, 400, 404], `${round}: ${target}`).toContain(answer.status)
      const location = /^location: (.*)$/im.exec(answer.headers)?.[1]
      if (answer.status === 308) expect(location, target).toMatch(/^\/(?![/\\])/)
      // Refused or redirected, never rendered: nothing is stored.
      expect(answer.headers, target).not.toMatch(/x-portal-cache/i)
    }
    await expectRealPages(baseUrl())
  }
  // A HEAD first (empty answer) must not leave an empty page for the next GET.
  expect((await notify(baseUrl())).status).toBe(202)
  expect((await rawRequest(port, '/robots.txt', 'HEAD')).status).toBe(200)
  const robots = await fetch(`${baseUrl()}/robots.txt`)
  expect(await robots.text()).toContain('User-agent')
})

test('parameters outside the cache key never reach a cached page', async () => {
  const marker = `zz${Date.now().toString(36)}marker`
  expect((await notify(baseUrl())).status).toBe(202)
  for (const path of ['/projects', '/en/projects']) {
    const attacker = await fetch(
      `${baseUrl()}${path}?utm=%3Cscript%3Eevil${marker}&utm_source=${marker}`,
    )
    expect(attacker.status).toBe(200)
    expect(await attacker.text(), path).not.toContain(marker)
    const visitor = await fetch(`${baseUrl()}${path}`)
    const html = await visitor.text()
    expect(['HIT', 'MISS']).toContain(visitor.headers.get('x-portal-cache'))
    expect(html, path).not.toContain(marker)
    expect(html, path).not.toContain('evil')
  }
  // The filters stay in the key: a filtered list is its own page.
  const filtered = await fetch(`${baseUrl()}/projects?sector=energy&utm=${marker}`)
  expect(await filtered.text()).not.toContain(marker)
})

test('a missing media file answers 404, briefly from memory, not 500', async () => {
  const path = `/media/missing-${Date.now().toString(36)}.jpg`
  const first = await fetch(`${baseUrl()}${path}`)
  expect(first.status).toBe(404)
  const second = await fetch(`${baseUrl()}${path}`)
  expect(second.status).toBe(404)
  // Answered from the cache's short-lived 404s: the CMS is not asked again.
  expect(second.headers.get('x-portal-cache')).toBe('HIT')
})

test('a change notification is accepted once: its replay is refused', async () => {
  const notification = signed()
  expect((await notify(baseUrl(), notification)).status).toBe(202)
  for (let i = 0; i < 4; i++) expect((await notify(baseUrl(), notification)).status).toBe(409)
  expect((await notify(baseUrl())).status).toBe(202)
})

let own: Server | undefined
const cacheDir = mkdtempSync(path.join(tmpdir(), 'portal-page-cache-'))
const outboxDir = mkdtempSync(path.join(tmpdir(), 'portal-outbox-'))

test.afterAll(async () => {
  await own?.stop()
})

interface Health {
  checks: {
    cache: { tiers: Record<string, { pages: number; bytes: number; maxBytes: number }> }
  }
}

test('a flood of made-up addresses evicts no real page, and a restart with the CMS gone serves them from disk', async () => {
  test.setTimeout(300_000)
  const env = {
    CMS_URL: cmsUrl,
    // Unset: the portal listens on IPv6 and IPv4 both.
    HOST: '',
    CACHE_DIR: cacheDir,
    OUTBOX_DIR: outboxDir,
    CACHE_MAX_MB: '2',
  }
  own = await startPortal({ port: ownPort, cmsUrl, env })
  const url = own.url
  for (const address of [`http://[::1]:${ownPort}`, `http://127.0.0.1:${ownPort}`]) {
    expect((await fetch(`${address}/_portal/health`)).status, address).toBe(200)
  }
  const pages = ['/', '/projects', '/en/']
  const titles = new Map<string, string>()
  for (const page of pages) {
    const response = await fetch(`${url}${page}`)
    expect(response.status, page).toBe(200)
    titles.set(page, /<title>([^<]*)<\/title>/.exec(await response.text())?.[1] ?? '')
  }

  // 1,500 unique 404s and 300 unique searches, sixteen at a time.
  const junk = [
    ...Array.from({ length: 1500 }, (_, i) => `/no-such-page-${i}`),
    ...Array.from({ length: 300 }, (_, i) => `/search?q=junk${i}`),
  ]
  for (let i = 0; i < junk.length; i += 16) {
    await Promise.all(junk.slice(i, i + 16).map((p) => fetch(`${url}${p}`).then((r) => r.text())))
  }
  const health = (await (await fetch(`${url}/_portal/health`)).json()) as Health
  for (const [name, tier] of Object.entries(health.checks.cache.tiers)) {
    expect(tier.bytes, name).toBeLessThanOrEqual(tier.maxBytes)
  }
  for (const page of pages) {
    const response = await fetch(`${url}${page}`)
    expect(response.headers.get('x-portal-cache'), page).toBe('HIT')
  }
  await own.stop()

  const files = readdirSync(cacheDir)
  expect(files.filter((name) => name.endsWith('.tmp'))).toEqual([])
  expect(statSync(cacheDir).mode & 0o777).toBe(0o700)
  for (const name of files) expect(statSync(path.join(cacheDir, name)).mode & 0o777).toBe(0o600)
  // Only what memory held is on disk: not the 404s, not the evicted searches.
  const stored = health.checks.cache.tiers
  expect(files.length).toBeLessThanOrEqual(stored.pages!.pages + stored.variants!.pages)

  own = await startPortal({ port: ownPort, cmsUrl: deadCms, env: { ...env, CMS_URL: deadCms } })
  for (const page of pages) {
    const response = await eventually(
      async () => {
        const answer = await fetch(`${own!.url}${page}`)
        return answer.status === 200 ? answer : undefined
      },
      10_000,
      `${page} from disk`,
    )
    expect(response.headers.get('x-portal-cache'), page).toBe('STALE')
    const html = await response.text()
    expect(/<title>([^<]*)<\/title>/.exec(html)?.[1], page).toBe(titles.get(page))
  }
  // A page never served before has no copy: the friendly 503.
  expect((await fetch(`${own.url}/policies`)).status).toBe(503)
})
