import { createHmac, timingSafeEqual } from 'node:crypto'
import { subscribe } from 'node:diagnostics_channel'
import type { IncomingMessage } from 'node:http'
import type { Socket } from 'node:net'
import { clientAddressOf } from '@portal/shared/client-address'
import type { Redis } from 'ioredis'
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'

/**
 * What stands between the public and the inquiry outbox: each check is a
 * small function of the request, so the handler can run them in order and the
 * tests can run them alone.
 */

// ---------------------------------------------------------------- origin

/**
 * A POST must come from a page of this site: its `Origin` (or, when a browser
 * sends none, its `Referer`) must be the origin of SITE_URL or of the request
 * itself. This replaces Astro's `security.checkOrigin`, which answers with a
 * bare English 403 before a page can explain anything.
 */
export function isSameOrigin(request: Request, siteUrl: string): boolean {
  const claimed = request.headers.get('origin') ?? request.headers.get('referer')
  if (!claimed || claimed === 'null') return false
  let origin: string
  try {
    origin = new URL(claimed).origin
  } catch {
    return false
  }
  return origin === new URL(siteUrl).origin || origin === new URL(request.url).origin
}

// ---------------------------------------------------------------- body

/**
 * The request body, or null when it is larger than `maxBytes`. A declared
 * `content-length` over the limit is refused unread; the stream itself is
 * counted too, since a client may declare one length and send more (or use
 * chunked encoding and declare none).
 */
export async function readLimitedBody(
  request: Request,
  maxBytes: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = request.headers.get('content-length')
  if (declared !== null && (!/^\d+$/.test(declared) || Number(declared) > maxBytes)) return null
  if (!request.body) return new Uint8Array(0)
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
  const body = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

/** The posted fields, from an HTML form (urlencoded or multipart) or a JSON object. */
export type PostedFields = Record<string, unknown>

export type ParsedBody =
  { kind: 'form' | 'json'; fields: PostedFields } | { kind: 'unsupported' } | { kind: 'malformed' }

export function isJsonRequest(request: Request): boolean {
  return /^application\/json\b/i.test(request.headers.get('content-type') ?? '')
}

/** Turns a body read by `readLimitedBody` into fields. Files in multipart bodies are ignored. */
export async function parseBody(
  request: Request,
  body: Uint8Array<ArrayBuffer>,
): Promise<ParsedBody> {
  const type = request.headers.get('content-type') ?? ''
  const text = () => new TextDecoder().decode(body)
  if (isJsonRequest(request)) {
    try {
      const value: unknown = JSON.parse(text())
      if (!value || typeof value !== 'object' || Array.isArray(value)) return { kind: 'malformed' }
      return { kind: 'json', fields: value as PostedFields }
    } catch {
      return { kind: 'malformed' }
    }
  }
  if (/^application\/x-www-form-urlencoded\b/i.test(type)) {
    const fields: PostedFields = {}
    for (const [key, value] of new URLSearchParams(text()))
      if (!(key in fields)) fields[key] = value
    return { kind: 'form', fields }
  }
  if (/^multipart\/form-data\b/i.test(type)) {
    try {
      const data = await new Response(body, { headers: { 'content-type': type } }).formData()
      const fields: PostedFields = {}
      for (const [key, value] of data) {
        if (typeof value === 'string' && !(key in fields)) fields[key] = value
      }
      return { kind: 'form', fields }
    } catch {
      return { kind: 'malformed' }
    }
  }
  return { kind: 'unsupported' }
}

// ---------------------------------------------------------------- honeypot

/**
 * The name of a text field people never see (it sits off-screen, out of the
 * tab order, hidden from assistive technology); form-filling robots fill it.
 */
export const HONEYPOT_FIELD = 'website'

export function isHoneypotFilled(fields: PostedFields): boolean {
  const value = fields[HONEYPOT_FIELD]
  return value !== undefined && value !== null && String(value).trim() !== ''
}

// ---------------------------------------------------------------- form token

/** The hidden field that carries the time the form was shown. */
export const FORM_TOKEN_FIELD = 'formToken'

/** A form older than this is refused (and shown again with a fresh token). */
export const FORM_TOKEN_MAX_AGE_MS = 24 * 60 * 60 * 1000

const sign = (secret: string, issuedAt: number, formType: string) =>
  createHmac('sha256', secret).update(`${issuedAt}${formType}`).digest('base64url')

/**
 * `<issuedAtMs>.<HMAC-SHA256(secret, issuedAtMs + formType)>` in base64url:
 * proof that this server showed a form of this type at that time, so the
 * handler can tell how long the visitor took to fill it in.
 */
export function issueFormToken(secret: string, formType: string, nowMs = Date.now()): string {
  const issuedAt = Math.floor(nowMs)
  return `${issuedAt}.${sign(secret, issuedAt, formType)}`
}

export type TokenCheck = 'ok' | 'missing' | 'forged' | 'too-fast' | 'expired'

export function checkFormToken(
  token: unknown,
  secret: string,
  formType: string,
  options: { nowMs?: number; minFillMs: number; maxAgeMs?: number },
): TokenCheck {
  if (typeof token !== 'string' || token === '') return 'missing'
  const match = /^(\d{1,16})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return 'forged'
  const issuedAt = Number(match[1])
  const expected = Buffer.from(sign(secret, issuedAt, formType))
  const given = Buffer.from(match[2] ?? '')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'forged'
  const age = (options.nowMs ?? Date.now()) - issuedAt
  if (age > (options.maxAgeMs ?? FORM_TOKEN_MAX_AGE_MS)) return 'expired'
  if (age < options.minFillMs) return 'too-fast'
  return 'ok'
}

// ---------------------------------------------------------------- rate limit

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number }

