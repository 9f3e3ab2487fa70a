import { createHash, timingSafeEqual } from 'node:crypto'
import { STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http'
import { clientAddressOf } from '@portal/shared/client-address'
import { SERVICE_ACCOUNTS_SLUG } from '../access/roles'
import { bodyLimit } from './bodyLimits'

/** Anything that answers Node's requests: here, Next.js's request handler. */
export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown

/** What the guard enforces. */
export interface GuardOptions {
  /** MAX_UPLOAD_MB: the cap of multipart uploads (other bodies: 1 MB). */
  maxUploadMb: number
  /** The portal's service key (PORTAL_API_KEY), the only key the inquiry endpoints take. */
  serviceKey: string
  /** TRUST_PROXY_HOPS: proxies in front of the CMS whose X-Forwarded-For is believed. */
  trustedHops: number
}

/** The portal's two inquiry endpoints, however the path is spelled. */
const SERVICE_ONLY_PATH = /^\/api\/inquiries\/(intake|lookup)\/?$/i

const UNAUTHORIZED = '需要门户服务密钥 / The portal service key is required'
const LENGTH_REQUIRED = '上传文件须注明内容长度 / Uploads must state their length (Content-Length)'

/** The request's path, decoded, with repeated slashes folded, or null when it cannot be decoded. */
function pathOf(url: string | undefined): string | null {
  try {
    return decodeURIComponent((url ?? '/').split('?')[0] ?? '/').replace(/\/{2,}/g, '/')
  } catch {
    return null
  }
}

const digest = (value: string) => createHash('sha256').update(value).digest()

/** True when the Authorization header carries exactly the portal's service key. */
function hasServiceKey(header: string | undefined, serviceKey: string): boolean {
  const prefix = `${SERVICE_ACCOUNTS_SLUG} API-Key `
  if (!header?.startsWith(prefix)) return false
  return timingSafeEqual(digest(header.slice(prefix.length)), digest(serviceKey))
}

/** How long a refused connection stays open for the client to read the answer. */
const LINGER_MS = 5000

/**
 * Answers a refusal and closes the connection without reading the body.
 * The answer is written straight to the socket and Node's response is never
 * ended, because ending it makes Node read and discard the rest of the body
 * and then close at once: with the client still sending, that close resets
 * the connection and the client may lose the answer it was sent. Here the
 * unread body only fills Node's small request buffer, which stops reading
 * from the socket; the client gets the answer and the end of the stream,
 * and the socket is destroyed once it leaves or after LINGER_MS.
 */
function refuse(req: IncomingMessage, status: number, message: string): void {
  const socket = req.socket
  const body = JSON.stringify({ errors: [{ message }] })
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    'X-Content-Type-Options: nosniff',
    'Connection: close',
  ]
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`)
  const timer = setTimeout(() => socket.destroy(), LINGER_MS)
  timer.unref()
  socket.once('close', () => clearTimeout(timer))
}

/**
 * Holds a body sent without a length (chunked) until it has all arrived,
 * counting its bytes as Node's HTTP parser hands them over. Only a complete
 * body within `limit` is passed on (`release`); at the first byte over it the
 * parser is told to stop reading from the socket and `overflow` answers, so
 * the application never sees a truncated body (Payload would read a cut
 * JSON body as an empty one) and never more than `limit` bytes are kept.
 */
function holdBody(
  req: IncomingMessage,
  limit: number,
  release: () => void,
  overflow: () => void,
): void {
  const push = req.push.bind(req)
  const held: Buffer[] = []
  let size = req.readableLength
  req.push = (chunk: Buffer | null) => {
    if (chunk === null) {
      req.push = push
      for (const part of held) push(part)
      const more = push(null)
      release()
      return more
    }
    size += chunk.length
    if (size > limit) {
      req.push = push
      held.length = 0
      overflow()
      return false
    }
    held.push(chunk)
    return true
  }
}

/**
 * The CMS's front door, in front of Next.js in production (scripts/start.ts).
 * Next.js middleware sees only headers, so the rules that need the
 * connection itself live here:
 *
 * - X-Forwarded-For is replaced by the one client address TRUST_PROXY_HOPS
 *   trusts (the rule of the portal), which Payload's login limit counts;
 * - the inquiry endpoints answer 401 before any body is read unless the
 *   request carries the portal's service key (Payload checks it again);
 * - a body over its cap (1 MB, uploads MAX_UPLOAD_MB) is refused with 413:
 *   by its Content-Length, or for a chunked body by counting its bytes as
 *   they arrive; a chunked upload gets 411 (browsers always send a length).
 */
export function guardRequests(handler: RequestHandler, options: GuardOptions): RequestHandler {
  return (req, res) => {
    req.headers['x-forwarded-for'] = clientAddressOf(
      req.socket.remoteAddress,
      req.headers['x-forwarded-for'],
      options.trustedHops,
    )
    const path = pathOf(req.url)
    if (path === null) return refuse(req, 400, '地址无效 / Invalid address')
    if (
      SERVICE_ONLY_PATH.test(path) &&
      !hasServiceKey(req.headers.authorization, options.serviceKey)
    ) {
      return refuse(req, 401, UNAUTHORIZED)
    }
    const limit = bodyLimit(req.headers['content-type'], options.maxUploadMb)
    const declared = req.headers['content-length']
    if (declared !== undefined && !(Number(declared) <= limit.bytes)) {
      return refuse(req, 413, limit.message)
    }
    if (req.headers['transfer-encoding'] === undefined || req.complete) return handler(req, res)
    if (limit.upload) return refuse(req, 411, LENGTH_REQUIRED)
    holdBody(
      req,
      limit.bytes,
      () => void handler(req, res),
      () => refuse(req, 413, limit.message),
    )
  }
}
