/**
 * Tracking numbers (受理编号): `ZS-` (招商), the date in China, and four digits,
 * short enough to read aloud over the phone.
 */
export const TRACKING_NUMBER = /^ZS-\d{8}-\d{4}$/

/** A tracking number as a visitor may type it (lower case, spaces, no dashes), made canonical. */
export function normalizeTrackingNumber(value: string): string | null {
  const compact = value.toUpperCase().replace(/[\s\-_]/g, '')
  const match = /^ZS(\d{8})(\d{4})$/.exec(compact)
  return match ? `ZS-${match[1]}-${match[2]}` : null
}

/** The date part of a tracking number: the day in China (UTC+8) of `at`. */
export function trackingDate(at: Date): string {
  const china = new Date(at.getTime() + 8 * 60 * 60 * 1000)
  return china.toISOString().slice(0, 10).replace(/-/g, '')
}

/** A tracking number for `at` with the given four-digit serial (0–9999). */
export function formatTrackingNumber(at: Date, serial: number): string {
  return `ZS-${trackingDate(at)}-${String(serial % 10000).padStart(4, '0')}`
}
