/**
 * The sub-path the portal is served under (集约化: one channel of the county's
 * shared platform, e.g. `/swj`), or '' at the root of its own domain. It is
 * Astro's `base` (from BASE_PATH at build time, astro.config.ts), so asset
 * URLs, page links and the server's routing all agree on one value.
 */
export const BASE_PATH = normalBasePath(import.meta.env?.BASE_URL)

/** `/swj/` or `swj` → `/swj`; `/`, '' or nothing → ''. */
export function normalBasePath(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '')
  return trimmed ? `/${trimmed}` : ''
}

/** Puts the base in front of a site path: `/projects` → `/swj/projects`. */
export function withBase(path: string, base: string = BASE_PATH): string {
  const clean = path.startsWith('/') ? path : `/${path}`
  return `${base}${clean}`
}

/**
 * The path inside the base (`/swj/projects` → `/projects`, `/swj` → `/`),
 * or null for a path outside it (`/swjx`, `/other`).
 */
export function withoutBase(pathname: string, base: string = BASE_PATH): string | null {
  if (!base) return pathname
  if (pathname === base) return '/'
  return pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : null
}
