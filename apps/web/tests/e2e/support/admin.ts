import { expect, type Page } from '@playwright/test'

/** The CMS of this run. */
export const cmsUrl = process.env.E2E_CMS_URL ?? 'http://localhost:3100'

/** Signs a demo account in to the admin (demo password) and waits for the dashboard. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${cmsUrl}/admin/login`)
  await page.locator('#field-email').fill(email)
  await page.locator('#field-password').fill('demo-portal-2026')
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page.getByTestId('staff-dashboard')).toBeVisible()
}
