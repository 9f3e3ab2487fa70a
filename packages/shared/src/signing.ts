import { createHmac, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'

/**
 * Messages the CMS sends the portal, signed with a secret both hold
 * (PORTAL_HOOK_SECRET): change notifications that refresh the portal's cache,
 * and preview links that show a draft. Neither is a public capability: without
 * the secret nobody can flush the cache or read a draft.
 */

/** How far a notification's timestamp may be from the receiver's clock. */
export const NOTIFY_MAX_SKEW_MS = 5 * 60 * 1000

export const NOTIFY_TIMESTAMP_HEADER = 'x-portal-timestamp'
export const NOTIFY_SIGNATURE_HEADER = 'x-portal-signature'

function hmac(secret: string, data: string): string {
  return createHmac('sha256', secret).update(data).digest('base64url')
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && timingSafeEqual(left, right)
}

/** Headers that sign `body` at `now` (milliseconds). */
export function signNotification(
  secret: string,
  body: string,
  now = Date.now(),
): Record<string, string> {
  const timestamp = String(now)
  return {
    [NOTIFY_TIMESTAMP_HEADER]: timestamp,
    [NOTIFY_SIGNATURE_HEADER]: hmac(secret, `${timestamp}.${body}`),
  }
}

/** True when the signature matches the body and the timestamp is recent. */
export function verifyNotification(
  secret: string,
  body: string,
  timestamp: string | null | undefined,
  signature: string | null | undefined,
  now = Date.now(),
): boolean {
  if (!timestamp || !signature || !/^\d{1,16}$/.test(timestamp)) return false
  if (Math.abs(now - Number(timestamp)) > NOTIFY_MAX_SKEW_MS) return false
  return sameText(signature, hmac(secret, `${timestamp}.${body}`))
}

/** What changed in the CMS. The portal refreshes every page that may show it. */
export const ChangeNotification = z.object({
  /** A collection slug, or `global:<slug>` for a global such as the site settings. */
  source: z.string().min(1).max(64),
  id: z.union([z.string(), z.number()]).nullable(),
  operation: z.enum(['publish', 'unpublish', 'update', 'delete']),
  /**
   * Unique per notification: the portal accepts each one once, so a captured
   * notification cannot be replayed within its signature's time window.
   */
  nonce: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
})
export type ChangeNotification = z.infer<typeof ChangeNotification>
/** A change as the CMS's hooks describe it, before it is given its nonce. */
export type ContentChange = Omit<ChangeNotification, 'nonce'>

/** Collections that can be previewed, and the portal path of each document. */
export const PREVIEW_COLLECTIONS = {
  projects: 'projects',
  policies: 'policies',
  news: 'news',
  guides: 'guides',
} as const
export type PreviewCollection = keyof typeof PREVIEW_COLLECTIONS

const PreviewClaims = z.object({
  collection: z.enum(['projects', 'policies', 'news', 'guides']),
  id: z.union([z.string(), z.number()]),
  /** Expiry, milliseconds since the epoch. */
  exp: z.number().int(),
})
export type PreviewClaims = z.infer<typeof PreviewClaims>

/** How long a preview link works. Long enough for an editing session's live preview. */
export const PREVIEW_TTL_MS = 2 * 60 * 60 * 1000

/** A signed preview token for one document, valid until `claims.exp`. */
export function createPreviewToken(secret: string, claims: PreviewClaims): string {
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url')
  return `${payload}.${hmac(secret, `preview.${payload}`)}`
}

/** The claims of a valid, unexpired preview token, or null. */
export function verifyPreviewToken(
  secret: string,
  token: string | null | undefined,
  now = Date.now(),
): PreviewClaims | null {
  if (!token || token.length > 1024) return null
  const [payload, signature, extra] = token.split('.')
  if (!payload || !signature || extra !== undefined) return null
  if (!sameText(signature, hmac(secret, `preview.${payload}`))) return null
  try {
    const claims = PreviewClaims.parse(JSON.parse(Buffer.from(payload, 'base64url').toString()))
    return claims.exp > now ? claims : null
  } catch {
    return null
  }
}

/** The header that carries a preview token from the portal to the CMS. */
export const PREVIEW_TOKEN_HEADER = 'x-preview-token'
