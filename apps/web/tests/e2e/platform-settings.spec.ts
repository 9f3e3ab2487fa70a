import { expect, test } from '@playwright/test'
import sharp from 'sharp'
import * as stack from './support/stack'

// The site icon and the shared platform (集约化) as staff set them on a live
// CMS: the change reaches the portal's pages and its /favicon.ico through the
// publish notification, without a restart. A stack of its own, since the
// shared one's settings must stay as the other specs expect them.
test.describe.configure({ mode: 'serial' })

const own = stack.useOwnStack(12, 'platform')

test('the icon and the host platform set in the site settings reach the portal', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const iconType = async () =>
    (await fetch(`${own.portal.url}/favicon.ico`)).headers.get('content-type') ?? ''
  // Before: the portal's own icon, and no link to a host site.
  expect(await iconType()).toBe('image/x-icon')
  await page.goto(`${own.portal.url}/`)
  await expect(page.getByTestId('host-site')).toHaveCount(0)

  const admin = await stack.demoAdmin(own.cms.url)
  const png = await sharp({
    create: { width: 64, height: 64, channels: 4, background: '#b3261e' },
  })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'site-icon.png')
  form.append('_payload', JSON.stringify({ alt: '网站图标' }))
  const uploaded = await fetch(`${own.cms.url}/api/media`, {
    method: 'POST',
    headers: admin,
    body: form,
  })
  expect(uploaded.status).toBe(201)
  const media = ((await uploaded.json()) as { doc: { id: number } }).doc
  const saved = await fetch(`${own.cms.url}/api/globals/site-settings?locale=zh`, {
    method: 'POST',
    headers: { ...admin, 'content-type': 'application/json' },
    body: JSON.stringify({
      favicon: media.id,
      hostSite: { name: '示范县人民政府门户网站', url: 'https://www.example.gov.cn/' },
    }),
  })
  expect(saved.status).toBe(200)

  // The notification refreshes the portal's copies: staff's PNG replaces the default icon.
  await expect.poll(iconType, { timeout: 30_000 }).toBe('image/png')
  const icon = await fetch(`${own.portal.url}/favicon.ico`)
  expect(
    Buffer.from(await icon.arrayBuffer())
      .subarray(1, 4)
      .toString(),
  ).toBe('PNG')

  // Every page links back to the host site; in English the Chinese name is marked as Chinese.
  await expect
    .poll(
      async () => {
        await page.goto(`${own.portal.url}/news`)
        return page.getByTestId('host-site').count()
      },
      { timeout: 30_000 },
    )
    .toBe(1)
  const link = page.getByTestId('host-site').getByRole('link')
  await expect(link).toHaveText('示范县人民政府门户网站')
  await expect(link).toHaveAttribute('href', 'https://www.example.gov.cn/')
  await page.goto(`${own.portal.url}/en/news`)
  await expect(page.getByTestId('host-site').getByRole('link')).toHaveAttribute('lang', 'zh-CN')
})
