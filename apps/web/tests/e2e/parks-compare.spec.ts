import { expect, test, type Page } from '@playwright/test'

// Parks and the project comparison as an investor on a phone uses them, on the
// demo seed: the county industrial park has running projects placed on its
// plan and one dropped project that must not appear.
const PARK = '/parks/gong-ye-yuan-qu'
const DROPPED = '机械配件制造（已终止）'
const JINSHAN = 'jin-shan-shang-ye-guang-chang'
const QINGLAN = 'qing-lan-da-li-shi-jia-gong'

/** Every marker sits where staff put it: its centre at x%/y% of the image, and its number is in the list. */
async function expectMarkersMatchList(page: Page) {
  const markers = page.getByTestId('map-marker')
  const placed = page.getByTestId('park-projects').locator('li[data-marker]')
  const count = await markers.count()
  expect(count).toBeGreaterThan(2)
  await expect(placed).toHaveCount(count)
  const image = await page.getByTestId('park-map').locator('img').boundingBox()
  if (!image) throw new Error('map image not laid out')
  for (let i = 0; i < count; i++) {
    const marker = markers.nth(i)
    const n = (await marker.textContent())?.trim() ?? ''
    await expect(placed.nth(i)).toHaveAttribute('value', n)
    const style = (await marker.getAttribute('style')) ?? ''
    const [x, y] = [/left:\s*([\d.]+)%/, /top:\s*([\d.]+)%/].map((re) =>
      Number(re.exec(style)?.[1]),
    )
    const box = await marker.boundingBox()
    if (!box || x === undefined || y === undefined) throw new Error(`marker ${n} not laid out`)
    expect(Math.abs(box.x + box.width / 2 - (image.x + (image.width * x) / 100))).toBeLessThan(2)
    expect(Math.abs(box.y + box.height / 2 - (image.y + (image.height * y) / 100))).toBeLessThan(2)
  }
}

/**
 * Opens the page of the project list that shows `title` and returns its
 * number: the seeded projects are the oldest, so where they fall depends on
 * how many projects other tests have added.
 */
async function listPageWith(page: Page, title: RegExp): Promise<number> {
  await page.goto('/projects')
  for (let n = 1; n <= 20; n += 1) {
    if ((await page.getByRole('checkbox', { name: title }).count()) > 0) return n
    await page.getByRole('link', { name: '下一页' }).click()
    await expect(page).toHaveURL(new RegExp(`page=${n + 1}`))
  }
  throw new Error(`no page of the project list shows ${title}`)
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('a visitor reaches a park from the nav and reads its costs, transport, map and contacts', async ({
    page,
  }) => {
    await page.goto('/')
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '园区' })
      .click()
    await expect(page).toHaveURL(/\/parks$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('园区')
    await expect(page.getByTestId('park-card')).toHaveCount(5)
    await page.getByRole('link', { name: '县工业园区' }).click()
    await expect(page).toHaveURL(new RegExp(`${PARK}$`))

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('县工业园区')
    await expect(page.getByRole('row', { name: /可供工业用地/ })).toContainText('1,200 亩')
    const electricity = page.getByTestId('park-costs').getByRole('row', { name: /工业用电价格/ })
    await expect(electricity).toContainText('0.58–0.66 元/千瓦时')
    await expect(electricity).toContainText('核实日期：2026年9月30日')
    await expect(page.getByTestId('park-costs').getByRole('row')).toHaveCount(6)
    await expect(page.getByTestId('park-distances')).toContainText('4 公里、约 8 分钟车程')
    await expect(page.getByTestId('park-contacts')).toContainText('0000-1234501')

    await expect(page.getByTestId('map-approval')).toHaveText('审图号：示S〔2026〕001号')
    await expect(page.getByTestId('park-map').locator('img')).toHaveAttribute(
      'alt',
      /编号标记对应下方项目列表/,
    )
    await expectMarkersMatchList(page)
    await expect(page.getByTestId('park-projects')).not.toContainText(DROPPED)
  })

  test('the park page in English', async ({ page }) => {
    await page.goto(`/en${PARK}`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('County Industrial Park')
    const electricity = page
      .getByTestId('park-costs')
      .getByRole('row', { name: /Industrial electricity/ })
    await expect(electricity).toContainText('0.58–0.66 CNY per kWh')
    await expect(electricity).toContainText('Confirmed on')
    await expect(page.getByTestId('map-approval')).toHaveText(
      'Map approval number: 示S〔2026〕001号',
    )
    await expect(page.getByTestId('park-projects').getByRole('link').first()).toHaveAttribute(
      'href',
      /^\/en\/projects\//,
    )
    await expectMarkersMatchList(page)
  })

  test('a project page links to its park', async ({ page }) => {
    await page.goto(`/projects/${QINGLAN}`)
    await page.getByTestId('project-park').click()
    await expect(page).toHaveURL(new RegExp(`${PARK}$`))
    await expect(page.getByTestId('park-projects')).toContainText('青兰大理石加工')
  })

  test('two projects ticked on the list are compared side by side', async ({ page }) => {
    // Both are in talks: filtered so, they are on one page however many projects other tests add.
    await page.goto('/projects?stage=negotiating')
    await page.getByRole('checkbox', { name: /金山商业广场/ }).check()
    await page.getByRole('checkbox', { name: /青兰大理石加工/ }).check()
    await page.getByRole('button', { name: '对比已选项目' }).click()
    await expect(page).toHaveURL(/\/projects\/compare\?id=.+&id=.+/)
    const table = page.getByTestId('compare-table')
    // One column per chosen project, in the order the URL names them.
    const ids = new URL(page.url()).searchParams.getAll('id')
    expect(new Set(ids)).toEqual(new Set([JINSHAN, QINGLAN]))
    const headers = table.getByRole('columnheader').getByRole('link')
    expect(await headers.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(
      ids.map((id) => `/projects/${id}`),
    )
    await expect(table.getByRole('row', { name: /所属行业/ })).toContainText('商贸流通')
    await expect(table.getByRole('row', { name: /总投资/ })).toContainText('5.8 亿元')
    await expect(table.getByRole('row', { name: /所在园区/ })).toContainText('县工业园区')
    await expect(table.getByRole('row', { name: /用地面积/ })).toContainText('85 亩')
    await expect(page.getByTestId('compare-policies').getByRole('cell')).toHaveText([
      /^\d+ 项$/,
      /^\d+ 项$/,
    ])
    await expect(table.getByRole('row', { name: /园区要素成本：工业用地出让价/ })).toContainText(
      '16.8 万元/亩',
    )
  })

  test('too few, too many and unknown projects get a clear message in the visitor’s language', async ({
    page,
  }) => {
    const cases: [string, string][] = [
      ['/projects/compare', '请至少选择 2 个项目进行对比。'],
      [`/en/projects/compare?id=${JINSHAN}`, 'Please choose at least 2 projects to compare.'],
      [`/projects/compare?id=a&id=b&id=c&id=d&id=e`, '最多可同时对比 4 个项目，请减少所选项目。'],
      [`/projects/compare?id=${JINSHAN}&id=no-such-project`, '有 1 个所选项目不存在或已下线'],
      [`/en/projects/compare?id=${JINSHAN}&id=%27%20OR%201%3D1`, '1 of the chosen project does'],
      [`/projects/compare?id=${JINSHAN}&id=shang-wu-jiu-dian`, '有 1 个所选项目不存在或已下线'],
    ]
    for (const [path, message] of cases) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(200)
      await expect(page.getByTestId('compare-message'), path).toContainText(message)
      await expect(page.getByTestId('compare-table'), path).toHaveCount(0)
    }
  })
})

