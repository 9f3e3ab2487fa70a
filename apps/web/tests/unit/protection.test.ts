import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { NodeApp } from 'astro/app/node'
import { describe, expect, it } from 'vitest'
import {
  checkFormToken,
  clientAddressOf,
  createRateLimit,
  isHoneypotFilled,
  isSameOrigin,
  issueFormToken,
  normalizeAddress,
  parseBody,
  rateLimitKey,
  readLimitedBody,
  trustClientAddresses,
} from '../../src/lib/inquiries/protection'

const SITE = 'https://invest.example.gov.cn'

const post = (headers: Record<string, string>, body: BodyInit | null = 'a=1', url = SITE) =>
  new Request(`${url}/contact`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body,
    // Needed by Node's fetch for a streamed body.
    ...({ duplex: 'half' } as object),
  })

describe('origin check', () => {
  it('accepts a post from the site itself, by Origin or else by Referer', () => {
    expect(isSameOrigin(post({ origin: SITE }), SITE)).toBe(true)
    expect(isSameOrigin(post({ referer: `${SITE}/projects/a?x=1` }), SITE)).toBe(true)
  })

  it('accepts the origin of the request itself (a portal reached under another name)', () => {
    const request = post({ origin: 'http://localhost:4555' }, 'a=1', 'http://localhost:4555')
    expect(isSameOrigin(request, SITE)).toBe(true)
  })

  it('refuses other sites, opaque origins and posts that say nothing', () => {
    expect(isSameOrigin(post({ origin: 'https://evil.example' }), SITE)).toBe(false)
    expect(isSameOrigin(post({ origin: 'https://invest.example.gov.cn.evil.example' }), SITE)).toBe(
      false,
    )
    expect(isSameOrigin(post({ origin: 'http://invest.example.gov.cn' }), SITE)).toBe(false)
    expect(isSameOrigin(post({ origin: 'null' }), SITE)).toBe(false)
    expect(isSameOrigin(post({ referer: 'not a url' }), SITE)).toBe(false)
    expect(isSameOrigin(post({}), SITE)).toBe(false)
    // An Origin wins over a matching Referer.
    expect(isSameOrigin(post({ origin: 'https://evil.example', referer: `${SITE}/` }), SITE)).toBe(
      false,
    )
  })
})

function stream(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk))
      controller.close()
    },
  })
}

describe('body limit', () => {
  it('reads a body within the limit', async () => {
    const body = await readLimitedBody(post({}, 'name=%E5%BC%A0'), 100)
    expect(new TextDecoder().decode(body!)).toBe('name=%E5%BC%A0')
  })

  it('refuses a declared length over the limit without reading', async () => {
    const request = post({ 'content-length': '5000' }, stream(['x']))
    expect(await readLimitedBody(request, 1024)).toBeNull()
  })

  it('counts a streamed body that declares no length', async () => {
    const request = post({}, stream(['a'.repeat(600), 'b'.repeat(600)]))
    expect(request.headers.get('content-length')).toBeNull()
    expect(await readLimitedBody(request, 1024)).toBeNull()
    expect(await readLimitedBody(post({}, stream(['a'.repeat(600)])), 1024)).toHaveLength(600)
  })

  it('counts a streamed body that declares less than it sends', async () => {
    const request = post({ 'content-length': '10' }, stream(['a'.repeat(2000)]))
    expect(await readLimitedBody(request, 1024)).toBeNull()
  })
})

describe('body formats', () => {
  it('reads urlencoded, multipart and JSON posts', async () => {
    const form = post({}, 'name=%E5%BC%A0%E4%B8%89&consent=on')
    expect(await parseBody(form, (await readLimitedBody(form, 1000))!)).toEqual({
      kind: 'form',
      fields: { name: '张三', consent: 'on' },
    })
    const data = new FormData()
    data.set('name', '李四')
    const multipart = new Request(`${SITE}/contact`, { method: 'POST', body: data })
    expect(await parseBody(multipart, (await readLimitedBody(multipart, 1000))!)).toEqual({
      kind: 'form',
      fields: { name: '李四' },
    })
    const json = post({ 'content-type': 'application/json' }, '{"consent":true}')
    expect(await parseBody(json, (await readLimitedBody(json, 1000))!)).toEqual({
      kind: 'json',
      fields: { consent: true },
    })
  })

  it('says what it cannot read', async () => {
    const text = post({ 'content-type': 'text/plain' }, 'hello')
    expect(await parseBody(text, new Uint8Array(0))).toEqual({ kind: 'unsupported' })
    const array = post({ 'content-type': 'application/json' })
    expect(await parseBody(array, new TextEncoder().encode('[1]'))).toEqual({ kind: 'malformed' })
  })
})

describe('honeypot', () => {
  it('is empty for people and filled by robots', () => {
    expect(isHoneypotFilled({ name: '张三', website: '' })).toBe(false)
    expect(isHoneypotFilled({ name: '张三' })).toBe(false)
    expect(isHoneypotFilled({ website: 'https://spam.example' })).toBe(true)
    expect(isHoneypotFilled({ website: ' x ' })).toBe(true)
  })
})

