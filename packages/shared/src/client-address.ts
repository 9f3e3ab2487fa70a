import { isIP, isIPv6 } from 'node:net'

/**
 * The client's address behind a known number of reverse proxies, and the key
 * a rate limit counts it under: one rule for the portal and the CMS.
 */

/** `::ffff:1.2.3.4` → `1.2.3.4`; `[::1]:80` → `::1`; `1.2.3.4:80` → `1.2.3.4`. */
export function normalizeAddress(raw: string | undefined | null): string | null {
  let value = raw?.trim().toLowerCase()
  if (!value) return null
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value)
  if (bracketed?.[1]) value = bracketed[1]
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'))
  value = value.replace(/%.*$/, '')
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(value)
  if (mapped?.[1]) value = mapped[1]
  return isIP(value) ? value : value.slice(0, 64)
}

/**
 * The client's address. With no trusted proxy (`trustedHops` 0) that is the
 * connection's address and X-Forwarded-For is ignored, since anyone can send
 * it. Behind N proxies that each append the address they saw, the client is
 * the N-th address from the right; a shorter list means the request skipped
 * a proxy, and its leftmost address is the best there is.
 */
export function clientAddressOf(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedHops: number,
): string {
  const socket = normalizeAddress(socketAddress) ?? 'unknown'
  if (trustedHops <= 0) return socket
  const chain = [forwardedFor ?? []]
    .flat()
    .join(',')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  if (chain.length === 0) return socket
  const index = Math.max(0, chain.length - trustedHops)
  return normalizeAddress(chain[index]) ?? socket
}

/** Expands an IPv6 address to its eight groups. */
function ipv6Groups(address: string): string[] {
  const [head = '', tail] = address.split('::')
  const left = head ? head.split(':') : []
  if (tail === undefined) return left
  const right = tail ? tail.split(':') : []
  return [
    ...left,
    ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'),
    ...right,
  ]
}

/**
 * The key an address is counted under: IPv4 as is, IPv6 by its /64 network,
 * since one household or phone is given a whole /64 to pick addresses from.
 */
export function rateLimitKey(address: string): string {
  if (!isIPv6(address)) return address
  const network = ipv6Groups(address)
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
  return `${network.join(':')}::/64`
}
