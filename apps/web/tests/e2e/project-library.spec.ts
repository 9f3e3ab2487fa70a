import { expect, test, type Page } from '@playwright/test'

// The project library an investor can trust: open projects first, landed ones
// in their own view, dropped ones nowhere, filters with several values that
// work without JavaScript, an order to choose, a feed for every filtered view,
// and English lists that say which items are only in Chinese.
const cmsUrl = process.env.E2E_CMS_URL ?? 'http://localhost:3100'
const DROPPED = { slug: 'ji-xie-pei-jian-zhi-zao', zh: '机械配件制造' }
const OPEN_STAGES = ['储备包装', '在谈']
const LANDED_STAGES = ['已签约', '在建', '已投产']

/**
 * How many published projects of these stages the CMS gives the public (other
 * specs of a run may publish projects of their own, so counts are not fixed).
 */
async function cmsCount(page: Page, query: string): Promise<number> {
  const answer = await page.request.get(`${cmsUrl}/api/projects?limit=1&depth=0&${query}`)
  return ((await answer.json()) as { totalDocs: number }).totalDocs
}
const OPEN = 'where[stage][in]=reserve,negotiating'
const LANDED = 'where[stage][in]=signed,construction,operating'

/** The slugs of the project cards on the page, in order. */
async function cardSlugs(page: Page): Promise<string[]> {
  const hrefs = await page
    .getByTestId('project-card')
    .locator('.card-title a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  return hrefs.map((href) => href.split('/').pop() ?? '')
}

/** The slugs a feed lists, in order. */
async function feedSlugs(page: Page, href: string): Promise<string[]> {
  const response = await page.request.get(href)
  expect(response.headers()['content-type']).toContain('application/rss+xml')
  const xml = await response.text()
  return [...xml.matchAll(/<link>[^<]*\/projects\/([^<]+)<\/link>/g)].map((m) => m[1] ?? '')
}

test('the default view shows projects open to investors, featured first, never a dropped one', async ({
  page,
}) => {
  await page.goto('/projects')
  const open = await cmsCount(page, OPEN)
  expect(open).toBeGreaterThanOrEqual(17)
  await expect(page.getByTestId('project-count')).toHaveText(`共 ${open} 个项目`)
  const cards = page.getByTestId('project-card')
  for (const text of await cards.allTextContents()) {
    expect(
      OPEN_STAGES.some((stage) => text.includes(stage)),
      text,
    ).toBe(true)
  }
  // The four projects the work plan names are featured: they lead the list.
  expect((await cardSlugs(page)).slice(0, 4).sort()).toEqual(
    [
      'ai-fa-di-chan-kai-fa',
      'jin-huang-ran-qi',
      'jin-shan-shang-ye-guang-chang',
      'qing-lan-da-li-shi-jia-gong',
    ].sort(),
  )
  await expect(page.getByText(DROPPED.zh)).toHaveCount(0)
  await expect(
    page.getByTestId('project-views').getByRole('link', { name: '招商项目' }),
  ).toHaveAttribute('aria-current', 'page')
})

test('landed projects have their own view, linked from the list', async ({ page }) => {
  await page.goto('/projects')
  await page.getByTestId('project-views').getByRole('link', { name: '落地项目' }).click()
  await expect(page).toHaveURL(/\/projects\?view=landed$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('落地项目')
  const landed = await cmsCount(page, LANDED)
  expect(landed).toBeGreaterThanOrEqual(13)
  await expect(page.getByTestId('project-count')).toHaveText(`共 ${landed} 个项目`)
  for (const text of await page.getByTestId('project-card').allTextContents()) {
    expect(
      LANDED_STAGES.some((stage) => text.includes(stage)),
      text,
    ).toBe(true)
  }
  await expect(page.getByText(DROPPED.zh)).toHaveCount(0)
})

test('a dropped project is shown nowhere: page, lists, search, sitemap, feeds, home', async ({
  request,
}) => {
  // The project exists for staff; the CMS answers the public (and the portal) nothing.
  const inCms = await request.get(
    `${cmsUrl}/api/projects?where[slug][equals]=${DROPPED.slug}&depth=0`,
  )
  expect(((await inCms.json()) as { totalDocs: number }).totalDocs).toBe(0)
  for (const prefix of ['', '/en']) {
    expect((await request.get(`${prefix}/projects/${DROPPED.slug}`)).status()).toBe(404)
  }
  for (const path of [
    '/',
    '/projects?stage=dropped',
    '/projects?view=landed&stage=dropped',
    '/projects?q=机械配件',
    '/search?q=机械配件',
    '/en/search?q=机械配件',
    '/sitemap.xml',
    '/projects/rss.xml',
    '/projects/rss.xml?view=landed',
    '/projects/rss.xml?stage=dropped',
  ]) {
    const answer = await request.get(path)
    expect(answer.status(), path).toBe(200)
    const body = await answer.text()
    expect(body, path).not.toContain(DROPPED.slug)
    expect(body, path).not.toContain(DROPPED.zh)
  }
})

test('sector and stage take several values as a plain form, without JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto('/projects?view=landed')
  const filters = page.getByTestId('filters')
  await filters.getByRole('checkbox', { name: '能源' }).check()
  await filters.getByRole('checkbox', { name: '农产品加工' }).check()
  await filters.getByRole('button', { name: '筛选' }).click()
  await expect(page).toHaveURL(/view=landed/)
  await expect(page).toHaveURL(/sector=energy&sector=agrifood/)
  await expect(page.getByTestId('project-count')).toHaveText(/^共 4 个项目\s*（已筛选）$/)
  for (const text of await page.getByTestId('project-card').allTextContents()) {
    expect(text.includes('能源') || text.includes('农产品加工'), text).toBe(true)
  }
  // Two stages of the landed view narrow it further; the choices stay ticked.
  await filters.getByRole('checkbox', { name: '在建' }).check()
  await filters.getByRole('checkbox', { name: '已投产' }).check()
  await filters.getByRole('button', { name: '筛选' }).click()
  await expect(page).toHaveURL(/stage=construction&stage=operating/)
  await expect(filters.getByRole('checkbox', { name: '能源' })).toBeChecked()
  await expect(page.getByTestId('project-count')).toHaveText(/^共 3 个项目\s*（已筛选）$/)
  for (const text of await page.getByTestId('project-card').allTextContents()) {
    expect(text.includes('在建') || text.includes('已投产'), text).toBe(true)
  }
  await context.close()
})

test('a size band for 100 million yuan and more, and a sort by newest and by size', async ({
  page,
  request,
}) => {
  await page.goto('/projects?size=over-100m')
  const large = await cmsCount(page, `${OPEN}&where[investmentSize][greater_than_equal]=10000`)
  expect(large).toBe(10)
  await expect(page.getByTestId('project-count')).toHaveText(
    new RegExp(`^共 ${large} 个项目\\s*（已筛选）$`),
  )
  await page.goto('/projects?sort=size')
  // 15 亿元 is the largest open project.
  expect((await cardSlugs(page))[0]).toBe('you-se-jin-shu-jing-shen-jia-gong-chan-ye-yuan')
  await expect(page.getByLabel('排序')).toHaveValue('size')
  await page.goto('/projects?sort=newest')
  const newest = await request.get(
    `${cmsUrl}/api/projects?sort=-updatedAt&limit=1&depth=0&where[stage][in]=reserve,negotiating`,
  )
  const [latest] = ((await newest.json()) as { docs: { slug: string }[] }).docs
  expect((await cardSlugs(page))[0]).toBe(latest?.slug)
})

test('every filtered view links to a feed of exactly that filter', async ({ page }) => {
  for (const path of [
    '/projects?view=landed&sector=energy&sector=agrifood',
    '/projects?sector=agrifood&sector=energy',
    '/en/projects?size=over-100m&sort=size',
  ]) {
    await page.goto(path)
    const link = page.locator(
      'link[rel="alternate"][type="application/rss+xml"][href*="/projects/rss.xml"]',
    )
    await expect(link).toHaveCount(1)
    const href = (await link.getAttribute('href')) ?? ''
    expect(href).not.toContain('sort=')
    await expect(page.getByTestId('project-feed')).toHaveAttribute('href', href)
    // The feed lists the same projects as the page (newest first, so compare as sets).
    expect((await feedSlugs(page, href)).sort(), path).toEqual((await cardSlugs(page)).sort())
  }
  const english = await page.request.get('/en/projects/rss.xml?view=landed&sector=energy')
  const xml = await english.text()
  expect(xml).toContain('<language>en</language>')
  expect(xml).toContain('/en/projects/rss.xml?view=landed&amp;sector=energy')
})

test('English lists label the items that are only in Chinese and read units naturally', async ({
  page,
}) => {
  const lists = ['/en/projects', '/en/news', '/en/policies', '/en/guides', '/en/search?q=县']
  let labelled = 0
  for (const path of lists) {
    await page.goto(path)
    const items = page.locator('article.card')
    for (const item of await items.all()) {
      const title = item.locator('h2 a, h3 a').first()
      const chinese = (await title.getAttribute('lang')) === 'zh-CN'
      await expect(item.getByTestId('chinese-only'), path).toHaveCount(chinese ? 1 : 0)
      if (chinese) {
        await expect(item.getByTestId('chinese-only')).toHaveText('Chinese only')
        labelled++
      }
    }
    // No full-width punctuation in the English interface (Chinese originals excepted).
    const stray = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      const found: string[] = []
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? ''
        if (/[，。：；（）、]/.test(text) && !node.parentElement?.closest('[lang^="zh"]'))
          found.push(text.trim())
      }
      return found
    })
    expect(stray, path).toEqual([])
  }
  expect(labelled).toBeGreaterThan(0)
  await page.goto('/en/projects')
  const plaza = page.getByTestId('project-card').filter({ hasText: 'Jinshan Commercial Plaza' })
  await expect(plaza).toContainText('CNY 580 million')
  await page.goto('/en/projects?q=packaging')
  await expect(page.getByTestId('project-card').first()).toContainText('USD 12 million')
})

