import { NextResponse, type NextRequest } from 'next/server'

/** Payload keeps the admin language in this cookie (its default cookie prefix is `payload`). */
const LANGUAGE_COOKIE = 'payload-lng'

/**
 * Staff edit in Chinese: a first visit to the admin gets the Chinese interface
 * whatever the browser's language. Anyone can switch to English in their
 * account settings, which rewrites the cookie.
 */
/** Largest JSON or form body the API accepts; uploads have their own cap (MAX_UPLOAD_MB). */
export const MAX_API_BODY_BYTES = 1024 * 1024

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

/** Room for the form fields around an uploaded file. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024

/**
 * Refuses an oversized request body with a clear 413 before Payload reads it:
 * uploads above MAX_UPLOAD_MB, anything else above 1 MB. (Payload enforces the
 * upload limit again while reading, for bodies sent without a length.)
 */
function limitBody(request: NextRequest) {
  const upload = (request.headers.get('content-type') ?? '').startsWith('multipart/form-data')
  const length = Number(request.headers.get('content-length') ?? 0)
  const uploadMb = Number(process.env.MAX_UPLOAD_MB) || 10
  const limit = upload ? uploadMb * 1024 * 1024 + MULTIPART_OVERHEAD_BYTES : MAX_API_BODY_BYTES
  if (length <= limit) return NextResponse.next()
  const message = upload
    ? `文件超过 ${uploadMb} MB 的上限 / File larger than ${uploadMb} MB`
    : `请求内容超过 ${MAX_API_BODY_BYTES / 1024} KB 的上限 / Request body larger than ${MAX_API_BODY_BYTES / 1024} KB`
  return NextResponse.json({ errors: [{ message }] }, { status: 413 })
}

export const config = { matcher: ['/admin/:path*', '/api/:path*'] }
