import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { expect, test, type Page } from '@playwright/test'

// A bureau editor's day: sign in to the admin (in Chinese, though the browser
// asks for English), upload a photo, draft a project in Chinese and English,
// attach the photo, publish, and see it on the portal.
const cmsUrl = process.env.E2E_CMS_URL ?? 'http://localhost:3100'
const shotsDir = path.resolve(import.meta.dirname, '../../../../docs/images')

/** Saves a screenshot for the staff content guide when UPDATE_SCREENSHOTS=1. */
async function shot(page: Page, name: string) {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return
  mkdirSync(shotsDir, { recursive: true })
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`) })
}

/** Waits for the next autosave of the open document to succeed. */
async function autosaved(page: Page) {
  await page.waitForResponse(
    (r) => /\/api\/projects\/\d+/.test(r.url()) && r.request().method() === 'PATCH' && r.ok(),
    { timeout: 15_000 },
  )
}

test('an editor drafts a bilingual project with a photo and publishes it', async ({ page }) => {
  test.setTimeout(120_000)
  const stamp = Date.now().toString(36)
  const titleZh = `冷链仓储中心${stamp}`
  const titleEn = `Cold Storage Hub ${stamp}`

  await page.goto(`${cmsUrl}/admin/login`)
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible()
  await shot(page, 'admin-login')
  await page.locator('#field-email').fill('editor@example.com')
  await page.locator('#field-password').fill('demo-portal-2026')
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page.getByTestId('staff-dashboard')).toBeVisible()
  await shot(page, 'admin-dashboard')

  // A photo for the project: any PNG will do, so use a picture of the dashboard.
  const photo = await page.screenshot()
  await page.goto(`${cmsUrl}/admin/collections/media/create`)
  await page.locator('input[type="file"]').setInputFiles({
    name: `photo-${stamp}.png`,
    mimeType: 'image/png',
    buffer: photo,
  })
  await page.locator('#field-alt').fill(`${titleZh}示意图`)
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/media\/\d+/)

  // A new project is saved first as a draft once its required fields are filled in
  // (nothing is stored on opening the form); autosave takes over from there.
  await page.goto(`${cmsUrl}/admin/collections/projects/create`)
  await page.locator('#field-title').fill(titleZh)
  await page.getByRole('button', { name: '投资要素', exact: true }).click()
  await page.locator('#field-sector').click()
  await page.getByRole('option', { name: '现代物流' }).click()
  await page.locator('#field-investment__amount').fill('3000')
  await page.getByRole('button', { name: '保存草稿' }).click()
  await expect(page).toHaveURL(/\/admin\/collections\/projects\/\d+/, { timeout: 15_000 })
  await page.getByRole('button', { name: '图片与资料', exact: true }).click()
  await page
    .getByRole('button', { name: /从现有中选择|选择现有/ })
    .first()
    .click()
  await page.getByRole('dialog').getByText(`photo-${stamp}`).first().click()
  await shot(page, 'admin-project-edit')
  await autosaved(page)
  const editUrl = page.url().split('?')[0] ?? ''

  // The English version: same document, other locale. The admin remembers the last tab.
  await page.goto(`${editUrl}?locale=en`)
  await page.getByRole('button', { name: '项目介绍', exact: true }).click()
  await page.locator('#field-title').fill(titleEn)
  await autosaved(page)

  await page.getByRole('button', { name: '发布修改' }).click()
  await expect(page.getByRole('button', { name: '发布修改' })).toBeDisabled()

  const slug = await page.locator('#field-slug').inputValue()
  expect(slug).toMatch(/^leng-lian-cang-chu-zhong-xin/)

  await page.goto(`/projects/${slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleZh)
  await page.goto(`/en/projects/${slug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleEn)
})
