import { expect, test } from '@playwright/test'
import { bodyFontSize, overflow, setDefaultFontSize } from './support/layout'
import { PAGE_TYPES } from './support/pages'

// 适老化 (GB/T 37668): a visitor who sets a larger default font in the browser
// still reads every page on a 390 px phone without scrolling sideways: no
// table, tracking number or menu item runs off the screen.

const pages = [...PAGE_TYPES, '/inquiry/received?n=ZS-20261128-0042']

test.use({ viewport: { width: 390, height: 844 } })

for (const size of [24, 32]) {
  for (const prefix of ['', '/en']) {
    test(`at a ${size} px default font nothing runs off a 390 px screen${prefix ? ' (English)' : ''}`, async ({
      page,
    }) => {
      test.setTimeout(90_000)
      await setDefaultFontSize(page, size)
      for (const path of pages) {
        await page.goto(`${prefix}${path}`)
        // The setting really reached the page: its body text is the chosen size.
        expect(await bodyFontSize(page), path).toBe(size)
        expect({ path, ...(await overflow(page)) }).toEqual({
          path,
          width: 390,
          scrollWidth: 390,
          over: [],
        })
      }
    })
  }
}
