import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { expect, test, type Page } from '@playwright/test'
import { root, startPortal, type Server } from './support/stack'

// 集约化: the portal as one channel (`/swj`) of the county's shared platform.
// A second build made with BASE_PATH=/swj runs here; every link, asset, form,
// feed, sitemap entry, redirect, media file and cached page must carry the
// base and answer.

const BASE = '/swj'
const port = Number(process.env.E2E_WEB_PORT ?? 4400) + 9
const outDir = 'dist-subpath'
const cmsUrl = process.env.E2E_CMS_URL!
let portal: Server

test.describe.configure({ mode: 'serial' })

test.beforeAll(async () => {
  test.setTimeout(600_000)
  await promisify(execFile)('npm', ['run', 'build', '-w', '@portal/web'], {
    cwd: root,
    env: { ...process.env, BASE_PATH: BASE, PORTAL_OUT_DIR: outDir },
    maxBuffer: 32 * 1024 * 1024,
  })
  portal = await startPortal({
    port,
    cmsUrl,
    distDir: outDir,
    env: {
      BASE_PATH: BASE,
      OUTBOX_DIR: path.join(root, `apps/web/data/e2e-outbox-${port}`),
      CACHE_DIR: path.join(root, `apps/web/data/e2e-cache-${port}`),
      INQUIRY_MIN_FILL_SECONDS: '0',
    },
  })
})

test.afterAll(async () => {
  await portal?.stop()
})

/** Every address the page's markup points at on this site: links, assets, forms, feeds, icons. */
async function siteAddresses(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    for (const element of document.querySelectorAll(
      '[href], [src], [action], [srcset], astro-island',
    )) {
      for (const name of ['href', 'src', 'action', 'component-url', 'renderer-url']) {
        const value = element.getAttribute(name)
        if (value) found.push(value)
      }
      for (const part of (element.getAttribute('srcset') ?? '').split(',')) {
        const value = part.trim().split(/\s+/)[0]
        if (value) found.push(value)
      }
    }
    return found.filter((value) => value.startsWith('/') || value.startsWith(location.origin))
  })
}

const pages = [
  '/',
  '/projects',
  '/projects/jin-shan-shang-ye-guang-chang',
  '/policies',
  '/news',
  '/guides/wai-shang-tou-zi-qi-ye-she-li-bei-an',
  '/chamber',
  '/contact',
  '/en/',
  '/en/projects',
]

test('every link, asset, form and feed on the main pages carries the base and answers', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const checked = new Set<string>()
  for (const address of pages) {
    const response = await page.goto(`${portal.url}${BASE}${address}`)
    expect(response?.status(), address).toBe(200)
    for (const found of await siteAddresses(page)) {
      const url = new URL(found, portal.url)
      expect(url.pathname, `${found} on ${address}`).toMatch(new RegExp(`^${BASE}(/|$)`))
      const target = `${url.pathname}${url.search}`
      if (checked.has(target)) continue
      checked.add(target)
      const answer = await page.request.get(`${portal.url}${target}`, { maxRedirects: 0 })
      // The large-text switch answers with a redirect back to the page, inside the base.
      if (answer.status() === 303)
        expect(answer.headers()['location'], target).toMatch(new RegExp(`^${BASE}/`))
      else expect(answer.status(), `${target} (on ${address})`).toBe(200)
    }
  }
  // The layout's feeds, icon and switches were among them.
  for (const expected of [
    '/news/rss.xml',
    '/policies/rss.xml',
    '/favicon.ico',
    '/media/',
    '/elder-mode',
  ])
    expect(
      [...checked].some((target) => target.startsWith(`${BASE}${expected}`)),
      expected,
    ).toBe(true)
})

test('feeds, the sitemap and robots.txt name addresses under the base', async ({ request }) => {
  const origin = `${portal.url}${BASE}/`
  for (const feed of ['/news/rss.xml', '/en/policies/rss.xml', '/sitemap.xml']) {
    const text = await (await request.get(`${portal.url}${BASE}${feed}`)).text()
    const links = [...text.matchAll(/<(?:link|loc)>([^<]+)</g)].map((match) => match[1]!)
    expect(links.length, feed).toBeGreaterThan(1)
    for (const link of links) expect(link, feed).toContain(origin)
  }
  const robots = await (await request.get(`${portal.url}${BASE}/robots.txt`)).text()
  expect(robots).toContain(`Disallow: ${BASE}/search`)
  expect(robots).toContain(`Sitemap: ${portal.url}${BASE}/sitemap.xml`)
})

test('pages are cached under their full address; outside the base there is nothing', async ({
  request,
}) => {
  await request.get(`${portal.url}${BASE}/policies`)
  const again = await request.get(`${portal.url}${BASE}/policies`)
  expect(again.headers()['x-portal-cache']).toBe('HIT')
  expect((await request.get(`${portal.url}/policies`)).status()).toBe(404)
  const home = await request.get(`${portal.url}/`, { maxRedirects: 0 })
  expect(home.status()).toBe(302)
  expect(home.headers()['location']).toBe(`${BASE}/`)
  const icon = await request.get(`${portal.url}${BASE}/favicon.ico`)
  expect(icon.headers()['content-type']).toMatch(/^image\//)
})

test('an inquiry posted without JavaScript lands on its receipt under the base', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(`${portal.url}${BASE}/contact`)
  const form = page.getByTestId('inquiry-form')
  await expect(form).toHaveAttribute('action', `${BASE}/contact`)
  await form.getByLabel('姓名').fill('王建国')
  await form.getByLabel('手机号码').fill('13800138000')
  await form.getByLabel('留言内容').fill('想了解县里在集约化平台上发布的招商政策。')
  await form.getByLabel(/我已阅读并同意/).check()
  await form.getByRole('button').click()
  await expect(page).toHaveURL(new RegExp(`${BASE}/inquiry/received\\?n=ZS-`))
  await expect(page.getByTestId('tracking-number')).toBeVisible()

  // The large-text switch keeps the visitor inside the base and its cookie there.
  await page.getByRole('link', { name: '长者模式', exact: true }).click()
  await expect(page).toHaveURL(new RegExp(`${BASE}/inquiry/received`))
  const cookie = (await context.cookies()).find((c) => c.name === 'portal_elder')
  expect(cookie?.path).toBe(BASE)
  await context.close()
})
