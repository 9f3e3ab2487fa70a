import { expect, test } from '@playwright/test'
import { demoAdmin, formToken, secrets, startPortal, type Server } from './support/stack'

// Every refusal of the inquiry endpoint, tried from outside as a script would,
// against a portal with the production defaults (minimum fill time, rate
// limits, body cap) in front of the shared test CMS. Each refusal is checked
// twice: the answer, and that the CMS stored nothing.
test.describe.configure({ mode: 'serial' })

const cmsUrl = process.env.E2E_CMS_URL ?? 'http://localhost:3100'
const webPort = Number(process.env.E2E_WEB_PORT ?? 4400) + 1
let portal: Server
let admin: { authorization: string }

test.beforeAll(async () => {
  // One proxy hop is trusted, so each test can come from its own address.
  portal = await startPortal({ port: webPort, cmsUrl, env: { TRUST_PROXY_HOPS: '1' } })
  admin = await demoAdmin(cmsUrl)
})

test.afterAll(async () => {
  await portal?.stop()
})

let address = 10
/** A fresh client address for each test, so rate limits do not carry over. */
const nextClient = () => `203.0.113.${address++}`

function form(name: string, overrides: Record<string, string> = {}): Record<string, string> {
  return {
    type: 'general',
    project: '',
    formToken: formToken('general'),
    website: '',
    name,
    phone: '13800138000',
    email: '',
    organisation: '',
    message: '想咨询一下在本县设立分公司需要办理哪些手续。',
    consent: 'on',
    ...overrides,
  }
}

async function post(
  fields: Record<string, string>,
  options: { client?: string; origin?: string | null; path?: string; body?: string } = {},
) {
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    'x-forwarded-for': options.client ?? nextClient(),
  }
  if (options.origin !== null) headers.origin = options.origin ?? portal.url
  return fetch(`${portal.url}${options.path ?? '/contact'}`, {
    method: 'POST',
    headers,
    body: options.body ?? new URLSearchParams(fields).toString(),
    redirect: 'manual',
  })
}

/** How many inquiries the CMS holds from a visitor of this name. */
async function stored(name: string): Promise<number> {
  const url = new URL('/api/inquiries', cmsUrl)
  url.searchParams.set('where[name][equals]', name)
  url.searchParams.set('limit', '0')
  const response = await fetch(url, { headers: admin })
  expect(response.ok).toBe(true)
  return ((await response.json()) as { totalDocs: number }).totalDocs
}

const unique = (label: string) => `${label}${Date.now().toString(36)}`

test('a well-formed inquiry is accepted (the baseline every refusal differs from)', async () => {
  const name = unique('基线')
  const response = await post(form(name))
  expect(response.status).toBe(303)
  expect(response.headers.get('location')).toMatch(/\/inquiry\/received\?n=ZS-\d{8}-\d{4}$/)
  await expect.poll(() => stored(name)).toBe(1)
})

test('bad fields: 400 with every problem named in the visitor language, nothing stored', async () => {
  const name = unique('字段')
  const zh = await post(form(name, { phone: '12345', consent: '' }))
  expect(zh.status).toBe(400)
  const page = await zh.text()
  expect(page).toContain('请填写正确的手机号码')
  expect(page).toContain('提交前请阅读并同意个人信息使用说明')
  // What the visitor typed comes back with the errors.
  expect(page).toContain('想咨询一下在本县设立分公司需要办理哪些手续。')

  const en = await post(form(name, { message: 'short' }), { path: '/en/contact' })
  expect(en.status).toBe(400)
  expect(await en.text()).toContain('Message: at least 10 characters')
  expect(await stored(name)).toBe(0)
})

test('the honeypot: a filled hidden field is refused and nothing stored', async () => {
  const name = unique('蜜罐')
  const response = await post(form(name, { website: 'http://spam.example' }))
  expect(response.status).toBe(400)
  expect(await response.text()).toContain('留言未能提交')
  expect(await stored(name)).toBe(0)
})

