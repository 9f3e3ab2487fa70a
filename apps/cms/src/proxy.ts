import { NextResponse, type NextRequest } from 'next/server'
import { bodyLimit } from './http/bodyLimits'

/** Payload keeps the admin language in this cookie (its default cookie prefix is `payload`). */
const LANGUAGE_COOKIE = 'payload-lng'

/**
 * Staff edit in Chinese: a first visit to the admin gets the Chinese interface
 * whatever the browser's language. Anyone can switch to English in their
 * account settings, which rewrites the cookie.
 */
export function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/api/')) return limitBody(request)
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  request.cookies.set(LANGUAGE_COOKIE, 'zh')
  const response = NextResponse.next({ request })
  response.cookies.set(LANGUAGE_COOKIE, 'zh', {
    path: '/',
    sameSite: 'lax',
    maxAge: 60 * 60 * 24 * 365,
  })
  return response
}

/**
 * Refuses a body whose declared length is over the cap with a clear 413. The
 * production server (src/http/guard.ts) enforces the caps itself, counting
 * bodies sent without a length too; this check also covers `next dev`.
 */
function limitBody(request: NextRequest) {
  const limit = bodyLimit(
    request.headers.get('content-type'),
    Number(process.env.MAX_UPLOAD_MB) || 10,
  )
  const length = Number(request.headers.get('content-length') ?? 0)
  if (length <= limit.bytes) return NextResponse.next()
  return NextResponse.json({ errors: [{ message: limit.message }] }, { status: 413 })
}

export const config = { matcher: ['/admin/:path*', '/api/:path*'] }
