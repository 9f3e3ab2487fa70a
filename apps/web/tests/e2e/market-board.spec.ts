import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'

// The supply and demand board (农产品供求): browsing and filtering with and
// without JavaScript, in both languages; posting (a tracking number, then the
// review state on the status page); replying to a post without ever seeing
// the poster's contact. Demo content: twelve seeded posts, one expired.

/** Runs axe-core with the WCAG 2.1 A and AA rules and expects no violation. */
async function expectAccessible(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze()
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([])
}

/** Seeded demo posters' numbers (13800000101 …): none may ever reach a page. */
const SEEDED_PHONES = /138000001\d\d/

/** The address of the first post on a board page. */
async function firstPostPath(page: Page, board = '/market') {
  await page.goto(board)
  const href = await page.getByTestId('market-card').first().getByRole('link').getAttribute('href')
  expect(href).toMatch(/\/market\/\d+$/)
  return href!
}

test.describe('browsing without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the board filters as a plain form, each filtered view with its own feed', async ({
    page,
  }) => {
    await page.goto('/market')
    await expect(page.getByRole('navigation', { name: '主导航' })).toContainText('农产品供求')
    const cards = page.getByTestId('market-card')
    const total = await cards.count()
    expect(total).toBeGreaterThan(5)
    // The expired post left the board by itself.
    await expect(page.getByTestId('market-board')).not.toContainText('高山萝卜')
    await expect(page.locator('body')).not.toContainText(SEEDED_PHONES)

    await page.getByLabel('供求类型').selectOption('demand')
    await page.getByLabel('产品类别').selectOption('pork')
    await page.getByRole('button', { name: '筛选' }).click()
    await expect(page).toHaveURL(/kind=demand/)
    await expect(page).toHaveURL(/category=pork/)
    expect(await cards.count()).toBeLessThan(total)
    for (const card of await cards.all()) {
      await expect(card).toHaveAttribute('data-kind', 'demand')
      await expect(card).toContainText('生猪及猪肉')
    }

    const feed = page.locator('link[rel="alternate"][type="application/rss+xml"]').last()
    const feedHref = await feed.getAttribute('href')
    expect(feedHref).toBe('/market/rss.xml?kind=demand&category=pork')
    const xml = await (await page.request.get(feedHref!)).text()
    expect(xml).toContain('<rss version="2.0"')
    expect(xml).toContain('/market/rss.xml?kind=demand&amp;category=pork')
    expect(xml).toContain('学校食堂求购冷鲜猪肉')
    expect(xml).not.toContain('石桥镇出栏土黑猪')
  })

  test('the township filter and the English board work the same', async ({ page }) => {
    await page.goto(`/en/market?township=${encodeURIComponent('南山乡')}`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    const cards = page.getByTestId('market-card')
    expect(await cards.count()).toBeGreaterThan(0)
    for (const text of await cards.allTextContents()) expect(text).toContain('南山乡')
    await expect(page.getByTestId('market-feed')).toHaveAttribute(
      'href',
      `/en/market/rss.xml?township=${encodeURIComponent('南山乡')}`,
    )
  })

  test('a visitor replies to a post as plain HTML and gets a number, never the poster’s contact', async ({
    page,
  }) => {
    const path = await firstPostPath(page, '/en/market?kind=supply')
    await page.goto(path)
    const post = page.getByTestId('market-post')
    await expect(post.getByRole('heading', { name: 'Contact the supplier' })).toBeVisible()
    expect(await page.content()).not.toMatch(SEEDED_PHONES)
    const form = page.getByTestId('inquiry-form')
    await form.getByLabel('Name').fill('Li Wei')
    await form.getByLabel('Mobile phone').fill('+86 137 0000 1111')
    await form.getByLabel('Message').fill('We buy 200 kg every week for our tea shops.')
    await form.getByLabel(/I have read this/).check()
    await form.getByRole('button', { name: 'Send inquiry' }).click()
    await expect(page).toHaveURL(/\/en\/inquiry\/received\?n=ZS-\d{8}-\d{4}$/)
  })
})

/** Fills the posting form in Chinese (a cold-store's demand for vegetables). */
async function fillPost(page: Page, quantity: string) {
  const form = page.getByTestId('inquiry-form')
  await form.getByLabel('姓名').fill('张经理')
  await form.getByLabel('手机号码').fill('139 8888 0001')
  await form.getByRole('radio', { name: '求购' }).check()
  await form.getByLabel('产品类别').selectOption('vegetables')
  await form.getByLabel('品种').fill('高山白菜')
  await form.getByLabel('数量').fill(quantity)
  await form.getByRole('combobox', { name: /^单位（/ }).selectOption('tonne')
  await form.getByLabel('产地（乡镇）').fill('石桥镇')
  const day = new Date().toISOString().slice(0, 10)
  await form.getByLabel('供货或需求开始日期').fill(day)
  await form.getByLabel('信息有效期至').fill(day)
  await form.getByRole('checkbox', { name: '绿色食品' }).check()
  await form.getByLabel('留言内容').fill('冷库每周收购高山白菜，要求预冷后装车。')
  await form.getByLabel(/我已阅读并同意/).check()
}

