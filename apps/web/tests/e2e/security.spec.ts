import { expect, test, type APIRequestContext } from '@playwright/test'
import { PAGE_TYPES } from './support/pages'

// The portal as an attacker meets it: the headers of every kind of answer,
// staff-typed text carrying script, forged host headers and hostile paths.
const cmsUrl = process.env.E2E_CMS_URL ?? 'http://localhost:3100'

const htmlPages = [...PAGE_TYPES, '/en/', '/projects?sector=energy', '/search?q=园区']
const otherAnswers = ['/news/rss.xml', '/policies/rss.xml', '/sitemap.xml', '/robots.txt']

function expectBaseHeaders(headers: Record<string, string>, path: string) {
  expect(headers['x-content-type-options'], path).toBe('nosniff')
  expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin')
  expect(headers['x-powered-by'], path).toBeUndefined()
  // Served over plain HTTP here, so no HSTS (it is sent when SITE_URL is https).
  expect(headers['strict-transport-security'], path).toBeUndefined()
}

test('every page type carries a strict CSP and the security headers', async ({ request }) => {
  for (const path of htmlPages) {
    const response = await request.get(path)
    const headers = response.headers()
    expectBaseHeaders(headers, path)
    const csp = headers['content-security-policy'] ?? ''
    expect(csp, path).toContain("default-src 'self'")
    expect(csp, path).toContain("frame-ancestors 'none'")
    expect(csp, path).toContain("object-src 'none'")
    expect(csp, path).toContain("form-action 'self'")
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? ''
    expect(scriptSrc, path).not.toContain('unsafe-inline')
    expect(scriptSrc, path).not.toContain('unsafe-eval')
    expect(headers['x-frame-options'], path).toBe('DENY')
  }
  for (const path of otherAnswers) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    expectBaseHeaders(response.headers(), path)
    expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'")
  }
  // A page with an island (the inquiry form) names its built scripts.
  const html = await (await request.get('/projects/jin-shan-shang-ye-guang-chang')).text()
  const asset = /(\/_astro\/[\w.-]+\.js)/.exec(html)?.[1]
  expect(asset).toBeDefined()
  const script = await request.get(asset!)
  expectBaseHeaders(script.headers(), asset!)
  expect(script.headers()['cache-control']).toContain('immutable')
})

test('pages run under their CSP without a single violation', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  for (const path of ['/', '/projects', '/projects/jin-shan-shang-ye-guang-chang', '/chamber']) {
    await page.goto(path)
    await page.waitForLoadState('networkidle')
  }
  // The filter script ran (it applies a select at once) under the policy.
  await page.goto('/projects')
  await expect(page.locator('form[data-filters][data-enhanced="true"]')).toHaveCount(1)
  await page.getByTestId('filters').locator('select[name="park"]').selectOption({ index: 1 })
  await expect(page).toHaveURL(/park=[a-z0-9-]+/)
  expect(violations).toEqual([])
})

async function adminToken(request: APIRequestContext) {
  const login = await request.post(`${cmsUrl}/api/users/login`, {
    data: { email: 'demo@example.com', password: 'demo-portal-2026' },
  })
  return ((await login.json()) as { token: string }).token
}

const payloads = [
  '<script>alert("title")</script>',
  '<img src=x onerror=alert("img")>',
  '"><svg onload=alert("svg")>',
  "';alert('quote');//",
]

/** A Lexical rich text value with a javascript: link and a script in its text. */
function hostileRichText() {
  const text = (value: string) => ({
    type: 'text',
    text: value,
    version: 1,
    format: 0,
    style: '',
    mode: 'normal',
    detail: 0,
  })
  return {
    root: {
      type: 'root',
      version: 1,
      format: '',
      indent: 0,
      direction: 'ltr',
      children: [
        {
          type: 'paragraph',
          version: 1,
          format: '',
          indent: 0,
          direction: 'ltr',
          textFormat: 0,
          children: [
            text(payloads[0]!),
            {
              type: 'link',
              version: 3,
              format: '',
              indent: 0,
              direction: 'ltr',
              fields: { url: 'javascript:alert("link")', linkType: 'custom', newTab: false },
              children: [text('点击这里')],
            },
          ],
        },
      ],
    },
  }
}

