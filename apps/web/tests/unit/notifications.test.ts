import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signNotification } from '@portal/shared/signing'
import { createNotificationHandler, createReplayGuard } from '../../server/notifications'

// A real HTTP server with the portal's notification handler, and signed
// notifications as the CMS sends them.
const secret = 'test-hook-secret-of-enough-length-0123456789'
let server: Server
let url: string
const changes: string[] = []

beforeAll(async () => {
  const handle = createNotificationHandler({
    secret,
    headers: {},
    onChange: (change) => changes.push(change.nonce),
  })
  server = createServer((req, res) => void handle(req, res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/_portal/invalidate`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const post = (body: string, headers = signNotification(secret, body)) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })

const notification = (nonce: string) =>
  JSON.stringify({ source: 'projects', id: 1, operation: 'update', nonce })

describe('change notifications', () => {
  it('accepts a signed notification once: the same one replayed is refused', async () => {
    const body = notification('replay-test-nonce-0001')
    const headers = signNotification(secret, body)
    const first = await post(body, headers)
    expect(first.status).toBe(202)
    const before = changes.length
    for (let i = 0; i < 4; i++) {
      const replay = await post(body, headers)
      expect(replay.status).toBe(409)
      expect(await replay.json()).toEqual({ error: 'already-received' })
    }
    // Signed again with a new timestamp, the same notification is still a replay.
    expect((await post(body)).status).toBe(409)
    expect(changes.length).toBe(before)
    expect((await post(notification('replay-test-nonce-0002'))).status).toBe(202)
    expect(changes.length).toBe(before + 1)
  })

  it('refuses a notification without a nonce, and unsigned ones', async () => {
    const old = JSON.stringify({ source: 'projects', id: 1, operation: 'update' })
    expect((await post(old)).status).toBe(400)
    expect((await post(notification('unsigned-nonce-00001'), {})).status).toBe(401)
  })
})

describe('createReplayGuard', () => {
  it('forgets a nonce once its signature has expired, and stays bounded', () => {
    let now = 1000
    const guard = createReplayGuard(3, () => now)
    expect(guard.claim('a', 2000)).toBe(true)
    expect(guard.claim('a', 2000)).toBe(false)
    expect(guard.claim('b', 5000)).toBe(true)
    expect(guard.claim('c', 5000)).toBe(true)
    // Full of unexpired nonces: a new one is refused rather than forgetting one.
    expect(guard.claim('d', 5000)).toBe(false)
    now = 2500
    expect(guard.claim('d', 5000)).toBe(true)
    expect(guard.size).toBe(3)
    // A replay of 'a' now would fail the signature's time check; the guard no longer needs it.
    expect(guard.claim('b', 5000)).toBe(false)
  })
})
