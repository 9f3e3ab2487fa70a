import type { APIRoute } from 'astro'
import defaultIcon from '../assets/favicon.ico?inline'
import { asMedia } from '../lib/media'
import { fetchMediaFile } from '../lib/media-proxy'
import { loadSettings } from '../lib/settings'

/** The icon shipped with the portal (a 32×32 PNG in an ICO file), used until staff upload one. */
const DEFAULT_ICON = Buffer.from(defaultIcon.slice(defaultIcon.indexOf(',') + 1), 'base64')

// The site icon: the one staff chose in the site settings, or the portal's
// own. Browsers ask for /favicon.ico by themselves, so it answers here (inside
// the base under a sub-path, where the layout's <link rel="icon"> points) and
// is kept for a day; the page cache refreshes it when the settings change.
export const GET: APIRoute = async () => {
  const settings = await loadSettings()
  const file = asMedia(settings?.favicon)?.filename
  if (file) {
    const uploaded = await fetchMediaFile(file)
    // A CMS that is away answers 503 (not kept): the default must not stand in for a day.
    if (uploaded.ok || uploaded.status === 503) return uploaded
  }
  return new Response(DEFAULT_ICON, {
    headers: {
      'content-type': 'image/x-icon',
      // Without the settings (CMS away) the default may be standing in for staff's icon: not kept.
      'cache-control': settings ? 'public, max-age=86400' : 'no-store',
      'x-content-type-options': 'nosniff',
    },
  })
}
