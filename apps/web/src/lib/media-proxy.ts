import { env } from './env'

/** Plain file names only (no paths): what the CMS's upload folder holds. */
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/

/**
 * Fetches an uploaded file from the CMS for a visitor. Payload answers a file
 * missing from its folder with a bare 500 (and a name it does not know the
 * same way): that is "not found" for a visitor, and a 404 the page cache keeps
 * for a few seconds instead of asking again. Only a CMS that is there but
 * cannot answer (502-504), or is not there at all, is "try again" (503).
 */
export async function fetchMediaFile(file: string): Promise<Response> {
  if (!FILE_NAME.test(file)) return new Response(null, { status: 404 })
  let upstream: Response
  try {
    upstream = await fetch(new URL(`/api/media/file/${encodeURIComponent(file)}`, env.CMS_URL), {
      signal: AbortSignal.timeout(10_000),
    })
  } catch {
    return new Response(null, { status: 503, headers: { 'retry-after': '30' } })
  }
  if (!upstream.ok || !upstream.body) {
    if (upstream.status >= 502) {
      return new Response(null, { status: 503, headers: { 'retry-after': '30' } })
    }
    return new Response('文件不存在 / File not found', {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    })
  }
  const headers = new Headers({
    'content-type': upstream.headers.get('content-type') ?? 'application/octet-stream',
    'cache-control': 'public, max-age=86400',
    'x-content-type-options': 'nosniff',
  })
  const length = upstream.headers.get('content-length')
  if (length) headers.set('content-length', length)
  if (/\.pdf$/i.test(file)) headers.set('content-disposition', `inline; filename="${file}"`)
  return new Response(upstream.body, { status: 200, headers })
}
