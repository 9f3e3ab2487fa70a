import { expect, test } from '@playwright/test'

// Staff preview a draft before publishing: the admin's preview opens the
// portal page with the draft's content through a signed link; the public page
// keeps the published version; preview answers are neither cached nor indexed.
const cmsUrl = process.env.E2E_CMS_URL ?? 'http://localhost:3100'

test('a draft change shows in the preview and not on the public page', async ({
  page,
  request,
  context,
}) => {
  test.setTimeout(90_000)
  const login = await request.post(`${cmsUrl}/api/users/login`, {
    data: { email: 'demo@example.com', password: 'demo-portal-2026' },
  })
  const { token } = (await login.json()) as { token: string }
  const stamp = Date.now().toString(36)
  const published = `预览测试项目${stamp}`
  const created = await request.post(`${cmsUrl}/api/projects`, {
    headers: { authorization: `JWT ${token}` },
    data: {
      title: published,
      sector: 'tourism',
      stage: 'reserve',
      investment: { amount: 600, unit: 'cny-10k' },
      _status: 'published',
    },
  })
  expect(created.ok()).toBe(true)
  const project = ((await created.json()) as { doc: { id: number; slug: string } }).doc

  await page.goto(`${cmsUrl}/admin/login`)
  await page.locator('#field-email').fill('editor@example.com')
  await page.locator('#field-password').fill('demo-portal-2026')
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page.getByTestId('staff-dashboard')).toBeVisible()
  await page.goto(`${cmsUrl}/admin/collections/projects/${project.id}`)
  const draft = `${published}（修改稿）`
  const autosaved = page.waitForResponse(
    (r) =>
      r.url().includes(`/api/projects/${project.id}`) && r.request().method() === 'PATCH' && r.ok(),
    { timeout: 15_000 },
  )
  await page.locator('#field-title').fill(draft)
  await autosaved

  const opened = context.waitForEvent('page')
  await page.getByRole('link', { name: '预览', exact: true }).click()
  const preview = await opened
  await preview.waitForLoadState()
  expect(new URL(preview.url()).pathname).toBe('/preview')
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText(draft)
  await expect(preview.getByTestId('preview-banner')).toBeVisible()
  await expect(preview.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex')

  const previewAnswer = await request.get(preview.url())
  expect(previewAnswer.headers()['cache-control']).toBe('private, no-store')
  expect(previewAnswer.headers()['x-robots-tag']).toContain('noindex')
  expect(previewAnswer.headers()['x-portal-cache']).toBe('BYPASS')

  // Visitors still see the published version.
  const publicPage = await request.get(`/projects/${project.slug}`)
  const html = await publicPage.text()
  expect(html).toContain(published)
  expect(html).not.toContain('修改稿')

  // The link is a capability for this one document only: tampering breaks it.
  const url = new URL(preview.url())
  url.searchParams.set('token', `${url.searchParams.get('token')}x`)
  const forged = await request.get(url.toString())
  expect(forged.status()).toBe(403)
  expect(await forged.text()).toContain('预览链接无效或已过期')

  await request.delete(`${cmsUrl}/api/projects/${project.id}`, {
    headers: { authorization: `JWT ${token}` },
  })
})
