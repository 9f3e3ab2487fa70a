/**
 * The request target, read once and in one way for everything the server does
 * with it: routing, the cache key and what Astro renders.
 *
 * Reading it twice in two ways is how the cache was poisoned: `new URL()`
 * reads `//x/` as host `x` and path `/`, while Astro rendered the raw `//x/`
 * as a 404, which was then stored under `/`. Browsers never send such
 * targets (they resolve dot segments, merge nothing, encode the rest), so
 * anything but a plain origin-form path is answered here and never rendered:
 *
 * - absolute-form (`http://a/contact`), repeated slashes, dot segments
 *   (`/./`, `/a/../`, `/%2e%2e/`) and needlessly encoded letters are
 *   redirected (308) to their normal form, as a relative same-origin address;
 * - encoded slashes and backslashes (`%2f`, `%5c`, `\`) cannot name any page
 *   of the portal: 404;
 * - anything else (`*`, bad percent-encoding, characters a browser would have
 *   encoded, control characters): 400.
 */

export type Target =
  /** A normal path: serve it. `search` is the raw query with its `?`, or ''. */
  | { kind: 'path'; pathname: string; search: string }
  | { kind: 'redirect'; location: string }
  | { kind: 'refuse'; status: 400 | 404 }

const ABSOLUTE_FORM = /^https?:\/\/[^/?#\\]*(?=[/?]|$)/i
/** RFC 3986 pchar without `%`, plus `/`. */
const PATH_CHAR = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/
const UNRESERVED = /^[A-Za-z0-9\-._~]$/
/** Control characters (raw or encoded) never belong in a query. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const QUERY_REFUSED = /[\u0000-\u001f\u007f\s#\\]/

/** Percent-encoding in its normal form: unreserved characters decoded, hex in upper case. */
function normalEncoding(path: string): string | null {
  let out = ''
  for (let i = 0; i < path.length; i++) {
    const char = path[i]!
    if (char === '%') {
      const hex = path.slice(i + 1, i + 3)
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) return null
      const decoded = String.fromCharCode(parseInt(hex, 16))
      out += UNRESERVED.test(decoded) ? decoded : `%${hex.toUpperCase()}`
      i += 2
    } else if (PATH_CHAR.test(char)) out += char
    else return null
  }
  return out
}

/** Removes `.` and `..` segments (RFC 3986 section 5.2.4) and merges repeated slashes. */
function normalSegments(path: string): string {
  const segments = path.split('/').slice(1)
  const kept: string[] = []
  segments.forEach((segment, index) => {
    const last = index === segments.length - 1
    if (segment === '.' || segment === '..') {
      if (segment === '..') kept.pop()
      // A trailing dot segment names the folder: keep its slash.
      if (last) kept.push('')
    } else if (segment !== '' || last) kept.push(segment)
  })
  return `/${kept.join('/')}`
}

/** Reads a raw request target (`req.url`) into a normal path, a redirect or a refusal. */
export function parseTarget(raw: string): Target {
  let target = raw
  const absolute = ABSOLUTE_FORM.exec(target)
  if (absolute) {
    target = target.slice(absolute[0].length)
    if (!target.startsWith('/')) target = `/${target}`
  }
  if (!target.startsWith('/')) return { kind: 'refuse', status: 400 }
  const queryAt = target.indexOf('?')
  const path = queryAt === -1 ? target : target.slice(0, queryAt)
  const search = queryAt === -1 ? '' : target.slice(queryAt)
  if (QUERY_REFUSED.test(search) || /%(0[0-9a-f]|1[0-9a-f]|7f)/i.test(search)) {
    return { kind: 'refuse', status: 400 }
  }
  if (/\\|%2f|%5c/i.test(path)) return { kind: 'refuse', status: 404 }
  const encoded = normalEncoding(path)
  if (encoded === null) return { kind: 'refuse', status: 400 }
  const pathname = normalSegments(encoded)
  // One '?' alone carries nothing: drop it with the rest of the normalisation.
  const query = search === '?' ? '' : search
  if (absolute || pathname !== path || query !== search) {
    // `pathname` starts with exactly one slash, so the browser stays on this origin.
    return { kind: 'redirect', location: `${pathname}${query}` }
  }
  return { kind: 'path', pathname, search }
}

/**
 * The cache key of a path and query: the path, and only the query parameters
 * that change what a page shows (non-empty, sorted), so `?utm=…`, `?a=1&b=2`
 * and `?b=2&a=1` cannot make copies of one page. It is also the URL the page
 * is rendered with, so nothing outside the key can reach a cached page.
 */
export function cacheKey(pathname: string, search: string, keyParams: ReadonlySet<string>): string {
  const params = new URLSearchParams(search)
  const kept = new URLSearchParams()
  for (const [name, value] of params) {
    if (keyParams.has(name) && value !== '') kept.append(name, value)
  }
  kept.sort()
  const query = kept.toString()
  return query ? `${pathname}?${query}` : pathname
}
