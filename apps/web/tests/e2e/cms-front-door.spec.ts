import path from 'node:path'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { streamPost } from '../../../cms/tests/chunked'
import { removeDatabase, root, startCms, type Server } from './support/stack'

// The production CMS's own HTTP front door (apps/cms/src/http/guard.ts), over
// real connections to the built CMS started by `npm start`. The attacks:
// bodies sent chunked (no Content-Length) far over the 1 MB cap, huge posts to
// the inquiry endpoint without the portal's key, and guessing passwords from
// one address with a forged X-Forwarded-For on every try.
const cmsUrl = process.env.E2E_CMS_URL ?? 'http://localhost:3100'
const MB = 1024 * 1024
const json = { 'content-type': 'application/json' }

async function staffToken(request: APIRequestContext, email: string, password: string) {
  const login = await request.post(`${cmsUrl}/api/users/login`, { data: { email, password } })
  expect(login.status()).toBe(200)
  return ((await login.json()) as { token: string }).token
}

async function editorHeaders(request: APIRequestContext) {
  const admin = await staffToken(request, 'demo@example.com', 'demo-portal-2026')
  const email = `front-door-${Date.now()}@example.com`
  const password = 'front-door-editor-password'
  const created = await request.post(`${cmsUrl}/api/users`, {
    headers: { authorization: `JWT ${admin}` },
    data: { email, password, name: '入口测试编辑', roles: ['editor'] },
  })
  expect(created.status()).toBe(201)
  return { ...json, authorization: `JWT ${await staffToken(request, email, password)}` }
}

async function projectsTitled(
  request: APIRequestContext,
  auth: Record<string, string>,
  title: string,
) {
  const found = await request.get(
    `${cmsUrl}/api/projects?draft=true&depth=0&where[title][like]=${encodeURIComponent(title)}`,
    { headers: auth },
  )
  return (await found.json()) as { totalDocs: number; docs: Array<{ id: number }> }
}

test('an 8 MB chunked body from an editor gets 413 and stores nothing', async ({ request }) => {
  const auth = await editorHeaders(request)
  const marker = `分块超限项目-${Date.now()}`
  const body = `{"title":"${marker}","sector":"manufacturing","stage":"reserve","investment":{"amount":1,"unit":"cny-10k"},"summary":"`
  const huge = await streamPost(`${cmsUrl}/api/projects`, 8 * MB, auth, body)
  expect(huge.status).toBe(413)
  expect(huge.text).toContain('Request body larger than')
  // (How much the server read is measured in apps/cms/tests/http-guard.test.ts:
  // 8 MB fits in the kernel's socket buffers, so the client's count says little.)
  expect((await projectsTitled(request, auth, marker)).totalDocs).toBe(0)

  // A chunked body within the cap still reaches Payload whole.
  const small = `{"title":"${marker}-ok","sector":"manufacturing","stage":"reserve","investment":{"amount":1,"unit":"cny-10k"}}`
  const stored = await streamPost(`${cmsUrl}/api/projects`, Buffer.byteLength(small), auth, small)
  expect(stored.status).toBe(201)
  const found = await projectsTitled(request, auth, `${marker}-ok`)
  expect(found.totalDocs).toBe(1)
  const id = found.docs[0]?.id
  expect((await request.delete(`${cmsUrl}/api/projects/${id}`, { headers: auth })).status()).toBe(
    200,
  )
})

test('200 MB chunked posts to the inquiry endpoint without the key get 401 unread', async () => {
  const outcomes = await Promise.all(
    Array.from({ length: 4 }, () => streamPost(`${cmsUrl}/api/inquiries/intake`, 200 * MB, json)),
  )
  for (const outcome of outcomes) {
    expect(outcome.status).toBe(401)
    expect(outcome.text).toContain('需要门户服务密钥')
    // What the kernel's buffers took before the close; the body was 200 MB.
    expect(outcome.sent).toBeLessThan(32 * MB)
  }
})

test.describe('failed logins per address', () => {
  // A CMS of its own: the shared one's admins log in from this same address.
  const port = Number(process.env.E2E_CMS_PORT ?? 3100) + 5
  const database = path.join(root, `apps/cms/data/e2e-front-door-${port}.db`)
  let cms: Server

  test.beforeAll(async () => {
    test.setTimeout(240_000)
    removeDatabase(database)
    cms = await startCms({ port, database, seed: true })
  })

  test.afterAll(async () => {
    await cms?.stop()
    removeDatabase(database)
  })

  test('a forged X-Forwarded-For does not escape the limit; another address still logs in', async () => {
    test.setTimeout(60_000)
    const attempt = async (host: string, i: number, email: string, password: string) =>
      streamPost(
        `http://${host}:${port}/api/users/login`,
        Buffer.byteLength(JSON.stringify({ email, password })),
        { ...json, 'x-forwarded-for': `198.51.100.${i % 250}` },
        JSON.stringify({ email, password }),
      )
    for (let i = 0; i < 20; i++) {
      const guess = await attempt('127.0.0.1', i, `guess-${i}@example.com`, 'wrong-password')
      expect(guess.status, `attempt ${i + 1}`).toBe(401)
    }
    const blocked = await attempt('127.0.0.1', 99, 'demo@example.com', 'demo-portal-2026')
    expect(blocked.status).toBe(429)
    expect(blocked.text).toContain('登录失败次数过多')
    // The same account from another address (IPv6 loopback) is not blocked.
    const other = await attempt('[::1]', 100, 'demo@example.com', 'demo-portal-2026')
    expect(other.status).toBe(200)
  })
})
