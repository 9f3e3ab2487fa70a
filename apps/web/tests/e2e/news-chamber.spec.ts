import { expect, test } from '@playwright/test'

// The demo seed publishes 17 news items (5 notices); the newest is the foreign-trade notice,
// and two items have no English translation.
const PUBLISHED_NEWS = 17
const NEWEST_TITLE = '关于做好2026年度外贸发展扶持资金申报工作的通知'
const UNTRANSLATED_SLUG = 'shang-hui-yu-yin-hang-ji-gou-qian-ding-rong-zi-hu-zhu-he-zuo-xie-yi'
const UNTRANSLATED_TITLE = '县商会与县内银行机构签订融资互助合作协议'
const TRANSLATED_SLUG = 'jin-shan-shang-ye-guang-chang-qian-shu-tou-zi-kuang-jia-xie-yi'
const CHAMBER_FUNCTIONS = ['信息交流', '维护权益', '联络乡情', '合作投资', '融资互助']

test('the news list shows a count, cards and category navigation', async ({ page }) => {
  await page.goto('/news')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('新闻动态')
  await expect(page.getByTestId('news-count')).toHaveText(`共 ${PUBLISHED_NEWS} 条`)
  await expect(page.getByTestId('news-card')).toHaveCount(12)
  await expect(page.getByTestId('news-card').first()).toContainText(NEWEST_TITLE)
  const nav = page.getByTestId('news-categories')
  await expect(nav.getByRole('link', { name: '全部' })).toHaveAttribute('aria-current', 'page')

  await nav.getByRole('link', { name: '通知公告' }).click()
  await expect(page).toHaveURL(/\/news\?category=notice$/)
  await expect(nav.getByRole('link', { name: '通知公告' })).toHaveAttribute('aria-current', 'page')
  await expect(page.getByTestId('news-count')).toHaveText('共 5 条')
  const badges = page.getByTestId('news-category')
  await expect(badges).toHaveCount(5)
  for (const badge of await badges.all()) await expect(badge).toHaveText('通知公告')
})

test('the news list pages through more than 12 items', async ({ page }) => {
  await page.goto('/news')
  await page.getByRole('link', { name: '下一页' }).click()
  await expect(page).toHaveURL(/\/news\?page=2$/)
  await expect(page.getByTestId('news-card')).toHaveCount(PUBLISHED_NEWS - 12)
  await expect(page.getByRole('link', { name: '下一页' })).toHaveCount(0)
  await expect(page.getByRole('link', { name: '上一页' })).toBeVisible()
})

test('a news article has its title as h1 and NewsArticle structured data', async ({ page }) => {
  await page.goto('/news')
  await page.getByRole('link', { name: NEWEST_TITLE }).click()
  await expect(page).toHaveURL(/\/news\/wai-mao-fa-zhan-fu-chi-zi-jin-shen-bao-tong-zhi$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NEWEST_TITLE)
  await expect(page.getByTestId('translation-notice')).toHaveCount(0)
  const ld = await page.locator('script[type="application/ld+json"]').first().textContent()
  const data = JSON.parse(ld ?? '{}') as Record<string, unknown>
  expect(data['@type']).toBe('NewsArticle')
  expect(data.headline).toBe(NEWEST_TITLE)
  expect(data.datePublished).toBeTruthy()
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')

  await page.goto(`/en/news/${TRANSLATED_SLUG}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Jinshan Commercial Plaza signs investment framework agreement',
  )
  await expect(page.getByTestId('translation-notice')).toHaveCount(0)
})

test('an English reader of an untranslated news item is told so', async ({ page }) => {
  await page.goto(`/en/news/${UNTRANSLATED_SLUG}`)
  await expect(page.getByTestId('translation-notice')).toBeVisible()
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toHaveText(UNTRANSLATED_TITLE)
  await expect(heading).toHaveAttribute('lang', 'zh-CN')
})

test('an unknown news item is not found', async ({ page }) => {
  const response = await page.goto('/news/no-such-news')
  expect(response?.status()).toBe(404)
  await expect(page.getByTestId('not-found')).toBeVisible()
})

test('the RSS feed lists the newest published news', async ({ request }) => {
  const response = await request.get('/news/rss.xml')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toContain('application/rss+xml')
  const body = await response.text()
  expect(body).toContain('<rss')
  expect(body.match(/<item>/g) ?? []).toHaveLength(Math.min(30, PUBLISHED_NEWS))
  expect(body).toContain(NEWEST_TITLE)
  expect(body).toMatch(/<pubDate>\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT<\/pubDate>/)

  const english = await (await request.get('/en/news/rss.xml')).text()
  expect(english).toContain('Notice on claims for 2026 foreign-trade support')
  expect(english).toContain('/en/news/')
})

test('the chamber page shows its name, functions and contacts', async ({ page }) => {
  await page.goto('/chamber')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('示范县商会（在外乡贤联谊会）')
  const functions = page.getByTestId('chamber-functions').getByRole('heading', { level: 3 })
  await expect(functions).toHaveText(CHAMBER_FUNCTIONS)
  const contact = page.locator('#contact')
  await expect(contact.getByRole('heading', { level: 2 })).toHaveText('联系商会')
  await expect(contact.locator('a[href^="tel:"]').first()).toBeVisible()
  await expect(contact.locator('a[href="mailto:shanghui@example.com"]')).toBeVisible()

  await page.goto('/en/chamber')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Demo County Chamber of Commerce (Hometown Entrepreneurs’ Association)',
  )
  await expect(page.getByTestId('translation-notice')).toHaveCount(0)
  await expect(page.locator('#contact').getByRole('heading', { level: 2 })).toHaveText(
    'Contact the chamber',
  )
})
