import { NextResponse, type NextRequest } from 'next/server'

/** Payload keeps the admin language in this cookie (its default cookie prefix is `payload`). */
const LANGUAGE_COOKIE = 'payload-lng'

/**
 * Staff edit in Chinese: a first visit to the admin gets the Chinese interface
 * whatever the browser's language. Anyone can switch to English in their
 * account settings, which rewrites the cookie.
 */
export function proxy(request: NextRequest) {
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

export const config = { matcher: ['/admin/:path*'] }
