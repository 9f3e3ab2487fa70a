import { expect, test, type Page } from '@playwright/test'
import { setDefaultFontSize } from './support/layout'

// The header menu on a phone: every item on screen and reachable without
// JavaScript, in both languages, also with the ten items the menu grows to
// (parks and the farm-produce market join it) and with a large default font.

test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false })

/** Adds menu items like the real ones until the menu has `count`. */
async function growMenu(page: Page, count: number, label: string) {
  await page.evaluate(
    ({ count, label }) => {
      const list = document.querySelector('.site-nav ul')!
      const model = list.querySelector('li')!
      let n = 0
      while (list.children.length < count) {
        const item = model.cloneNode(true) as HTMLLIElement
        item.querySelector('a')!.textContent = `${label} ${++n}`
        list.append(item)
      }
    },
    { count, label },
  )
}

/** Each menu link that is not fully on screen or is covered by something else. */
async function hiddenItems(page: Page) {
  return page.locator('.site-nav a').evaluateAll((links) =>
    links
      .filter((link) => {
        const box = link.getBoundingClientRect()
        const onScreen = box.left >= 0 && box.right <= document.documentElement.clientWidth
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
        return !onScreen || !link.contains(hit)
      })
      .map((link) => link.textContent?.trim()),
  )
}

for (const [prefix, extra] of [
  ['', '农产品供求信息'],
  ['/en', 'Farm produce market'],
] as const) {
  test(`every menu item shows on a phone${prefix ? ' (English)' : ''}`, async ({ page }) => {
    await page.goto(`${prefix}/projects`)
    const links = page.locator('.site-nav a')
    expect(await links.count()).toBeGreaterThanOrEqual(8)
    expect(await hiddenItems(page)).toEqual([])
    for (const label of prefix ? ['Chamber', 'Contact us', 'Search'] : ['商会', '联系我们', '搜索'])
      await expect(links.filter({ hasText: label })).toBeInViewport({ ratio: 1 })

    await growMenu(page, 10, extra)
    expect(await links.count()).toBe(10)
    expect(await hiddenItems(page)).toEqual([])

    await setDefaultFontSize(page, 24)
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.body).fontSize))
      .toBe('24px')
    expect(await hiddenItems(page)).toEqual([])
    // Large enough to tap: at least 44 px high.
    for (const box of await links.evaluateAll((all) =>
      all.map((a) => a.getBoundingClientRect().height),
    ))
      expect(box).toBeGreaterThanOrEqual(44)
  })
}
