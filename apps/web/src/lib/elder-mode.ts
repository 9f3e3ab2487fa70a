import { BASE_PATH, withBase } from './base'

/**
 * 长者模式 (senior-friendly mode, GB/T 37668): larger type, higher contrast,
 * bigger targets. How it stays out of the page cache: every visitor gets the
 * same HTML, and the mode is a stylesheet (`/elder-mode.css`) whose content
 * depends on a cookie. That stylesheet is answered per visitor (`private`,
 * `Vary: Cookie`, never stored by the page cache), while the pages themselves
 * stay public and shared. A class on `<html>` chosen from the cookie would
 * instead make the cookie part of every page's cache key here and at any CDN.
 */
export const ELDER_COOKIE = 'portal_elder'

/** The switch's address: turns the mode on or off, then returns to `back`. */
export function elderModeHref(on: boolean, back: string): string {
  const query = new URLSearchParams({ on: on ? '1' : '0', back })
  return `${withBase('/elder-mode')}?${query}`
}

/**
 * Where the switch may send the visitor back to: a path of this portal
 * (inside the base), never another site. `//evil.example` and `/\evil` are
 * read by browsers as other hosts, so they fall back to the home page.
 */
export function safeBack(back: string | null): string {
  const home = withBase('/')
  if (!back || !/^\/(?![/\\])/.test(back) || /[\\\s]/.test(back)) return home
  if (BASE_PATH && back !== BASE_PATH && !back.startsWith(`${BASE_PATH}/`)) return home
  return back
}

/** The Set-Cookie value that turns the mode on (a year) or off (expired now). */
export function elderCookie(on: boolean, secure: boolean): string {
  const parts = [
    `${ELDER_COOKIE}=${on ? '1' : ''}`,
    `Path=${BASE_PATH || '/'}`,
    `Max-Age=${on ? 365 * 24 * 3600 : 0}`,
    'SameSite=Lax',
    'HttpOnly',
  ]
  if (secure) parts.push('Secure')
  return parts.join('; ')
}
