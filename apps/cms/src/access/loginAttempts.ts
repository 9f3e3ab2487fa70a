import { clientAddressOf, rateLimitKey } from '@portal/shared/client-address'
import {
  APIError,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

/** Failed staff logins accepted from one client address in LOGIN_WINDOW_MINUTES. */
export const LOGIN_ATTEMPTS_PER_ADDRESS = 20
/** The window of that limit. */
export const LOGIN_WINDOW_MINUTES = 15

// One counter per process, even when Next.js loads this module in several bundles.
const LIMITER = Symbol.for('portal.cms.loginLimiter')
const store = globalThis as { [LIMITER]?: RateLimiterMemory }
const limiter = (store[LIMITER] ??= new RateLimiterMemory({
  keyPrefix: 'login',
  points: LOGIN_ATTEMPTS_PER_ADDRESS,
  duration: LOGIN_WINDOW_MINUTES * 60,
}))

/**
 * The address a login attempt is counted under. The production server
 * (src/http/guard.ts) replaces X-Forwarded-For with the one address
 * TRUST_PROXY_HOPS trusts; without it (development) the nearest entry counts.
 */
function addressKey(req: PayloadRequest): string {
  const forwarded = req.headers.get('x-forwarded-for') ?? undefined
  return rateLimitKey(clientAddressOf(undefined, forwarded, 1))
}

/**
 * Counts every login attempt against the caller's address before Payload
 * checks the password, and refuses with 429 once the address has used up its
 * attempts: a guesser cycling through many accounts is stopped long before
 * each account's own lockout (maxLoginAttempts) would be reached. Logins
 * through the Local API (scripts, the seed) are not counted.
 */
export const countLoginAttempt: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'login' || req.payloadAPI === 'local') return args
  try {
    await limiter.consume(addressKey(req))
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error
    const retryAfterSeconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000))
    const minutes = Math.ceil(retryAfterSeconds / 60)
    // With `data`, Payload answers this message in production too (it formats
    // errors without data by their class name, which the production bundle shortens).
    throw new APIError(
      `登录失败次数过多，请 ${minutes} 分钟后再试 / Too many failed logins from this address: try again in ${minutes} minutes`,
      429,
      { retryAfterSeconds },
      true,
    )
  }
  return args
}

/** A successful login gives its attempt back: only failures use up an address's allowance. */
export const refundLoginAttempt: CollectionAfterLoginHook = async ({ req, user }) => {
  if (req.payloadAPI !== 'local') await limiter.reward(addressKey(req), 1)
  return user
}
