import type { Page } from '@playwright/test'

/**
 * Sets Chromium's default font size (standard and fixed), the preference a
 * visitor changes under "Font size": rem, em and em-based media queries follow it.
 */
export async function setDefaultFontSize(page: Page, px: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: px } })
}

/** What runs off the right edge of the screen: the document's width and the first elements past it. */
export async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth
    const over: string[] = []
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect()
      if (box.width === 0 || box.height === 0 || box.right <= width + 1) continue
      const classes = typeof element.className === 'string' ? element.className.trim() : ''
      const name =
        element.tagName.toLowerCase() + (classes ? `.${classes.split(/\s+/).join('.')}` : '')
      over.push(`${name} right=${Math.round(box.right)}`)
    }
    return { width, scrollWidth: document.documentElement.scrollWidth, over: over.slice(0, 8) }
  })
}

/** The computed font size of the body text, in pixels. */
export async function bodyFontSize(page: Page): Promise<number> {
  return page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))
}
