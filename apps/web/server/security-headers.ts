import { createHash } from 'node:crypto'

/**
 * Security headers for every answer of the portal. HTML pages get a
 * Content-Security-Policy that allows exactly the inline scripts and styles the
 * page carries (by their SHA-256 hashes, computed once when the page is
 * rendered and stored with it) and nothing from other origins. No page may be
 * framed, except draft previews by the CMS's admin (its live preview pane).
 */

export interface SecurityOptions {
  /** The portal is served over HTTPS (SITE_URL): add HSTS and upgrade requests. */
  https: boolean
  /** Origin allowed to frame previews (the CMS admin), e.g. https://cms.example.gov.cn. */
  previewFrameOrigin: string
}

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi
const STYLE_ATTRIBUTE = /<[a-z][^>]*\sstyle\s*=\s*["'][^"']*["'][^>]*>/i

function hashes(html: string, pattern: RegExp): string[] {
  const found = new Set<string>()
  for (const match of html.matchAll(pattern)) {
    const body = match[1] ?? ''
    found.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`)
  }
  return [...found]
}

/** The Content-Security-Policy of one HTML page. */
export function contentSecurityPolicy(
  html: string,
  options: SecurityOptions & { preview: boolean },
): string {
  const directives = [
    "default-src 'self'",
    ["script-src 'self'", ...hashes(html, INLINE_SCRIPT)].join(' '),
    ["style-src 'self'", ...hashes(html, INLINE_STYLE)].join(' '),
    // React sets a few style attributes; they cannot run script.
    ...(STYLE_ATTRIBUTE.test(html) ? ["style-src-attr 'unsafe-inline'"] : []),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${options.preview ? options.previewFrameOrigin : "'none'"}`,
    ...(options.https ? ['upgrade-insecure-requests'] : []),
  ]
  return directives.join('; ')
}

/** Headers every answer carries, whatever its type. */
export function baseSecurityHeaders(options: SecurityOptions): Array<[string, string]> {
  return [
    ['x-content-type-options', 'nosniff'],
    ['referrer-policy', 'strict-origin-when-cross-origin'],
    ['permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()'],
    ['cross-origin-opener-policy', 'same-origin'],
    ...(options.https
      ? ([['strict-transport-security', 'max-age=31536000; includeSubDomains']] as Array<
          [string, string]
        >)
      : []),
  ]
}

/**
 * The security headers for a rendered answer: the base set, and for HTML a
 * CSP and a frame policy. Previews may be framed by the CMS admin only.
 */
export function securityHeaders(
  contentType: string,
  body: Buffer,
  options: SecurityOptions & { preview: boolean },
): Array<[string, string]> {
  const headers = baseSecurityHeaders(options)
  if (/^text\/html/i.test(contentType)) {
    headers.push(['content-security-policy', contentSecurityPolicy(body.toString('utf8'), options)])
    if (!options.preview) headers.push(['x-frame-options', 'DENY'])
  } else {
    // Feeds, JSON and media are never framed (a PDF still opens in the browser's viewer).
    headers.push(['content-security-policy', "frame-ancestors 'none'"])
  }
  return headers
}
