/**
 * A post is on the board until the end of its expiry day in China time
 * (UTC+8, no daylight saving): 23:59:59.999 of that day. Normalising is
 * idempotent, so any save may run it.
 */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000

/** The end of the China calendar day that `value` (a day or a moment) falls on, as ISO. */
export function endOfChinaDay(value: string | Date): string {
  const text = typeof value === 'string' ? value : value.toISOString()
  const day = /^\d{4}-\d{2}-\d{2}$/.test(text)
    ? text
    : new Date(new Date(text).getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10)
  return new Date(Date.parse(`${day}T23:59:59.999+08:00`)).toISOString()
}
