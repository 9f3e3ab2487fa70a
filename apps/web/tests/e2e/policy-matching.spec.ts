import { expect, test, type Page } from '@playwright/test'

// Policy validity and matching as an investor uses them, on the demo seed:
// the finder (a plain GET form), the policies matched on project pages, and
// the feed of each filtered policy list.

const NONFERROUS = '示范县有色金属产业链招商和配套企业扶持办法'
const RETURNEE = '示范县支持返乡创业和人才引进若干措施'
const NOT_YET = '示范县承接产业转移扶持办法'
const NOT_YET_SLUG = 'cheng-jie-chan-ye-zhuan-yi-fu-chi-ban-fa'
const LAND = '示范县工业用地“标准地”出让和标准厂房租售管理办法'

/** The titles of the matched policies on the page, and their states. */
async function matched(page: Page) {
  const cards = page.getByTestId('matched-policy')
  return {
    titles: (await cards.getByRole('link').allTextContents()).map((t) => t.trim()),
    states: await cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-validity'))),
  }
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the finder answers a question as a shareable URL, with why each policy matched', async ({
    page,
  }) => {
    await page.goto('/policies/finder')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('政策匹配')
    await page.getByLabel('所属行业').selectOption('nonferrous')
    await page.getByLabel('意向园区').selectOption('you-se-ye-lian-xiang-mu-qu')
    await page.getByLabel('投资者类型').selectOption('foreign')
    await page.getByLabel('计划投资额（万元）').fill('8000')
    await page.getByRole('button', { name: '查找政策' }).click()
    await expect(page).toHaveURL(
      /\/policies\/finder\?sector=nonferrous&park=you-se-ye-lian-xiang-mu-qu&investor=foreign&investment=8000$/,
    )
    const first = await matched(page)
    expect(first.titles).toContain(NONFERROUS)
    expect(first.titles).toContain(LAND)
    // Returnees only, and not yet in force: neither applies.
    expect(first.titles).not.toContain(RETURNEE)
    expect(first.titles).not.toContain(NOT_YET)
    expect(new Set(first.states)).toEqual(new Set(['in-force']))
    await expect(page.getByTestId('finder-count')).toHaveText(
      `共 ${first.titles.length} 项适用的现行有效政策`,
    )
    const reasons = page
      .getByTestId('matched-policy')
      .filter({ hasText: NONFERROUS })
      .getByTestId('match-reasons')
    await expect(reasons).toContainText('行业符合：有色冶炼及深加工')
    await expect(reasons).toContainText('园区符合：有色冶炼项目区')
    await expect(reasons).toContainText('计划投资 8,000 万元，达到起点 5,000 万元')

    // The same URL opened afresh (shared) gives the same answer, the form filled in.
    const shared = page.url()
    await page.goto('/policies/finder')
    await page.goto(shared)
    expect((await matched(page)).titles).toEqual(first.titles)
    await expect(page.getByLabel('计划投资额（万元）')).toHaveValue('8000')

    // Below the minimum investment, the non-ferrous grant no longer applies.
    await page.goto(shared.replace('investment=8000', 'investment=4000'))
    expect((await matched(page)).titles).not.toContain(NONFERROUS)
  })

  test('the English finder speaks English and a returnee sees the returnee measures', async ({
    page,
  }) => {
    await page.goto('/en/policies/finder?investor=returnee&sector=agrifood')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Policy finder')
    const card = page.getByTestId('matched-policy').filter({
      hasText: 'Demo County Measures to Support Returnee Entrepreneurs and Attract Talent',
    })
    await expect(card.getByTestId('match-reasons')).toContainText('Investor type matches: Returnee')
    await expect(card.getByTestId('policy-benefit')).toContainText('What it gives: ')
    await expect(page.getByTestId('finder-count')).toContainText('in force apply')
  })

  test('input it cannot use is dropped and named, in the visitor’s language', async ({ page }) => {
    await page.goto(
      "/policies/finder?sector=' OR 1=1&park=no-such-park&investor=energy&investment=-5",
    )
    await expect(page.getByTestId('finder-rejected')).toHaveText(
      '以下填写无法识别，已忽略：所属行业、投资者类型、计划投资额（万元）、意向园区。',
    )
    // What was dropped is not asked: every policy in force is listed.
    expect((await matched(page)).titles).toContain(RETURNEE)
    await page.goto('/en/policies/finder?investment=lots')
    await expect(page.getByTestId('finder-rejected')).toHaveText(
      'We could not read these answers and left them out: Planned investment (in CNY 10,000).',
    )
  })

  test('a project page lists the policies in force that apply to it, each with its benefit', async ({
    page,
  }) => {
    await page.goto('/projects/you-se-jin-shu-jing-shen-jia-gong-chan-ye-yuan')
    const section = page.getByTestId('project-policies')
    await expect(section.getByRole('heading', { level: 2 })).toHaveText('适用政策')
    const nonferrous = await matched(page)
    expect(nonferrous.titles).toContain(NONFERROUS)
    expect(nonferrous.titles).not.toContain(NOT_YET)
    expect(new Set(nonferrous.states)).toEqual(new Set(['in-force']))
    for (const badge of await section.getByTestId('policy-validity').allTextContents())
      expect(badge.trim()).toBe('现行有效')
    await expect(
      section
        .getByTestId('matched-policy')
        .filter({ hasText: NONFERROUS })
        .getByTestId('policy-benefit'),
    ).toContainText('精深加工项目按设备投资5%补助')

    // Another project, another list: a commercial project outside the parks.
    await page.goto('/projects/ai-fa-di-chan-kai-fa')
    const realEstate = await matched(page)
    expect(realEstate.titles.length).toBeGreaterThan(0)
    expect(realEstate.titles).not.toContain(NONFERROUS)
    expect(realEstate.titles).not.toContain(LAND)
    expect(realEstate.titles).not.toEqual(nonferrous.titles)

    await page.goto('/en/projects/you-se-jin-shu-jing-shen-jia-gong-chan-ye-yuan')
    await expect(
      page.getByTestId('project-policies').getByRole('heading', { level: 2 }),
    ).toHaveText('Policies that apply')
  })
})

