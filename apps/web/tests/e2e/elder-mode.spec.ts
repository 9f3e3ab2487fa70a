import AxeBuilder from '@axe-core/playwright'
import { expect, test, type BrowserContext } from '@playwright/test'
import { bodyFontSize, overflow, setDefaultFontSize } from './support/layout'
import { PAGE_TYPES } from './support/pages'

// 长者模式 (senior-friendly mode): a plain link in every page's header turns it
// on, a cookie remembers it, one click turns it off. The pages' HTML is the
// same for every visitor; only the per-visitor stylesheet changes.

test.use({ viewport: { width: 390, height: 844 } })

const pages = [...PAGE_TYPES, '/inquiry/received?n=ZS-20261128-0042']

/** Turns the mode on for a context the way the switch does, through its cookie. */
async function elderContext(context: BrowserContext, baseURL: string) {
  await context.addCookies([{ name: 'portal_elder', value: '1', url: baseURL }])
}

test('the switch works without JavaScript, is remembered, and one click turns it off', async ({
  browser,
}) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
  })
  const page = await context.newPage()
  await page.goto('/projects?stage=signed')
  expect(await bodyFontSize(page)).toBe(16)
  await page.getByRole('link', { name: '长者模式', exact: true }).click()
  await expect(page).toHaveURL(/\/projects\?stage=signed$/)
  expect(await bodyFontSize(page)).toBeGreaterThanOrEqual(20)
  await expect(page.getByTestId('elder-on')).toBeHidden()

  await page.goto('/en/news')
  expect(await bodyFontSize(page)).toBeGreaterThanOrEqual(20)
  await page.getByRole('link', { name: 'Standard text', exact: true }).click()
  await expect(page).toHaveURL(/\/en\/news$/)
  expect(await bodyFontSize(page)).toBe(16)
  await expect(page.getByTestId('elder-on')).toBeVisible()
  await context.close()
})

for (const prefix of ['', '/en']) {
  test(`in the mode every page type has large text, large targets and fits a phone${prefix ? ' (English)' : ''}`, async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(120_000)
    await elderContext(context, baseURL!)
    for (const path of pages) {
      await page.goto(`${prefix}${path}`)
      expect(await bodyFontSize(page), path).toBeGreaterThanOrEqual(20)
      expect({ path, ...(await overflow(page)) }).toEqual({
        path,
        width: 390,
        scrollWidth: 390,
        over: [],
      })
      const small = await page
        .locator('.site-header a:visible')
        .evaluateAll((links) => links.filter((a) => a.getBoundingClientRect().height < 44).length)
      expect(small, path).toBe(0)
    }
    // The mode keeps WCAG 2.1 AA (contrast included) and also fits with a large default font.
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
      .analyze()
    expect(result.violations.map((v) => v.id)).toEqual([])
    await setDefaultFontSize(page, 24)
    await page.goto(`${prefix}/projects/jin-shan-shang-ye-guang-chang`)
    expect(await bodyFontSize(page)).toBe(30)
    expect((await overflow(page)).over).toEqual([])
  })
}

test('a visitor without the cookie never gets the large-text page from the cache', async ({
  browser,
  baseURL,
}) => {
  const elder = await browser.newContext()
  await elderContext(elder, baseURL!)
  const plain = await browser.newContext()
  // The visitor in the mode fills the cache; the next visitor is served from it.
  const first = await elder.request.get('/guides')
  const second = await plain.request.get('/guides')
  expect(second.headers()['x-portal-cache']).toBe('HIT')
  expect(await second.text()).toBe(await first.text())
  const page = await plain.newPage()
  await page.goto('/guides')
  expect(await bodyFontSize(page)).toBe(16)

  // The per-visitor stylesheet: never shared, never stored, each visitor's own
  // answer even when both ask at the same moment.
  const answers = await Promise.all(
    Array.from({ length: 12 }, (_, i) => (i % 2 ? elder : plain).request.get('/elder-mode.css')),
  )
  for (const [i, answer] of answers.entries()) {
    expect(answer.headers()['cache-control']).toBe('private, no-cache')
    expect(answer.headers()['vary']).toContain('Cookie')
    expect(answer.headers()['x-portal-cache']).toBe('BYPASS')
    const css = await answer.text()
    if (i % 2) expect(css).toContain('font-size: 125%')
    else expect(css).toBe('')
  }
  await elder.close()
  await plain.close()
})

test('the switch only sends visitors back to this portal', async ({ request }) => {
  for (const back of [
    '//evil.example/x',
    '/\\evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
  ]) {
    const answer = await request.get(`/elder-mode?on=1&back=${encodeURIComponent(back)}`, {
      maxRedirects: 0,
    })
    expect(answer.status()).toBe(303)
    expect(answer.headers()['location'], back).toBe('/')
  }
  const ok = await request.get('/elder-mode?on=0&back=%2Fen%2Fnews%3Fcategory%3Dnotice', {
    maxRedirects: 0,
  })
  expect(ok.headers()['location']).toBe('/en/news?category=notice')
  expect(ok.headers()['set-cookie']).toMatch(/portal_elder=;.*Max-Age=0/)
})
