import type { APIRoute } from 'astro'
import { env } from '../lib/env'
import { elderCookie, safeBack } from '../lib/elder-mode'

// The 长者模式 switch: a plain link (no JavaScript) that sets or clears the
// cookie and sends the visitor back to the page they were on.
export const GET: APIRoute = ({ url }) => {
  const on = url.searchParams.get('on') === '1'
  return new Response(null, {
    status: 303,
    headers: {
      location: safeBack(url.searchParams.get('back')),
      'set-cookie': elderCookie(on, env.SITE_URL.startsWith('https://')),
      'cache-control': 'no-store',
    },
  })
}
