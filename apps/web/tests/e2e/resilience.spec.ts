import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import * as stack from './support/stack'

// The portal stays up when the CMS does not. These tests run a CMS and a portal
// of their own (the shared ones stay untouched), stop the CMS process for real,
// and start it again on the same database.
test.describe.configure({ mode: 'serial' })

const { cmsPort, webPort, database } = stack.ownStack(2, 'resilience')
// Folders of its own: by default the page copies would sit beside the outbox, in
// the shared temporary folder, where another run's copies of the same build are read back.
const scratch = mkdtempSync(path.join(tmpdir(), 'portal-resilience-'))
const outboxDir = path.join(scratch, 'outbox')
mkdirSync(outboxDir, { mode: 0o700 })

let cms: stack.Server
let portal: stack.Server

test.beforeAll(async () => {
  test.setTimeout(240_000)
  stack.removeDatabase(database)
  const portalUrl = `http://localhost:${webPort}`
  cms = await stack.startCms({ port: cmsPort, database, portalUrl, seed: true })
  portal = await stack.startPortal({
    port: webPort,
    cmsUrl: cms.url,
    env: {
      OUTBOX_DIR: outboxDir,
      CACHE_DIR: path.join(scratch, 'page-cache'),
      // Pages go stale after a second, so a stopped CMS shows at once.
      CACHE_TTL_SECONDS: '1',
      STALE_AFTER_MS: '300',
      INQUIRY_MIN_FILL_SECONDS: '0',
    },
  })
})

test.afterAll(async () => {
  test.setTimeout(60_000)
  await portal?.stop()
  await cms?.stop()
  stack.removeDatabase(database)
})

const get = (path: string) => fetch(`${portal.url}${path}`, { redirect: 'manual' })

test('with the CMS stopped, cached pages stay up marked stale and others get a friendly 503', async () => {
  test.setTimeout(120_000)
  for (const path of ['/', '/en/', '/projects']) {
    const warm = await get(path)
    expect(warm.status, path).toBe(200)
  }
  await cms.stop()

  for (const path of ['/', '/en/', '/projects']) {
    const stale = await stack.eventually(
      async () => {
        const response = await get(path)
        return response.headers.get('x-portal-cache') === 'STALE' ? response : undefined
      },
      10_000,
      `${path} served stale`,
    )
    expect(stale.status).toBe(200)
    expect(stale.headers.get('warning')).toContain('110')
  }

  const zh = await get('/news')
  expect(zh.status).toBe(503)
  expect(await zh.text()).toContain('暂时')
  const en = await get('/en/guides')
  expect(en.status).toBe(503)
  expect(await en.text()).toMatch(/temporarily|try again/i)

  const health = (await (await get('/_portal/health')).json()) as {
    status: string
    checks: { cms: { ok: boolean } }
  }
  expect(health.status).toBe('degraded')
  expect(health.checks.cms.ok).toBe(false)
})

const visitorPhone = `137${Date.now().toString().slice(-8)}`
let trackingNumber = ''

test('an inquiry sent while the CMS is stopped still gets its number and waits on disk', async () => {
  const response = await fetch(`${portal.url}/contact`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: portal.url },
    body: new URLSearchParams({
      type: 'general',
      formToken: stack.formToken('general'),
      website: '',
      name: '停机测试',
      phone: visitorPhone,
      message: '服务器维护期间提交的留言，恢复后应当送达。',
      consent: 'on',
    }).toString(),
    redirect: 'manual',
  })
  expect(response.status).toBe(303)
  const location = new URL(response.headers.get('location') ?? '', portal.url)
  trackingNumber = location.searchParams.get('n') ?? ''
  expect(trackingNumber).toMatch(/^ZS-\d{8}-\d{4}$/)
  const pending = readdirSync(outboxDir).filter((f) => f.endsWith('.json'))
  expect(pending).toHaveLength(1)
})

test('when the CMS is back, the portal recovers by itself', async () => {
  test.setTimeout(240_000)
  cms = await stack.startCms({ port: cmsPort, database, portalUrl: portal.url })
  await stack.eventually(
    async () => {
      const response = await get('/news')
      return response.status === 200 ? true : undefined
    },
    15_000,
    'an uncached page renders again',
  )
  await stack.eventually(
    async () => {
      const response = await get('/')
      const state = response.headers.get('x-portal-cache')
      return response.status === 200 && state !== 'STALE' ? state : undefined
    },
    15_000,
    'the home page is fresh again',
  )
  const health = (await (await get('/_portal/health')).json()) as { status: string }
  expect(health.status).toBe('ok')

  // The waiting inquiry is delivered, exactly once.
  await stack.eventually(
    async () =>
      readdirSync(outboxDir).filter((f) => f.endsWith('.json')).length === 0 ? true : undefined,
    60_000,
    'the outbox is empty',
  )
  const url = new URL('/api/inquiries', cms.url)
  url.searchParams.set('where[trackingNumber][equals]', trackingNumber)
  const found = (await (await fetch(url, { headers: await stack.demoAdmin(cms.url) })).json()) as {
    totalDocs: number
    docs: Array<{ phone: string; name: string }>
  }
  expect(found.totalDocs).toBe(1)
  expect(found.docs[0]).toMatchObject({ phone: visitorPhone, name: '停机测试' })
})
