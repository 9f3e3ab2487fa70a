import { once } from 'node:events'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_API_BODY_BYTES } from '../src/http/bodyLimits'
import { guardRequests } from '../src/http/guard'
import { streamPost, type StreamedPost } from './chunked'

// The CMS's HTTP front door on a real Node server, with a recording handler in
// the place of Next.js. The attacks: bodies sent chunked (no Content-Length)
// far over the 1 MB cap, and huge bodies posted to the inquiry endpoints
// without the portal's key, which used to be read in full before the 401.
const serviceKey = 'k'.repeat(40)
const MB = 1024 * 1024

interface Seen {
  url: string
  forwardedFor: string | undefined
  bytes: number
}
const seen: Seen[] = []

function recordingHandler(req: IncomingMessage, res: ServerResponse) {
  let bytes = 0
  req.on('data', (chunk: Buffer) => (bytes += chunk.length))
  req.on('end', () => {
    seen.push({ url: req.url ?? '', forwardedFor: req.headers['x-forwarded-for'] as string, bytes })
    res.writeHead(201, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ bytes }))
  })
}

async function listen(trustedHops: number) {
  const server = http.createServer(
    guardRequests(recordingHandler, { maxUploadMb: 2, serviceKey, trustedHops }),
  )
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return server
}

let server: http.Server
let behindProxy: http.Server
beforeAll(async () => {
  server = await listen(0)
  behindProxy = await listen(1)
})
afterAll(() => {
  server.close()
  behindProxy.close()
})

interface Outcome extends StreamedPost {
  /** Bytes the server's socket read in all, known once it has closed. */
  serverRead: Promise<number>
}

/** Streams a post to one of the test servers, measuring what its socket read. */
async function post(
  target: http.Server,
  path: string,
  total: number,
  headers: Record<string, string>,
): Promise<Outcome> {
  const { port } = target.address() as AddressInfo
  let serverRead: Promise<number> = Promise.resolve(0)
  target.once('connection', (socket: Socket) => {
    serverRead = once(socket, 'close').then(() => socket.bytesRead)
  })
  const outcome = await streamPost(`http://127.0.0.1:${port}${path}`, total, headers)
  return { ...outcome, serverRead }
}

const json = { 'content-type': 'application/json' }
const portalKey = { authorization: `service-accounts API-Key ${serviceKey}` }

describe('request bodies', () => {
  it('refuses an 8 MB chunked body with 413 and never hands it on', async () => {
    const before = seen.length
    const outcome = await post(server, '/api/projects', 8 * MB, json)
    expect(outcome.status).toBe(413)
    expect(outcome.text).toMatch(/请求内容超过 1024 KB.*Request body larger than 1024 KB/)
    expect(seen.length).toBe(before)
    expect(await outcome.serverRead).toBeLessThan(3 * MB)
  })

  it('refuses a declared length over the cap before reading', async () => {
    const outcome = await post(server, '/api/projects', 4 * MB, {
      ...json,
      'content-length': String(4 * MB),
    })
    expect(outcome.status).toBe(413)
    expect(await outcome.serverRead).toBeLessThan(MB)
  })

  it('passes a chunked body within the cap on whole', async () => {
    const outcome = await post(server, '/api/projects', MAX_API_BODY_BYTES, json)
    expect(outcome.status).toBe(201)
    expect(JSON.parse(outcome.text)).toEqual({ bytes: MAX_API_BODY_BYTES })
  })

  it('caps uploads at MAX_UPLOAD_MB and asks chunked uploads for their length', async () => {
    const upload = { 'content-type': 'multipart/form-data; boundary=x' }
    const small = await post(server, '/api/media', MB + 1, {
      ...upload,
      'content-length': String(MB + 1),
    })
    expect(small.status).toBe(201)
    const large = await post(server, '/api/media', 3 * MB, {
      ...upload,
      'content-length': String(3 * MB),
    })
    expect(large.status).toBe(413)
    expect(large.text).toContain('File larger than 2 MB')
    expect((await post(server, '/api/media', 3 * MB, upload)).status).toBe(411)
  })
})

describe('the inquiry endpoints', () => {
  it('answer 401 to a 200 MB chunked post without the portal key, before reading it', async () => {
    const before = seen.length
    const outcomes = await Promise.all(
      [
        '/api/inquiries/intake',
        '/api/inquiries/lookup',
        '/api//inquiries/%69ntake/',
        '/api/inquiries/intake?x=1',
      ].map((path) => post(server, path, 200 * MB, json)),
    )
    for (const outcome of outcomes) {
      expect(outcome.status).toBe(401)
      expect(outcome.text).toMatch(/需要门户服务密钥.*portal service key/)
      expect(outcome.sent).toBeLessThan(32 * MB)
      expect(await outcome.serverRead).toBeLessThan(MB)
    }
    expect(seen.length).toBe(before)
  })

  it('refuse a wrong key and a staff session alike', async () => {
    for (const authorization of [
      'service-accounts API-Key wrong-key',
      `users API-Key ${serviceKey}`,
      'JWT eyJhbGciOiJIUzI1NiJ9.e30.x',
    ]) {
      const outcome = await post(server, '/api/inquiries/intake', 1024, { ...json, authorization })
      expect(outcome.status, authorization).toBe(401)
    }
  })

  it('let the portal in with its key', async () => {
    const outcome = await post(server, '/api/inquiries/intake', 2048, { ...json, ...portalKey })
    expect(outcome.status).toBe(201)
    expect(seen.at(-1)).toMatchObject({ url: '/api/inquiries/intake', bytes: 2048 })
  })
})

describe('client addresses', () => {
  it('replaces a forged X-Forwarded-For with the connection address', async () => {
    await post(server, '/api/users/login', 10, { ...json, 'x-forwarded-for': '6.6.6.6' })
    expect(seen.at(-1)?.forwardedFor).toBe('127.0.0.1')
  })

  it('believes exactly the trusted proxies behind one', async () => {
    await post(behindProxy, '/api/users/login', 10, {
      ...json,
      'x-forwarded-for': '6.6.6.6, 203.0.113.5',
    })
    expect(seen.at(-1)?.forwardedFor).toBe('203.0.113.5')
  })
})
