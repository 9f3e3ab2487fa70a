import { expect, test, type APIRequestContext } from '@playwright/test'
import { createHmac } from 'node:crypto'

// Staff publish and the portal shows it at once: the CMS notifies the portal,
// which refreshes every cached page. Each check polls (no fixed sleeps) until
// the change shows. How fast that is (under 2 s) is measured by the benchmark
// (`npm run bench`, publish-to-live), not here: the bound below only keeps a
// loaded CI machine from failing a correct run, while a portal that kept the
// old page until its cache expired (minutes) still fails.
const cmsUrl = process.env.E2E_CMS_URL ?? 'http://localhost:3100'
const LIVE_WITHIN_MS = 20_000

async function adminToken(request: APIRequestContext, email = 'demo@example.com') {
  const login = await request.post(`${cmsUrl}/api/users/login`, {
    data: { email, password: 'demo-portal-2026' },
  })
  expect(login.ok()).toBe(true)
  return ((await login.json()) as { token: string }).token
}

/** Fetches a portal page's text (no browser cache involved). */
async function portalText(request: APIRequestContext, path: string) {
  const response = await request.get(path, { headers: { 'cache-control': 'no-cache' } })
  return { status: response.status(), text: await response.text(), headers: response.headers() }
}

/** Polls until every path satisfies `check`, failing if that takes longer than the limit. */
async function liveEverywhere(
  request: APIRequestContext,
  paths: string[],
  check: (page: { status: number; text: string }) => boolean,
) {
  await Promise.all(
    paths.map((path) =>
      expect
        .poll(async () => check(await portalText(request, path)), {
          message: `${path} shows the change`,
          timeout: LIVE_WITHIN_MS,
          intervals: [50],
        })
        .toBe(true),
    ),
  )
}

test('a news item an editor publishes in the admin is live on every page at once', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000)
  const token = await adminToken(request)
  const auth = { authorization: `JWT ${token}` }
  // A news item of its own, newest of all, so it shows on the home page; removed at the end.
  const created = await request.post(`${cmsUrl}/api/news`, {
    headers: auth,
    data: {
      title: `招商动态测试稿${Date.now().toString(36)}`,
      category: 'investment',
      publishedAt: new Date().toISOString(),
      _status: 'published',
    },
  })
  expect(created.ok()).toBe(true)
  const latest = ((await created.json()) as { doc: { id: number; slug: string } }).doc
  test.info().attach('news', { body: JSON.stringify(latest) })
  const paths = ['/', '/news', `/news/${latest.slug}`, '/news/rss.xml']

  // Visitors have the pages cached before the edit.
  for (const path of paths) {
    const first = await portalText(request, path)
    expect(first.status).toBe(200)
  }
  const cached = await portalText(request, '/news')
  expect(cached.headers['x-portal-cache']).toBe('HIT')

  const stamp = Date.now().toString(36)
  const title = `县商务局发布新的招商动态${stamp}`
  await page.goto(`${cmsUrl}/admin/login`)
  await page.locator('#field-email').fill('editor@example.com')
  await page.locator('#field-password').fill('demo-portal-2026')
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page.getByTestId('staff-dashboard')).toBeVisible()
  await page.goto(`${cmsUrl}/admin/collections/news/${latest.id}`)
  await page.locator('#field-title').fill(title)
  const published = page.waitForResponse(
    (r) =>
      r.url().includes(`/api/news/${latest.id}`) &&
      r.request().method() === 'PATCH' &&
      !r.url().includes('autosave=true') &&
      r.ok(),
  )
  await page.getByRole('button', { name: '发布修改' }).click()
  await published
  await liveEverywhere(request, [...paths, `/search?q=${encodeURIComponent(stamp)}`], (p) =>
    p.text.includes(title),
  )

  // Unpublishing takes it off the portal as quickly, sitemap included. The
  // editor still has the item open in the admin, which locks it against
  // everyone else (Payload's document locking), so the editor's own session
  // unpublishes it and deletes it at the end (its cookie counts only with the
  // admin's own origin, as the browser would send it).
  const editorSession = { origin: cmsUrl }
  const unpublish = await page.request.patch(`${cmsUrl}/api/news/${latest.id}`, {
    headers: editorSession,
    data: { _status: 'draft' },
  })
  expect(unpublish.ok()).toBe(true)
  await liveEverywhere(request, ['/news', '/', '/news/rss.xml'], (p) => !p.text.includes(title))
  await liveEverywhere(request, [`/news/${latest.slug}`], (p) => p.status === 404)
  await liveEverywhere(request, ['/sitemap.xml'], (p) => !p.text.includes(`/news/${latest.slug}`))
  const removed = await page.request.delete(`${cmsUrl}/api/news/${latest.id}`, {
    headers: editorSession,
  })
  expect(removed.ok()).toBe(true)
})

