import type { Where } from 'payload'

/** A list URL of the admin filtered by `where` (Payload reads `where[...]` query parameters). */
export function listUrl(collection: string, where: Where): string {
  const params: string[] = []
  const walk = (value: unknown, key: string) => {
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, `${key}[${k}]`)
    } else {
      params.push(`${key}=${encodeURIComponent(String(value))}`)
    }
  }
  walk(where, 'where')
  return `/admin/collections/${collection}?${params.join('&')}`
}
