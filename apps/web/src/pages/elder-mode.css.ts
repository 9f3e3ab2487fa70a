import type { APIRoute } from 'astro'
import { ELDER_COOKIE } from '../lib/elder-mode'
import elderStyles from '../styles/elder.css?raw'

// The per-visitor half of 长者模式 (see src/lib/elder-mode.ts): the mode's
// styles for a visitor who turned it on, nothing for everyone else. Never
// shared: `private` keeps it out of the page cache and any CDN, `Vary: Cookie`
// tells the browser the answer changes with the switch.
export const GET: APIRoute = ({ cookies }) =>
  new Response(cookies.get(ELDER_COOKIE)?.value === '1' ? elderStyles : '', {
    headers: {
      'content-type': 'text/css; charset=utf-8',
      'cache-control': 'private, no-cache',
      vary: 'Cookie',
    },
  })
