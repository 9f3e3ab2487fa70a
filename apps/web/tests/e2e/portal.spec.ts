import { expect, test } from '@playwright/test'
import { expectAccessible } from './support/axe'
import { PAGE_TYPES } from './support/pages'

const pages = [
  ...PAGE_TYPES,
  '/projects?sector=nonferrous',
  '/projects?view=landed&sector=energy&sector=agrifood&stage=construction',
  '/search?q=冷链',
  '/inquiry/received?n=ZS-20261128-0042',
]

for (const path of pages) {
  for (const prefix of ['', '/en']) {
    test(`${prefix}${path} has no WCAG 2.1 AA violations and the right language`, async ({
      page,
    }) => {
      const response = await page.goto(`${prefix}${path}`)
      expect(response?.status()).toBe(path === '/no-such-page' ? 404 : 200)
      await expect(page.locator('html')).toHaveAttribute('lang', prefix ? 'en' : 'zh-CN')
      await expectAccessible(page)
    })
  }
}

test('the project filters work as a plain form and narrow the list', async ({ browser }) => {
  // No JavaScript at all: the filters are an ordinary GET form.
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/projects')
  const total = await page.getByTestId('project-card').count()
  await page.getByRole('checkbox', { name: '有色冶炼及深加工' }).check()
  await page.getByRole('button', { name: '筛选' }).click()
  await expect(page).toHaveURL(/sector=nonferrous/)
  const cards = page.getByTestId('project-card')
  await expect(cards.first()).toBeVisible()
  expect(await cards.count()).toBeLessThan(total)
  for (const text of await cards.allTextContents()) expect(text).toContain('有色冶炼及深加工')
  await context.close()
})

test('with JavaScript, changing a filter applies it at once and the URL can be shared', async ({
  page,
}) => {
  await page.goto('/projects')
  // The script applies a select once it has run; before that the form's own
  // button does the same without JavaScript.
  await expect(page.locator('form[data-filters][data-enhanced="true"]')).toHaveCount(1)
  await page.locator('select[name="size"]').selectOption('over-1b')
  await expect(page).toHaveURL(/size=over-1b/)
  await expect(page.getByTestId('project-card')).toHaveCount(1)
  await expect(page.getByTestId('project-card')).toContainText('15 亿元')

  await page.goto('/en/projects?park=you-se-ye-lian-xiang-mu-qu&size=over-1b')
  await expect(page.getByTestId('project-card')).toHaveCount(1)
  await expect(page.getByTestId('project-card')).toContainText(
    'Non-ferrous Metals Deep-Processing Park',
  )
})

test('keyword search in the library and a filter value nobody offers', async ({ page }) => {
  await page.goto('/projects?q=大理石')
  const cards = page.getByTestId('project-card')
  await expect(cards.filter({ hasText: '青兰大理石加工' })).toHaveCount(1)
  for (const text of await cards.allTextContents()) expect(text).toContain('大理石')
  // A tampered filter is ignored rather than sent to the CMS.
  const tampered = await page.goto('/projects?sector=%27%20OR%201%3D1&page=-4')
  expect(tampered?.status()).toBe(200)
  await expect(page.getByTestId('project-count')).toHaveText(/^共 \d+ 个项目$/)
})

test('the language switch keeps the visitor on the same page and filters', async ({ page }) => {
  await page.goto('/projects?stage=operating')
  await page.getByTestId('language-switch').click()
  await expect(page).toHaveURL(/\/en\/projects\?stage=operating$/)
  await expect(page.locator('link[rel="alternate"][hreflang="zh-CN"]')).toHaveAttribute(
    'href',
    /\/projects$/,
  )
})

test('a project page shows its facts, gallery and brochure', async ({ page }) => {
  await page.goto('/projects/jin-shan-shang-ye-guang-chang')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('金山商业广场')
  await expect(page.getByRole('row', { name: /所在园区/ })).toContainText('县城新区')
  const image = page.locator('.gallery img').first()
  await expect(image).toHaveAttribute('srcset', /\/media\/.+ 320w/)
  await expect(image).toHaveAttribute('width', /\d+/)
  const loaded = await image.evaluate(
    (img: HTMLImageElement) => img.complete && img.naturalWidth > 0,
  )
  expect(loaded).toBe(true)
  const brochure = await page.request.get(
    (await page.getByTestId('brochure').getAttribute('href')) ?? '',
  )
  expect(brochure.headers()['content-type']).toBe('application/pdf')
})

test('the home page shows featured projects, indicator progress and both paths', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByTestId('project-card')).toHaveCount(4)
  await expect(page.getByTestId('indicators').locator('progress')).toHaveCount(8)
  await expect(page.getByTestId('path-from-here')).toHaveAttribute('href', '/chamber')
  await expect(page.getByTestId('site-footer')).toContainText('ICP')
})

test('site search finds documents of every kind', async ({ page }) => {
  await page.goto('/search?q=成品油')
  const results = page.getByTestId('search-results')
  await expect(results).toContainText('办事指南')
  await expect(results).toContainText('新闻动态')
})

test('sitemap and robots describe published pages only', async ({ request }) => {
  const sitemap = await request.get('/sitemap.xml')
  expect(sitemap.status()).toBe(200)
  const xml = await sitemap.text()
  expect(xml).toMatch(/^<\?xml/)
  expect(xml).toContain('/projects/jin-shan-shang-ye-guang-chang</loc>')
  expect(xml).toContain('/en/news/')
  expect(xml).not.toContain('shang-wu-jiu-dian')
  expect((xml.match(/<url>/g) ?? []).length).toBe((xml.match(/<\/url>/g) ?? []).length)
  const robots = await request.get('/robots.txt')
  expect(await robots.text()).toContain('Sitemap: ')
})

test('pages with no interaction ship no JavaScript', async ({ page }) => {
  for (const path of [
    '/news',
    '/policies/kai-fang-xing-jing-ji-ruo-gan-zheng-ce-cuo-shi',
    '/guides',
    '/chamber',
  ]) {
    await page.goto(path)
    await expect(page.locator('script[src], script[type="module"]')).toHaveCount(0)
  }
})

test('a project prints as a clean one-page sheet', async ({ page }) => {
  for (const path of [
    '/projects/jin-shan-shang-ye-guang-chang',
    '/en/projects/jin-shan-shang-ye-guang-chang',
  ]) {
    await page.goto(path)
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('.site-header')).toBeHidden()
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1')
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1)
    await page.emulateMedia({ media: 'screen' })
  }
})