test('a search result shows its excerpt once, and a project page its summary once', async ({
  page,
}) => {
  await page.goto('/search?q=大理石')
  const hit = page.getByTestId('search-hit').filter({ hasText: '青兰大理石加工' })
  const excerpt = (await hit.locator('p').first().textContent()) ?? ''
  const opening = excerpt.replace(/^…/, '').slice(0, 15)
  expect(opening.length).toBe(15)
  expect(excerpt.split(opening).length - 1).toBe(1)

  // This project's body only repeats its summary: no "details" section repeats it.
  await page.goto('/projects/qing-lan-da-li-shi-jia-gong')
  const lead = (await page.locator('.lead').first().textContent())?.trim() ?? ''
  expect(lead.length).toBeGreaterThan(10)
  const text = (await page.getByTestId('project-detail').textContent()) ?? ''
  expect(text.split(lead).length - 1).toBe(1)
  await expect(page.getByRole('heading', { name: '项目详情' })).toHaveCount(0)
  // With details of its own, the section shows them, still without the summary.
  await page.goto('/projects/jin-shan-shang-ye-guang-chang')
  await expect(page.getByRole('heading', { name: '项目详情' })).toBeVisible()
  const plaza = (await page.locator('.lead').first().textContent())?.trim() ?? ''
  const all = (await page.getByTestId('project-detail').textContent()) ?? ''
  expect(all.split(plaza).length - 1).toBe(1)
})

test('the brochure sits with the key facts, with its language and size', async ({ page }) => {
  await page.goto('/projects/jin-shan-shang-ye-guang-chang')
  const row = page
    .locator('table.facts')
    .first()
    .getByRole('row', { name: /项目推介书/ })
  await expect(row.getByTestId('brochure')).toHaveText(/^项目推介书（PDF，中英文，\d+ KB）$/)
  await page.goto('/en/projects/jin-shan-shang-ye-guang-chang')
  await expect(page.getByTestId('brochure')).toHaveText(
    /^Project brochure \(PDF, Chinese and English, \d+ KB\)$/,
  )
  const pdf = await page.request.get(
    (await page.getByTestId('brochure').getAttribute('href')) ?? '',
  )
  expect(pdf.headers()['content-type']).toBe('application/pdf')
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')
})

test('the library reads on a 390 px phone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  for (const path of ['/projects?view=landed', '/en/projects?sector=energy&sector=agrifood']) {
    await page.goto(path)
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width, path).toBeLessThanOrEqual(390)
  }
  await context.close()
})