test('a change to the site settings reaches every page at once', async ({ request }) => {
  const token = await adminToken(request)
  const paths = ['/', '/projects', '/en/policies', '/chamber']
  for (const path of paths) expect((await portalText(request, path)).status).toBe(200)
  const auth = { authorization: `JWT ${token}` }
  const current = await request.get(`${cmsUrl}/api/globals/site-settings?depth=0`, {
    headers: auth,
  })
  const before = ((await current.json()) as { hotline?: string }).hotline
  const hotline = `0000-${Date.now().toString().slice(-7)}`
  const update = await request.post(`${cmsUrl}/api/globals/site-settings`, {
    headers: auth,
    data: { hotline },
  })
  expect(update.ok()).toBe(true)
  await liveEverywhere(request, paths, (p) => p.text.includes(hotline))
  const restore = await request.post(`${cmsUrl}/api/globals/site-settings`, {
    headers: auth,
    data: { hotline: before ?? null },
  })
  expect(restore.ok()).toBe(true)
  await liveEverywhere(request, paths, (p) => !p.text.includes(hotline))
})

test('a published project appears, and once deleted is gone, at once', async ({ request }) => {
  const token = await adminToken(request)
  const auth = { authorization: `JWT ${token}` }
  const stamp = Date.now().toString(36)
  const title = `临时测试项目${stamp}`
  expect((await portalText(request, '/projects?sector=logistics')).status).toBe(200)
  const created = await request.post(`${cmsUrl}/api/projects`, {
    headers: auth,
    data: {
      title,
      sector: 'logistics',
      stage: 'reserve',
      investment: { amount: 800, unit: 'cny-10k' },
      _status: 'published',
    },
  })
  expect(created.ok()).toBe(true)
  const project = ((await created.json()) as { doc: { id: number; slug: string } }).doc
  await liveEverywhere(request, ['/projects?sector=logistics', '/sitemap.xml'], (p) =>
    p.text.includes(project.slug),
  )
  const removed = await request.delete(`${cmsUrl}/api/projects/${project.id}`, { headers: auth })
  expect(removed.ok()).toBe(true)
  await liveEverywhere(request, [`/projects/${project.slug}`], (p) => p.status === 404)
  await liveEverywhere(
    request,
    ['/projects?sector=logistics', '/sitemap.xml'],
    (p) => !p.text.includes(project.slug),
  )
})

test('the portal refuses a cache notification that is unsigned or signed with another secret', async ({
  request,
}) => {
  const health = async () =>
    (
      (await (await request.get('/_portal/health')).json()) as {
        checks: { cache: { generation: number } }
      }
    ).checks.cache.generation
  const before = await health()
  const body = JSON.stringify({ source: 'projects', id: 1, operation: 'update' })

  const unsigned = await request.post('/_portal/invalidate', {
    data: body,
    headers: { 'content-type': 'application/json' },
  })
  expect(unsigned.status()).toBe(401)

  const timestamp = String(Date.now())
  const forged = createHmac('sha256', 'not-the-secret-'.repeat(3))
    .update(`${timestamp}.${body}`)
    .digest('base64url')
  const wrong = await request.post('/_portal/invalidate', {
    data: body,
    headers: {
      'content-type': 'application/json',
      'x-portal-timestamp': timestamp,
      'x-portal-signature': forged,
    },
  })
  expect(wrong.status()).toBe(401)

  // A correctly signed but old notification (a replay) is refused too.
  const old = String(Date.now() - 10 * 60 * 1000)
  const replay = await request.post('/_portal/invalidate', {
    data: body,
    headers: {
      'content-type': 'application/json',
      'x-portal-timestamp': old,
      'x-portal-signature': createHmac('sha256', process.env.E2E_HOOK_SECRET ?? '')
        .update(`${old}.${body}`)
        .digest('base64url'),
    },
  })
  expect(replay.status()).toBe(401)
  expect(await health()).toBe(before)
})
