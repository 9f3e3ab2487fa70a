import { expect, test } from '@playwright/test'
import { signIn } from './support/admin'
import { expectAccessible } from './support/axe'

// What the inspection looks for on the public side: an error report from any
// page's footer (我要纠错), and the annual report on the website, in both
// languages, readable by assistive technology.
const GUIDE = '/guides/wai-shang-tou-zi-qi-ye-she-li-bei-an'
// The demo publishes last year's report.
const REPORT_YEAR = new Date().getUTCFullYear() - 1

test('a visitor reports an error from a page’s footer and follows it with the number', async ({
  page,
}) => {
  await page.goto(GUIDE)
  await page.getByTestId('site-footer').getByRole('link', { name: '我要纠错' }).click()
  await expect(page).toHaveURL(/\/inquiry\/report-error\?page=%2Fguides%2F/)
  await expect(page.getByTestId('reported-page')).toHaveText(GUIDE)
  await expectAccessible(page)

  const form = page.getByTestId('inquiry-form')
  await form.getByLabel('姓名').fill('李明')
  await form.getByLabel('手机号码').fill('13900139000')
  await form.getByLabel('留言内容').fill('办理地点写的是二楼，现场窗口已经搬到一楼。')
  await form.getByLabel(/我已阅读并同意/).check()
  await form.getByRole('button', { name: '提交留言' }).click()
  await expect(page).toHaveURL(/\/inquiry\/received\?n=ZS-\d{8}-\d{4}$/)
  const number = await page.getByTestId('tracking-number').getAttribute('data-number')

  await page.goto('/inquiry/status')
  const lookup = page.getByTestId('lookup-form')
  await lookup.getByLabel('受理编号').fill(number!)
  await lookup.getByLabel(/手机号码或电子邮箱|手机号码或邮箱/).fill('13900139000')
  await lookup.getByRole('button', { name: '查询' }).click()
  const result = page.getByTestId('lookup-result')
  await expect(result).toContainText('网站纠错')
  await expect(result).toContainText(GUIDE)
  await expect(page.getByTestId('lookup-message')).toContainText('现场窗口已经搬到一楼')
})

test('the error report form names no other site, and works in English without JavaScript', async ({
  browser,
  page: scripted,
}) => {
  const address = '/en/inquiry/report-error?page=%2F%2Fevil.example%2Fphish'
  // axe runs as a script in the page, so it scans the same server-rendered page with JavaScript on.
  await scripted.goto(address)
  await expectAccessible(scripted)

  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(address)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByTestId('reported-page')).toHaveText(
    'No page named (taken as the home page)',
  )
  // No link leads off the site (the language switch keeps the query, on this site).
  const hosts = await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).host))
  expect(hosts).not.toContain('evil.example')

  const form = page.getByTestId('inquiry-form')
  await form.getByLabel(/^Name/).fill('Anna Schmidt')
  await form.getByLabel(/^E-mail/).fill('anna@example.com')
  await form.getByLabel(/^Message/).fill('The English page of the guides shows a Chinese heading.')
  await form.getByLabel(/I have read this and agree/).check()
  await form.getByRole('button', { name: /Send/ }).click()
  await expect(page).toHaveURL(/\/en\/inquiry\/received\?n=ZS-\d{8}-\d{4}$/)
  await context.close()
})

for (const prefix of ['', '/en']) {
  test(`${prefix || '/'} links to the published annual report, which passes axe`, async ({
    page,
  }) => {
    await page.goto(`${prefix}/`)
    await page.getByTestId('annual-report-link').click()
    await expect(page).toHaveURL(new RegExp(`${prefix}/annual-report/${REPORT_YEAR}$`))
    const report = page.getByTestId('annual-report')
    await expect(report.getByRole('heading', { level: 1 })).toContainText(String(REPORT_YEAR))
    await expect(report).toContainText('0000000000')
    await expect(page.getByTestId('report-columns')).toContainText(prefix ? 'Notices' : '通知公告')
    // The supply and demand board reports beside the site's own work (三结合).
    await expect(page.getByTestId('report-market')).toContainText(
      prefix ? 'Posts published' : '发布供求信息',
    )
    await expectAccessible(page)
  })
}

test('a year without a published report is not found; the published one is in the sitemap', async ({
  request,
}) => {
  expect(await (await request.get('/sitemap.xml')).text()).toContain(
    `/annual-report/${REPORT_YEAR}</loc>`,
  )
  expect((await request.get(`/annual-report/${REPORT_YEAR - 5}`)).status()).toBe(404)
  expect((await request.get('/en/annual-report/not-a-year')).status()).toBe(404)
})

test('staff see the site health on their landing page and in its own view', async ({ page }) => {
  await signIn(page, 'demo@example.com')
  const panel = page.getByTestId('site-health-panel')
  await expect(panel).toBeVisible()
  await panel.getByRole('link', { name: '查看全部检查项' }).click()
  await expect(page).toHaveURL(/\/admin\/site-health$/)
  const view = page.getByTestId('site-health-view')
  // The demo's guides carry every checklist element; its news columns are listed with their dates.
  await expect(view.getByTestId('health-guides').locator('[data-level]')).toHaveAttribute(
    'data-level',
    'green',
  )
  await expect(view.getByTestId('health-column:news-investment')).toContainText('天前')
  await expect(view.getByTestId('health-links-broken')).toContainText('尚未检查')
})