describe('form token', () => {
  const secret = 'a-test-secret-of-some-length'
  const issued = Date.parse('2026-11-28T02:00:00Z')
  const token = issueFormToken(secret, 'project', issued)
  const check = (value: unknown, nowMs: number, type = 'project') =>
    checkFormToken(value, secret, type, { nowMs, minFillMs: 3000 })

  it('is the time it was issued and an HMAC of that time and the form type', () => {
    expect(token).toMatch(/^\d{13}\.[A-Za-z0-9_-]{43}$/)
    expect(token.split('.')[0]).toBe(String(issued))
  })

  it('passes once the visitor has taken the minimum time, for a day', () => {
    expect(check(token, issued + 3000)).toBe('ok')
    expect(check(token, issued + 23 * 60 * 60 * 1000)).toBe('ok')
  })

  it('refuses a form sent too fast or too late', () => {
    expect(check(token, issued + 2999)).toBe('too-fast')
    expect(check(token, issued - 1000)).toBe('too-fast')
    expect(check(token, issued + 24 * 60 * 60 * 1000 + 1)).toBe('expired')
  })

  it('refuses missing and forged tokens', () => {
    const later = issued + 10_000
    expect(check(undefined, later)).toBe('missing')
    expect(check('', later)).toBe('missing')
    expect(check('garbage', later)).toBe('forged')
    // Another form type, another secret, an older time with the same signature.
    expect(check(token, later, 'returnee')).toBe('forged')
    expect(checkFormToken(token, 'another-secret', 'project', { nowMs: later, minFillMs: 0 })).toBe(
      'forged',
    )
    const [, signature] = token.split('.')
    expect(check(`${issued - 60_000}.${signature}`, later)).toBe('forged')
    const flipped = `${signature!.slice(0, -1)}${signature!.endsWith('A') ? 'B' : 'A'}`
    expect(check(`${issued}.${flipped}`, later)).toBe('forged')
  })
})

describe('rate limit', () => {
  it('refuses after N attempts in the window and says when to come back', async () => {
    const limit = createRateLimit({ points: 3, windowMinutes: 10, prefix: 'test' })
    for (let i = 0; i < 3; i++) expect(await limit.consume('1.2.3.4')).toEqual({ ok: true })
    const refused = await limit.consume('1.2.3.4')
    expect(refused.ok).toBe(false)
    if (refused.ok) return
    expect(refused.retryAfterSeconds).toBeGreaterThan(590)
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(600)
    // Others are not affected.
    expect(await limit.consume('5.6.7.8')).toEqual({ ok: true })
  })

  it('gives a point back on refund', async () => {
    const limit = createRateLimit({ points: 1, windowMinutes: 1, prefix: 'refund' })
    expect(await limit.consume('a')).toEqual({ ok: true })
    await limit.refund('a')
    expect(await limit.consume('a')).toEqual({ ok: true })
    expect((await limit.consume('a')).ok).toBe(false)
  })
})

describe('client address', () => {
  it('uses the connection’s address and ignores X-Forwarded-For with no trusted proxy', () => {
    expect(clientAddressOf('::ffff:203.0.113.7', '198.51.100.1', 0)).toBe('203.0.113.7')
    expect(clientAddressOf('203.0.113.7', undefined, 0)).toBe('203.0.113.7')
    expect(clientAddressOf(undefined, undefined, 0)).toBe('unknown')
  })

  it('takes the N-th address from the right behind N proxies', () => {
    const chain = '6.6.6.6, 198.51.100.1, 10.0.0.2'
    expect(clientAddressOf('10.0.0.3', chain, 1)).toBe('10.0.0.2')
    expect(clientAddressOf('10.0.0.3', chain, 2)).toBe('198.51.100.1')
    // Several headers count as one list.
    expect(clientAddressOf('10.0.0.3', ['6.6.6.6', '198.51.100.1'], 1)).toBe('198.51.100.1')
    // A shorter chain than the proxies: its leftmost address.
    expect(clientAddressOf('10.0.0.3', '198.51.100.1', 3)).toBe('198.51.100.1')
    // No header at all: the connection.
    expect(clientAddressOf('10.0.0.3', undefined, 1)).toBe('10.0.0.3')
  })

  it('normalises addresses and counts IPv6 clients by their /64', () => {
    expect(normalizeAddress('[2001:db8::1]:443')).toBe('2001:db8::1')
    expect(normalizeAddress('203.0.113.7:5000')).toBe('203.0.113.7')
    expect(normalizeAddress('FE80::1%eth0')).toBe('fe80::1')
    expect(rateLimitKey('203.0.113.7')).toBe('203.0.113.7')
    expect(rateLimitKey('2001:db8:0:1:aaaa::1')).toBe('2001:db8:0:1::/64')
    expect(rateLimitKey('2001:db8:0:1:bbbb:cccc:dddd:eeee')).toBe('2001:db8:0:1::/64')
    expect(rateLimitKey('2001:db8::')).toBe('2001:db8:0:0::/64')
  })

  it('makes Astro’s clientAddress the connection’s address, whatever X-Forwarded-For says', async () => {
    trustClientAddresses(0)
    const seen: string[] = []
    const server = createServer((req: IncomingMessage, res) => {
      const request = NodeApp.createRequest(req, { skipBody: true })
      seen.push(String(Reflect.get(request, Symbol.for('astro.clientAddress'))))
      res.end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as AddressInfo
      await fetch(`http://127.0.0.1:${port}/`, { headers: { 'x-forwarded-for': '6.6.6.6' } })
      await fetch(`http://127.0.0.1:${port}/`)
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
    expect(seen).toEqual(['127.0.0.1', '127.0.0.1'])
  })
})