test('script typed into public text fields is shown as text and never runs', async ({
  page,
  request,
}) => {
  const token = await adminToken(request)
  const auth = { authorization: `JWT ${token}` }
  const stamp = Date.now().toString(36)
  const created = await request.post(`${cmsUrl}/api/projects`, {
    headers: auth,
    data: {
      title: `注入测试${stamp}${payloads[0]}`,
      summary: payloads[1],
      location: payloads[2],
      sector: 'services',
      stage: 'reserve',
      investment: { amount: 100, unit: 'cny-10k' },
      highlights: [{ text: payloads[3] }],
      contact: { name: payloads[1], phone: '0000-1234567' },
      body: hostileRichText(),
      meta: { title: payloads[2], description: payloads[0] },
      _status: 'published',
    },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const project = ((await created.json()) as { doc: { id: number; slug: string } }).doc
  const news = await request.post(`${cmsUrl}/api/news`, {
    headers: auth,
    data: {
      title: `注入新闻${stamp}${payloads[1]}`,
      summary: payloads[0],
      category: 'notice',
      publishedAt: new Date().toISOString(),
      body: hostileRichText(),
      _status: 'published',
    },
  })
  expect(news.ok(), await news.text()).toBe(true)
  const newsDoc = ((await news.json()) as { doc: { id: number; slug: string } }).doc

  const dialogs: string[] = []
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message())
    await dialog.dismiss()
  })
  const paths = [
    `/projects/${project.slug}`,
    `/en/projects/${project.slug}`,
    '/projects?sector=services',
    `/search?q=${stamp}`,
    `/news/${newsDoc.slug}`,
    '/news',
    '/',
  ]
  for (const path of paths) {
    await expect
      .poll(async () => (await request.get(path)).text(), { message: path, timeout: 5000 })
      .toContain(stamp)
    await page.goto(path)
    const html = await page.content()
    // Escaped, the payloads are harmless text (`&lt;img …`); unescaped they would be markup.
    expect(html, path).not.toMatch(/<script>alert|<img src=x|<svg onload|href="javascript:/i)
    await expect(page.locator('[onerror], [onload], a[href^="javascript:"]')).toHaveCount(0)
  }
  for (const path of ['/news/rss.xml', '/sitemap.xml']) {
    const text = await (await request.get(path)).text()
    expect(text, path).not.toMatch(/<script>alert|<img src=x/)
  }
  // The link with a javascript: address is dropped; its words stay.
  await page.goto(`/projects/${project.slug}`)
  await expect(page.getByText('点击这里')).toBeVisible()
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0)
  // What staff typed is still there, as text.
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    '<script>alert("title")</script>',
  )
  expect(dialogs).toEqual([])

  await request.delete(`${cmsUrl}/api/projects/${project.id}`, { headers: auth })
  await request.delete(`${cmsUrl}/api/news/${newsDoc.id}`, { headers: auth })
})

test('a forged Host or X-Forwarded-Host does not change the addresses the portal writes', async ({
  request,
}) => {
  const html = await (
    await request.get('/projects', {
      headers: { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
    })
  ).text()
  expect(html).not.toContain('evil.example')
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]
  expect(new URL(canonical!).host).toBe(new URL(test.info().project.use.baseURL!).host)
})

test('hostile paths and parameters are refused before they reach the CMS', async ({ request }) => {
  for (const path of [
    '/projects/..%2F..%2Fapi%2Fusers',
    '/projects/%3Cscript%3E',
    "/projects/a'%20OR%201=1--",
    '/news/' + 'x'.repeat(500),
  ]) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(404)
    expect(await response.text(), path).not.toContain('<script>')
  }
  const filtered = await request.get('/projects?sector=<script>&stage=DROP%20TABLE&page=-1')
  expect(filtered.status()).toBe(200)
  expect(await filtered.text()).not.toContain('<script>&')
})

test('the CMS refuses oversized bodies, script files and oversized uploads', async ({
  request,
}) => {
  const token = await adminToken(request)
  const auth = { authorization: `JWT ${token}` }
  const mediaCount = async () =>
    ((await (await request.get(`${cmsUrl}/api/media?limit=1`)).json()) as { totalDocs: number })
      .totalDocs
  const before = await mediaCount()

  const huge = await request.post(`${cmsUrl}/api/projects`, {
    headers: { ...auth, 'content-type': 'application/json' },
    data: JSON.stringify({ title: 'x'.repeat(2 * 1024 * 1024) }),
  })
  expect(huge.status()).toBe(413)
  expect(await huge.text()).toContain('Request body larger than')

  const upload = (name: string, mimeType: string, buffer: Buffer, alt: string) =>
    request.post(`${cmsUrl}/api/media`, {
      headers: auth,
      multipart: { file: { name, mimeType, buffer }, _payload: JSON.stringify({ alt }) },
    })

  const script = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')
  const page = Buffer.from('<html><script>alert(1)</script></html>')
  const svg = await upload('logo.svg', 'image/svg+xml', script, '恶意图片')
  expect(svg.status()).toBeGreaterThanOrEqual(400)
  expect(await svg.text()).not.toMatch(/\bat .+\.js:\d+/)
  const disguised = await upload('photo.png', 'image/png', page, '伪装的网页')
  expect(disguised.status()).toBeGreaterThanOrEqual(400)
  const oversized = await upload('big.png', 'image/png', Buffer.alloc(11 << 20, 1), '过大的图片')
  expect(oversized.status()).toBe(413)
  expect(await oversized.text()).toContain('File larger than')

  expect(await mediaCount()).toBe(before)

  const headers = (await request.get(`${cmsUrl}/api/health`)).headers()
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['x-powered-by']).toBeUndefined()
})

test("Astro's image endpoint is not reachable", async ({ request }) => {
  const response = await request.get('/_image?href=https%3A%2F%2Fexample.com%2Fa.avif&w=100')
  expect(response.status()).toBe(404)
})