export interface RateLimit {
  /** Counts one attempt for `key`; refused once the window's points are used. */
  consume(key: string): Promise<RateDecision>
  /** Gives one point back. */
  refund(key: string): Promise<void>
}

/**
 * At most `points` attempts per client in `windowMinutes`. With `redis`, the
 * count is shared by every portal instance using that Redis; while Redis
 * cannot be reached, each instance falls back to counting in its own memory
 * (a visitor is never refused because Redis is down). Without it, this
 * process's memory only.
 */
export function createRateLimit(options: {
  points: number
  windowMinutes: number
  prefix: string
  redis?: Redis | null
}): RateLimit {
  const settings = {
    keyPrefix: `portal:${options.prefix}`,
    points: options.points,
    duration: Math.max(1, Math.round(options.windowMinutes * 60)),
  }
  const memory = new RateLimiterMemory(settings)
  const limiter = options.redis
    ? new RateLimiterRedis({ ...settings, storeClient: options.redis, insuranceLimiter: memory })
    : memory
  return {
    async consume(key) {
      try {
        await limiter.consume(key)
        return { ok: true }
      } catch (error) {
        if (!(error instanceof RateLimiterRes)) throw error
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) }
      }
    },
    async refund(key) {
      await limiter.reward(key, 1)
    },
  }
}

// ---------------------------------------------------------------- client address

export { clientAddressOf, normalizeAddress, rateLimitKey } from '@portal/shared/client-address'

let hookHops: number | null = null

/**
 * Makes Astro's `clientAddress` trustworthy. The Node adapter (astro 5.18,
 * @astrojs/node 9.5.5, `NodeApp.createRequest`) takes the first value of
 * X-Forwarded-For whenever the header is present, so any visitor could pick
 * the address they are rate-limited under. Node publishes every incoming
 * request on the `http.server.request.start` diagnostics channel before any
 * request listener runs (whichever server hosts Astro); this rewrites the
 * header there to the one address `clientAddressOf` trusts, so the adapter
 * reports that. Called once at server start.
 */
export function trustClientAddresses(trustedHops: number): void {
  if (hookHops !== null) return
  hookHops = trustedHops
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket }
    request.headers['x-forwarded-for'] = clientAddressOf(
      socket?.remoteAddress,
      request.headers['x-forwarded-for'],
      trustedHops,
    )
  })
}

/** Whether `trustClientAddresses` has run in this process. */
export function clientAddressesTrusted(): boolean {
  return hookHops !== null
}