test('a buyer posts with JavaScript: inline checks, a number, and “awaiting review” on the status page', async ({
  page,
}) => {
  await page.goto('/market')
  await page.getByRole('link', { name: '发布供求信息' }).click()
  await expect(page).toHaveURL(/\/market\/new$/)
  const form = page.getByTestId('inquiry-form')
  await fillPost(page, '很多')
  await form.getByRole('button', { name: '提交留言' }).click()
  // The shared contract refused it in the browser: nothing was sent.
  await expect(page.getByTestId('inquiry-errors')).toContainText('数量应为大于零的数字')
  await expect(page).toHaveURL(/\/market\/new$/)

  await form.getByLabel('数量').fill('20')
  await form.getByRole('button', { name: '提交留言' }).click()
  await expect(page).toHaveURL(/\/inquiry\/received\?n=ZS-\d{8}-\d{4}$/)
  const number = await page.getByTestId('tracking-number').getAttribute('data-number')

  await page.goto('/inquiry/status')
  const lookup = page.getByTestId('lookup-form')
  await lookup.getByLabel('受理编号').fill(number!)
  await lookup.getByLabel(/手机号码或电子邮箱|手机号码或邮箱/).fill('13988880001')
  await lookup.getByRole('button', { name: '查询' }).click()
  await expect(page.getByTestId('lookup-result')).toContainText('发布供求信息')
  await expect(page.getByTestId('lookup-result')).toContainText('已受理')

  // Not on the board before a reviewer approves it.
  await page.goto('/market?township=石桥镇')
  await expect(page.getByTestId('market-board')).not.toContainText('高山白菜')
})

test.describe('posting without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the server tells each wrong field of the post in English and keeps what was typed', async ({
    page,
  }) => {
    await page.goto('/en/market/new')
    const form = page.getByTestId('inquiry-form')
    await form.getByLabel('Name').fill('Hekou Family Farm')
    await form.getByLabel('Mobile phone').fill('+86 139 8888 0002')
    await form.getByRole('radio', { name: 'Supply' }).check()
    await form.getByLabel('Product category').selectOption('fruit')
    await form.getByLabel('Variety').fill('Navel oranges')
    await form.getByLabel('Quantity').fill('lots')
    await form.getByLabel('Message').fill('Thirty tonnes of navel oranges, graded and boxed.')
    await form.getByLabel(/I have read this/).check()
    await form.getByRole('button', { name: 'Send inquiry' }).click()

    const summary = page.getByTestId('inquiry-errors')
    await expect(summary).toContainText('Quantity: please give a number above zero')
    await expect(summary).toContainText('Unit')
    await expect(form.getByLabel('Quantity')).toHaveAttribute('aria-invalid', 'true')
    await expect(form.getByLabel('Variety')).toHaveValue('Navel oranges')

    const day = new Date().toISOString().slice(0, 10)
    await form.getByLabel('Quantity').fill('30')
    await form.getByRole('combobox', { name: /^Unit \(/ }).selectOption('tonne')
    await form.getByLabel('Origin (township)').fill('河口镇')
    await form.getByLabel('Available or wanted from').fill(day)
    await form.getByLabel('Post expires on').fill(day)
    await form.getByLabel(/I have read this/).check()
    await form.getByRole('button', { name: 'Send inquiry' }).click()
    await expect(page).toHaveURL(/\/en\/inquiry\/received\?n=ZS-\d{8}-\d{4}$/)
  })
})

test('a post shows the photo a reviewer added, described for screen readers', async ({ page }) => {
  await page.goto('/market?category=tea')
  await page
    .getByTestId('market-card')
    .filter({ hasText: '高山绿茶' })
    .first()
    .getByRole('link')
    .click()
  const photo = page
    .getByRole('region', { name: '图片' })
    .getByRole('img', { name: '高山绿茶实拍图' })
  await expect(photo).toBeVisible()
  await expect
    .poll(() => photo.evaluate((img) => (img as HTMLImageElement).naturalWidth))
    .toBeGreaterThan(0)
})

test('the board ties in: the home page, an agri-food project and the nav link to it', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByTestId('home-market').getByRole('listitem').first()).toBeVisible()
  await page.goto('/projects/gao-shan-cha-ye-jing-shen-jia-gong')
  const related = page.getByTestId('project-market')
  await expect(related).toContainText('高山绿茶')
  await expect(related).not.toContainText('脐橙')
})

test('the board reads on a 390 px phone without sideways scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  const page = await context.newPage()
  for (const path of ['/market', '/market/new', await firstPostPath(page)]) {
    await page.goto(path)
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width, path).toBeLessThanOrEqual(390)
  }
  await context.close()
})

for (const prefix of ['', '/en']) {
  test(`${prefix}/market, a post page and the posting form have no WCAG 2.1 AA violations`, async ({
    page,
  }) => {
    const post = await firstPostPath(page, `${prefix}/market`)
    for (const path of [`${prefix}/market?kind=supply`, post, `${prefix}/market/new`]) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(200)
      await expect(page.locator('html')).toHaveAttribute('lang', prefix ? 'en' : 'zh-CN')
      await expectAccessible(page)
    }
  })
}
