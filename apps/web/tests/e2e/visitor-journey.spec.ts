import { expect, test } from '@playwright/test'

// The walking skeleton's promise: a visitor on a phone goes from the home page
// to the project library, opens a project, and reads it in both languages.
test('an investor finds a project and reads it in Chinese and English', async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(page.getByTestId('project-card').first()).toBeVisible()

  await page
    .getByRole('navigation', { name: '主导航' })
    .getByRole('link', { name: '招商项目' })
    .click()
  await expect(page).toHaveURL(/\/projects$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('招商项目库')
  await expect(page.getByTestId('project-count')).toHaveText(/^共 \d+ 个项目$/)

  // More than a page of open projects; the four the work plan names are featured, so they lead.
  await page.getByRole('link', { name: '下一页' }).click()
  await expect(page).toHaveURL(/\/projects\?page=2$/)
  await page.getByRole('link', { name: '上一页' }).click()
  await expect(page).toHaveURL(/\/projects$/)
  await page.getByRole('link', { name: '金山商业广场' }).click()

  await expect(page).toHaveURL(/\/projects\/jin-shan-shang-ye-guang-chang$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('金山商业广场')
  await expect(page.getByText('5.8 亿元')).toBeVisible()

  await page.getByTestId('language-switch').click()
  await expect(page).toHaveURL(/\/en\/projects\/jin-shan-shang-ye-guang-chang$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jinshan Commercial Plaza')
  await expect(page.getByText('CNY 580 million')).toBeVisible()
  await expect(page.getByTestId('translation-notice')).toHaveCount(0)
})

test('an English reader of an untranslated project is told so and sees the Chinese text', async ({
  page,
}) => {
  await page.goto('/en/projects/kang-yang-zhong-xin')
  await expect(page.getByTestId('translation-notice')).toBeVisible()
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toHaveText('康养中心')
  await expect(heading).toHaveAttribute('lang', 'zh-CN')
})

test('a draft project and an unknown path are not found, in the visitor’s language', async ({
  page,
}) => {
  const draft = await page.goto('/projects/shang-wu-jiu-dian')
  expect(draft?.status()).toBe(404)
  await expect(page.getByTestId('not-found')).toContainText('页面不存在')

  const unknown = await page.goto('/en/no-such-page')
  expect(unknown?.status()).toBe(404)
  await expect(page.getByTestId('not-found')).toContainText('Page not found')
})
