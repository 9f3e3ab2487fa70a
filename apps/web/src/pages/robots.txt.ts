import type { APIRoute } from 'astro'
import { env } from '../lib/env'

/** Crawlers may read every public page except searches and inquiry pages; the sitemap lists them all. */
export const GET: APIRoute = () =>
  new Response(
    [
      'User-agent: *',
      'Disallow: /search',
      'Disallow: /en/search',
      'Disallow: /inquiry/',
      'Disallow: /en/inquiry/',
      '',
      `Sitemap: ${new URL('/sitemap.xml', env.SITE_URL).href}`,
      '',
    ].join('\n'),
    { headers: { 'content-type': 'text/plain; charset=utf-8' } },
  )