test('every filtered policy list announces the feed of exactly that filter', async ({ page }) => {
  for (const query of [
    'status=in-force&topic=industry',
    'status=not-yet-effective',
    'topic=land',
  ]) {
    await page.goto(`/policies?${query}`)
    const listed = (await page.getByTestId('policy-card').getByRole('link').allTextContents()).map(
      (t) => t.trim(),
    )
    const href = await page
      .locator('head link[rel="alternate"][type="application/rss+xml"]')
      .last()
      .getAttribute('href')
    expect(href).toBe(`/policies/rss.xml?${query.split('&').sort(byParamOrder).join('&')}`)
    await expect(page.getByTestId('policy-feed')).toHaveAttribute('href', href ?? '')
    const xml = await (await page.request.get(href ?? '')).text()
    const items = await page.evaluate((body) => {
      const doc = new DOMParser().parseFromString(body, 'application/xml')
      return [...doc.querySelectorAll('channel > item > title')].map((el) => el.textContent)
    }, xml)
    expect(items, query).toEqual(listed)
    expect(xml).toContain(`rel="self"`)
    expect(xml).toContain(`${href?.replace(/&/g, '&amp;')}"`)
  }
  // The policy that takes effect later is in its own feed, and not in the in-force one.
  const inForce = await (await page.request.get('/policies/rss.xml?status=in-force')).text()
  expect(inForce).not.toContain(NOT_YET)
  const later = await (
    await page.request.get('/en/policies/rss.xml?status=not-yet-effective')
  ).text()
  expect(later).toContain('Demo County Support for Businesses Relocating from Other Regions')
  expect(later).toContain('<category>Not yet in force</category>')
})

test('a policy not yet in force says so everywhere: page, structured data, lists', async ({
  page,
}) => {
  await page.goto(`/policies/${NOT_YET_SLUG}`)
  await expect(page.getByTestId('policy-validity')).toHaveText('尚未生效')
  const ld = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
  )
  expect(ld.legislationLegalForce).toBe('https://schema.org/NotInForce')
  await page.goto('/policies?status=not-yet-effective')
  await expect(page.getByTestId('policy-card').filter({ hasText: NOT_YET })).toHaveAttribute(
    'data-validity',
    'not-yet-effective',
  )
})

/** The list's form writes topic before status: the order of FILTER_PARAMS.policies. */
function byParamOrder(a: string, b: string) {
  const order = ['topic', 'status', 'q']
  return order.indexOf(a.split('=')[0] ?? '') - order.indexOf(b.split('=')[0] ?? '')
}

test('the finder and a project’s policies read on a 390 px phone without sideways scrolling', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 })
  for (const path of [
    '/policies/finder?sector=nonferrous&investment=8000',
    '/en/policies/finder?sector=nonferrous&investor=foreign',
    '/projects/you-se-jin-shu-jing-shen-jia-gong-chan-ye-yuan',
  ]) {
    await page.goto(path)
    await expect(page.getByTestId('matched-policy').first()).toBeVisible()
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width, path).toBeLessThanOrEqual(390)
  }
})
