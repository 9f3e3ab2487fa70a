import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  ChangeNotification,
  NOTIFY_MAX_SKEW_MS,
  NOTIFY_SIGNATURE_HEADER,
  NOTIFY_TIMESTAMP_HEADER,
  verifyNotification,
} from '@portal/shared/signing'
import { sendOwn } from './respond'

/**
 * `POST /_portal/invalidate`: the CMS's signed change notifications. A valid
 * one starts a new cache generation. Each is accepted once: its nonce is
 * remembered until its signature's time window has passed, so a captured
 * notification cannot be replayed to keep the portal re-rendering.
 */

export interface ReplayGuard {
  /** True the first time `nonce` is claimed before `expiresAt`; false for a replay. */
  claim(nonce: string, expiresAt: number): boolean
  readonly size: number
}

/**
 * Remembers nonces until they expire. Only notifications with a valid
 * signature get here, so the set grows with the CMS's own publishing; past
 * `maxEntries` unexpired ones (more than a publish every 60 ms for ten
 * minutes) new ones are refused rather than forgetting any.
 */
export function createReplayGuard(maxEntries = 10_000, now = Date.now): ReplayGuard {
  const seen = new Map<string, number>()
  const prune = () => {
    const time = now()
    for (const [nonce, expiresAt] of seen) if (expiresAt <= time) seen.delete(nonce)
  }
  return {
    claim(nonce, expiresAt) {
      const known = seen.get(nonce)
      if (known !== undefined && known > now()) return false
      if (seen.size >= maxEntries) prune()
      if (seen.size >= maxEntries) return false
      seen.set(nonce, expiresAt)
      return true
    },
    get size() {
      return seen.size
    },
  }
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > limit) return null
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

export interface NotificationOptions {
  secret: string
  /** Applies a verified change; returns the new cache generation. */
  onChange: (change: ChangeNotification) => number
  headers: Record<string, string>
  guard?: ReplayGuard
  now?: () => number
}

/** The handler of change notifications. */
export function createNotificationHandler(options: NotificationOptions) {
  const now = options.now ?? Date.now
  const guard = options.guard ?? createReplayGuard(undefined, now)
  const refuse = (res: ServerResponse, status: number, error: string) => {
    sendOwn(res, status, { error }, options.headers)
    return 'REFUSED' as const
  }
  return async (req: IncomingMessage, res: ServerResponse): Promise<string> => {
    if (req.method !== 'POST') return refuse(res, 405, 'method-not-allowed')
    const body = await readBody(req, 4096)
    if (body === null) return refuse(res, 413, 'too-large')
    const timestamp = req.headers[NOTIFY_TIMESTAMP_HEADER]
    const signature = req.headers[NOTIFY_SIGNATURE_HEADER]
    const stamp = typeof timestamp === 'string' ? timestamp : null
    if (
      !verifyNotification(
        options.secret,
        body,
        stamp,
        typeof signature === 'string' ? signature : null,
        now(),
      )
    ) {
      return refuse(res, 401, 'bad-signature')
    }
    let change: ChangeNotification
    try {
      change = ChangeNotification.parse(JSON.parse(body))
    } catch {
      return refuse(res, 400, 'bad-notification')
    }
    // The signature verifies while the timestamp is within the skew of the clock.
    if (!guard.claim(change.nonce, Number(stamp) + NOTIFY_MAX_SKEW_MS + 1)) {
      return refuse(res, 409, 'already-received')
    }
    const generation = options.onChange(change)
    sendOwn(res, 202, { generation }, options.headers)
    return 'INVALIDATED'
  }
}
