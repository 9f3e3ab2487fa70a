import type { APIRoute } from 'astro'
import { env } from '../../lib/env'

// Serves uploaded files from the CMS through the portal. Only plain file names
// pass (no paths), only GET, and the CMS's content type is kept.
export const GET: APIRoute = async ({ params }) => {
  const file = params.file ?? ''
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/.test(file)) return new Response(null, { status: 404 })
  let upstream: Response
  try {
    upstream = await fetch(new URL(`/api/media/file/${encodeURIComponent(file)}`, env.CMS_URL), {
      signal: AbortSignal.timeout(10_000),
    })
  } catch {
    return new Response(null, { status: 503, headers: { 'retry-after': '30' } })
  }
  if (!upstream.ok || !upstream.body)
    return new Response(null, { status: upstream.status === 404 ? 404 : 502 })
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
