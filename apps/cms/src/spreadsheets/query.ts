import type { PayloadRequest, Where } from 'payload'

/**
 * The rows an export asks for: the admin list's own filter (`where`, exactly
 * as the list view puts it in its address) and the named filters, all of
 * which must hold. Payload checks every path in `where` against the fields
 * the user may read, so a filter cannot reveal what a column would not.
 */
export function exportWhere(req: PayloadRequest, named: Record<string, string>): Where {
  const query = req.query as { where?: Where } & Record<string, unknown>
  const and: Where[] = []
  if (query.where && typeof query.where === 'object') and.push(query.where)
  for (const [param, path] of Object.entries(named)) {
    const value = query[param]
    if (typeof value === 'string' && value !== '') and.push({ [path]: { equals: value } })
  }
  return { and }
}

/** A `YYYY-MM-DD` parameter as the start of that day in China, or undefined. */
export function chinaDayParam(value: unknown, endOfDay = false): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined
  const start = Date.parse(`${value}T00:00:00+08:00`)
  if (Number.isNaN(start)) return undefined
  return new Date(endOfDay ? start + 24 * 3600 * 1000 : start).toISOString()
}
