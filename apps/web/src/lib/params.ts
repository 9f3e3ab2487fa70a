/** A page number from the query string: a whole number from 1 to 1000, else 1. */
export function pageNumber(raw: string | null): number {
  if (!raw || !/^\d{1,4}$/.test(raw)) return 1
  const n = Number(raw)
  return n >= 1 && n <= 1000 ? n : 1
}
