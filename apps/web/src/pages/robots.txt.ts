import type { APIRoute } from 'astro'
import { withBase } from '../lib/base'
import { env } from '../lib/env'

/** Crawlers may read every public page except searches and inquiry pages; the sitemap lists them all. */
export const GET: APIRoute = () =>
  new Response(
    [
      'User-agent: *',
      ...['/search', '/en/search', '/inquiry/', '/en/inquiry/'].map(
        (path) => `Disallow: ${withBase(path)}`,
      ),
      '',
      `Sitemap: ${new URL(withBase('/sitemap.xml'), env.SITE_URL).href}`,
      '',
    ].join('\n'),
    { headers: { 'content-type': 'text/plain; charset=utf-8' } },
  )