test('with JavaScript the choice is kept across list pages in this browser only', async ({
  page,
  context,
}) => {
  const at = await listPageWith(page, /金山商业广场/)
  await expect(page.locator('form[data-compare][data-enhanced="true"]')).toHaveCount(1)
  await page.getByRole('checkbox', { name: /金山商业广场/ }).check()
  await expect(page.locator('[data-compare-count]')).toHaveText('1')
  // Another page of the list: the one before, or after when this is the first.
  await page.getByRole('link', { name: at > 1 ? '上一页' : '下一页' }).click()
  await expect(page).toHaveURL(new RegExp(`page=${at > 1 ? at - 1 : 2}`))
  const second = page.getByTestId('compare-form').getByRole('checkbox').first()
  const secondSlug = await second.getAttribute('value')
  await second.check()
  await expect(page.locator('[data-compare-count]')).toHaveText('2')
  await page.getByRole('button', { name: '对比已选项目' }).click()
  await expect(page).toHaveURL(/\/projects\/compare\?/)
  const ids = new URL(page.url()).searchParams.getAll('id')
  expect(new Set(ids)).toEqual(new Set([JINSHAN, secondSlug]))
  await expect(page.getByTestId('compare-table').getByRole('columnheader')).toHaveCount(2)

  // The choice survives a new visit to the list, and lives in localStorage, not in a cookie.
  await page.goto(`/projects?page=${at}`)
  await expect(page.getByRole('checkbox', { name: /金山商业广场/ })).toBeChecked()
  expect(await context.cookies()).toEqual([])
  await page.getByRole('button', { name: '清空已选' }).click()
  await expect(page.getByRole('checkbox', { name: /金山商业广场/ })).not.toBeChecked()
  await page.reload()
  await expect(page.locator('form[data-compare][data-enhanced="true"]')).toHaveCount(1)
  await expect(page.getByRole('checkbox', { name: /金山商业广场/ })).not.toBeChecked()
})

test('the park page and a four-project comparison fit a 390 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  const four = [JINSHAN, QINGLAN, 'ai-fa-di-chan-kai-fa', 'jin-huang-ran-qi']
  for (const path of [
    PARK,
    `/en${PARK}`,
    `/projects/compare?${four.map((id) => `id=${id}`).join('&')}`,
  ]) {
    await page.goto(path)
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width, path).toBeLessThanOrEqual(390)
  }
  await expect(page.getByTestId('compare-table').getByRole('columnheader')).toHaveCount(4)
})
