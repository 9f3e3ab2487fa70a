import { env } from './env'

/**
 * An address on the portal. PORTAL_URL may carry a sub-path when the portal
 * is a channel of the county's shared platform (`https://www.example.gov.cn/swj`),
 * which `new URL('/preview', PORTAL_URL)` would drop; this keeps it.
 */
export function portalAddress(path: string, portalUrl: string = env.PORTAL_URL): string {
  const clean = path.startsWith('/') ? path : `/${path}`
  return `${portalUrl.replace(/\/+$/, '')}${clean}`
}
