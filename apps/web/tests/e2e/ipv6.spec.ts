import os from 'node:os'
import { expect, test } from '@playwright/test'

// County-level government portals serve over IPv6. Both built apps run with
// their default listening address (no HOST), which takes IPv6 and IPv4 at once.

const hasIpv6Loopback = Object.values(os.networkInterfaces())
  .flat()
  .some((address) => address?.family === 'IPv6' && address.address === '::1')

test('the portal and the CMS answer on [::1] as well as on 127.0.0.1', async ({ baseURL }) => {
  test.skip(!hasIpv6Loopback, 'this machine has no IPv6 loopback address (::1) to test with')
  const web = new URL(baseURL!).port
  const cms = new URL(process.env.E2E_CMS_URL!).port
  for (const host of ['[::1]', '127.0.0.1']) {
    const page = await fetch(`http://${host}:${web}/projects`)
    expect(page.status, `portal on ${host}`).toBe(200)
    expect(await page.text()).toContain('<h1')
    const health = await fetch(`http://${host}:${cms}/api/health`)
    expect(health.status, `CMS on ${host}`).toBe(200)
  }
})
