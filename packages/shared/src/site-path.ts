/** Longest page address an error report keeps, in characters. */
export const SITE_PATH_MAX = 300

/**
 * The value as a path of this site (`/news/x?page=2`), or null when it is
 * anything else: an absolute or protocol-relative address (`//evil.example`),
 * a backslash (browsers read `/\evil.example` as another host), control
 * characters, or an overlong value. The error-report form takes the page's
 * address from a query parameter anyone can write, and staff open it from
 * the admin, so only a path on this site may pass.
 */
export function sameSitePath(value: unknown): string | null {
  if (typeof value !== 'string') return null
  const path = value.trim()
  if (path.length === 0 || path.length > SITE_PATH_MAX) return null
  if (!path.startsWith('/') || path.startsWith('//')) return null
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(path)) return null
  try {
    const url = new URL(path, 'http://site.invalid')
    if (url.host !== 'site.invalid') return null
  } catch {
    return null
  }
  return path
}