test('too fast, forged or missing form tokens are refused and nothing stored', async () => {
  const name = unique('太快')
  const fast = await post(form(name, { formToken: formToken('general', 500) }))
  expect(fast.status).toBe(400)
  const fastPage = await fast.text()
  expect(fastPage).toContain('请稍候片刻再提交')
  expect(fastPage).toContain(name)

  const [issuedAt] = formToken('general').split('.')
  const forged = await post(form(name, { formToken: `${issuedAt}.not-a-signature` }))
  expect(forged.status).toBe(400)
  const missing = await post(form(name, { formToken: '' }))
  expect(missing.status).toBe(400)
  const otherForm = await post(form(name, { formToken: formToken('returnee') }))
  expect(otherForm.status).toBe(400)
  expect(await stored(name)).toBe(0)
})

test('a post from another site is refused with 403 and nothing stored', async () => {
  const name = unique('跨站')
  const foreign = await post(form(name), { origin: 'https://evil.example' })
  expect(foreign.status).toBe(403)
  expect(await foreign.text()).toContain('请在本网站的页面上填写并提交表单')
  const none = await post(form(name), { origin: null })
  expect(none.status).toBe(403)
  expect(await stored(name)).toBe(0)
})

test('an oversized body is refused with 413 and nothing stored', async () => {
  const name = unique('超长')
  const body = new URLSearchParams(form(name, { message: '长'.repeat(20_000) })).toString()
  const response = await post({}, { body })
  expect(response.status).toBe(413)
  expect(await response.text()).toContain('提交的内容过长')
  expect(await stored(name)).toBe(0)
})

test('too many posts from one address: 429 with Retry-After, the excess not stored', async () => {
  const client = nextClient()
  const names: string[] = []
  // The default limit is five inquiries per address in ten minutes.
  for (let i = 0; i < 5; i++) {
    const name = unique(`限流${i}`)
    names.push(name)
    expect((await post(form(name), { client })).status).toBe(303)
  }
  const excess = unique('限流超出')
  const refused = await post(form(excess), { client })
  expect(refused.status).toBe(429)
  expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
  expect(await refused.text()).toContain('提交次数过多')
  // Another address is not affected.
  expect((await post(form(unique('另一地址')))).status).toBe(303)
  expect(await stored(excess)).toBe(0)
  for (const name of names) await expect.poll(() => stored(name)).toBe(1)
})

test('the CMS refuses to create, list or read inquiries for anyone but its service account', async () => {
  const name = unique('直连')
  const anonymousCreate = await fetch(`${cmsUrl}/api/inquiries`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'general', name, message: '绕过门户直接写入', consent: true }),
  })
  expect(anonymousCreate.status).toBe(403)
  const anonymousList = await fetch(`${cmsUrl}/api/inquiries`)
  expect(anonymousList.status).toBe(403)
  const anonymousRead = await fetch(`${cmsUrl}/api/inquiries/1`)
  expect(anonymousRead.status).toBe(403)
  const anonymousIntake = await fetch(`${cmsUrl}/api/inquiries/intake`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: '{}',
  })
  expect(anonymousIntake.status).toBe(401)

  // The portal's key opens the intake, and nothing else about inquiries.
  const service = { authorization: `service-accounts API-Key ${secrets.portalApiKey}` }
  const serviceList = await fetch(`${cmsUrl}/api/inquiries`, { headers: service })
  expect(serviceList.status).toBe(403)
  const serviceCreate = await fetch(`${cmsUrl}/api/inquiries`, {
    method: 'POST',
    headers: { ...service, 'content-type': 'application/json' },
    body: JSON.stringify({ type: 'general', name, message: '绕过门户直接写入', consent: true }),
  })
  expect(serviceCreate.status).toBe(403)
  const wrongKey = await fetch(`${cmsUrl}/api/inquiries/intake`, {
    method: 'POST',
    headers: {
      authorization: 'service-accounts API-Key not-the-key',
      'content-type': 'application/json',
    },
    body: '{}',
  })
  expect(wrongKey.status).toBe(401)
  expect(await stored(name)).toBe(0)
})

test('the production portal logs each request as one JSON line with its request id', async () => {
  const requestId = `log-check-${Date.now().toString(36)}`
  const response = await fetch(`${portal.url}/projects`, {
    headers: { 'x-request-id': requestId },
  })
  expect(response.status).toBe(200)
  expect(response.headers.get('x-request-id')).toBe(requestId)
  const line = () =>
    portal
      .output()
      .split('\n')
      .find((text) => text.includes(requestId))
  await expect.poll(line).toBeDefined()
  expect(JSON.parse(line()!)).toMatchObject({
    level: 'info',
    requestId,
    method: 'GET',
    path: '/projects',
    status: 200,
  })
})
