import { expect, test } from '@playwright/test'

// Policies and service guides as a visitor on a phone reads them, with the demo seed.
// The filters are a plain GET form, so the tests load the URLs the form would submit.

const SUPERSEDED = 'zhao-shang-yin-zi-you-hui-ban-fa'
const NEWER = 'kai-fang-xing-jing-ji-ruo-gan-zheng-ce-cuo-shi'
const UNTRANSLATED = 'wan-cun-qian-xiang-shi-chang-gong-cheng-jian-she-shi-shi-fang-an'

const countOf = async (text: string) => Number(/\d+/.exec(text)?.[0] ?? NaN)

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the policy list filters by topic and status', async ({ page }) => {
    await page.goto('/policies')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('政策措施')
    const total = await countOf((await page.getByTestId('policy-count').textContent()) ?? '')
    expect(total).toBeGreaterThan(3)
    await expect(page.getByTestId('policy-card').first()).toBeVisible()
    await expect(page.getByLabel('政策分类')).toBeVisible()
    await expect(page.getByLabel('效力状态')).toBeVisible()
    await expect(page.getByLabel('关键词')).toBeVisible()

    // Submitting the form is a plain GET: choose a topic and press the button.
    await page.getByLabel('政策分类').selectOption('market')
    await page.getByRole('button', { name: '筛选' }).click()
    await expect(page).toHaveURL(/\/policies\?topic=market/)
    const cards = page.getByTestId('policy-card')
    const marketCount = await countOf((await page.getByTestId('policy-count').textContent()) ?? '')
    expect(marketCount).toBeLessThan(total)
    await expect(cards).toHaveCount(marketCount)
    for (const topic of await page.getByTestId('policy-topic').allTextContents()) {
      expect(topic.trim()).toBe('市场建设')
    }
    await expect(page.getByLabel('政策分类')).toHaveValue('market')

    // The filter offers the four states, and each list holds only its own.
    await expect(page.getByLabel('效力状态').locator('option')).toHaveText([
      '全部',
      '尚未生效',
      '现行有效',
      '已失效',
      '已废止或已被修改',
    ])
    for (const state of ['not-yet-effective', 'in-force', 'expired', 'repealed']) {
      await page.goto(`/policies?status=${state}`)
      const validities = await page
        .getByTestId('policy-card')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-validity')))
      expect(validities.length, state).toBeGreaterThan(0)
      for (const validity of validities) expect(validity).toBe(state)
    }
    await expect(page.getByRole('link', { name: '示范县招商引资优惠办法' })).toBeVisible()
    await expect(page.getByRole('link', { name: '示范县标准厂房租金补贴暂行办法' })).toBeVisible()

    // The defect: a policy that takes effect on 2027-01-01 was listed as in force.
    await page.goto('/policies?status=in-force')
    for (const badge of await page.getByTestId('policy-validity').allTextContents()) {
      expect(badge.trim()).toBe('现行有效')
    }
    await expect(page.getByRole('link', { name: '示范县承接产业转移扶持办法' })).toHaveCount(0)
  })
})

test('a superseded policy points to the policy that replaced it', async ({ page }) => {
  await page.goto(`/policies/${SUPERSEDED}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('示范县招商引资优惠办法')
  const notice = page.getByTestId('validity-notice')
  await expect(notice).toContainText('已被修改')
  await expect(page.getByTestId('policy-validity')).toHaveText('已被修改')
  const link = notice.getByRole('link')
  await expect(link).toHaveAttribute('href', `/policies/${NEWER}`)
  await expect(link).toHaveText('《示范县加快发展开放型经济的若干政策措施》')
  await expect(page.locator('table.facts')).toContainText('示政发〔2021〕9号')
  await expect(page.locator('table.facts')).toContainText('长期有效')

  await link.click()
  await expect(page).toHaveURL(new RegExp(`/policies/${NEWER}$`))
  await expect(page.getByTestId('validity-notice')).toHaveCount(0)
  await expect(page.locator('.prose p').first()).toBeVisible()

  await page.goto(`/en/policies/${SUPERSEDED}`)
  await expect(page.getByTestId('validity-notice').getByRole('link')).toHaveAttribute(
    'href',
    `/en/policies/${NEWER}`,
  )
})

test('an English reader of an untranslated policy is told so', async ({ page }) => {
  await page.goto(`/en/policies/${UNTRANSLATED}`)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByTestId('translation-notice')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'zh-CN')

  await page.goto(`/en/policies/${NEWER}`)
  await expect(page.getByTestId('translation-notice')).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Measures to Accelerate the Open Economy of Demo County',
  )
})

test('an unknown policy or guide is a 404 page', async ({ page }) => {
  const policy = await page.goto('/policies/no-such-policy')
  expect(policy?.status()).toBe(404)
  await expect(page.getByTestId('not-found')).toBeVisible()
  const guide = await page.goto('/guides/no-such-guide')
  expect(guide?.status()).toBe(404)
})

test('the service guides list and a guide’s materials', async ({ page }) => {
  await page.goto('/guides')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('办事指南')
  await expect(page.getByTestId('guide-card')).toHaveCount(3)

  await page.getByRole('link', { name: '外商投资企业设立备案（外资审批）' }).click()
  await expect(page).toHaveURL(/\/guides\/wai-shang-tou-zi-qi-ye-she-li-bei-an$/)
  await expect(page.getByRole('heading', { name: '申请材料' })).toBeVisible()
  const materials = page.getByTestId('guide-materials').locator('li')
  expect(await materials.count()).toBeGreaterThan(1)
  await expect(materials.first()).toContainText('外商投资企业设立申请书')
  await expect(page.getByTestId('guide-steps').locator('li').first()).toBeVisible()
  await expect(page.getByRole('link', { name: '0000-1234501' })).toHaveAttribute(
    'href',
    'tel:00001234501',
  )
  await expect(page.getByTestId('guide-related-policies').getByRole('link').first()).toBeVisible()

  await page.goto('/en/guides/wai-shang-tou-zi-qi-ye-she-li-bei-an')
  await expect(page.getByRole('heading', { name: 'What to bring' })).toBeVisible()
  await expect(page.getByTestId('translation-notice')).toHaveCount(0)
})

test('the policy feed is RSS 2.0 in the reader’s language', async ({ page }) => {
  const response = await page.request.get('/policies/rss.xml')
  expect(response.status()).toBe(200)
  expect(response.headers()['content-type']).toBe('application/rss+xml; charset=utf-8')
  const body = await response.text()
  expect(body).toContain('<rss')
  expect(body).toContain('<item>')
  expect(body).toContain('示范县加快发展开放型经济的若干政策措施')
  const items = body.match(/<item>/g)?.length ?? 0
  expect(items).toBeGreaterThan(0)
  expect(items).toBeLessThanOrEqual(30)

  // A browser's XML parser accepts it, and every item has a title, link and date.
  await page.goto('/policies')
  const parsed = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml')
    const items = [...doc.querySelectorAll('channel > item')]
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      items: items.length,
      complete: items.every(
        (item) =>
          item.querySelector('title')?.textContent &&
          item.querySelector('link')?.textContent?.startsWith('http') &&
          !Number.isNaN(Date.parse(item.querySelector('pubDate')?.textContent ?? '')),
      ),
    }
  }, body)
  expect(parsed.error).toBeNull()
  expect(parsed.items).toBe(items)
  expect(parsed.complete).toBe(true)

  const english = await (await page.request.get('/en/policies/rss.xml')).text()
  expect(english).toContain('Measures to Accelerate the Open Economy of Demo County')
  expect(english).toContain('/en/policies/')
})
