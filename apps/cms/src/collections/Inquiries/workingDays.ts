/**
 * Reply deadlines count working days in China (UTC+8, no daylight saving):
 * Monday to Friday. Public holidays and the weekend days made working days
 * around them (调休) are NOT taken into account; over a holiday the deadline
 * falls earlier than the official count, which errs on the side of answering
 * sooner.
 */
/** China time is UTC+8 all year. */
export const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/** The day in China of an instant, as midnight UTC of that calendar date. */
function chinaDay(at: Date): number {
  const shifted = new Date(at.getTime() + CHINA_OFFSET_MS)
  return Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate())
}

/** True for Monday to Friday. */
function isWorkingDay(day: number): boolean {
  const weekday = new Date(day).getUTCDay()
  return weekday !== 0 && weekday !== 6
}

/**
 * The deadline `days` working days after `from`: the end (23:59:59.999 China
 * time) of the `days`-th working day after the day of `from`. An inquiry sent
 * on Friday or at the weekend with 3 days is due at the end of Wednesday.
 */
export function addWorkingDays(from: Date, days: number): Date {
  let day = chinaDay(from)
  let left = Math.max(0, Math.floor(days))
  while (left > 0) {
    day += DAY_MS
    if (isWorkingDay(day)) left -= 1
  }
  return new Date(day + DAY_MS - 1 - CHINA_OFFSET_MS)
}

/** `YYYY-MM-DD HH:mm` in China time, for mails and lists staff read. */
export function chinaDateTime(at: Date | string): string {
  const date = typeof at === 'string' ? new Date(at) : at
  return new Date(date.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ')
}

/** `YYYY-MM-DD` in China time. */
export function chinaDate(at: Date | string): string {
  return chinaDateTime(at).slice(0, 10)
}

/**
 * Whole working days from the day of `from` to the day of `to` in China: 0
 * when answered the same day, 1 the next working day; days at the weekend
 * count for nothing. Used for the published reply times.
 */
export function workingDaysBetween(from: Date, to: Date): number {
  const end = chinaDay(to)
  let day = chinaDay(from)
  let count = 0
  while (day < end) {
    day += DAY_MS
    if (isWorkingDay(day)) count += 1
  }
  return count
}
