import type { CollectionSlug, FlattenedField, Payload } from 'payload'
import { backedUpCollections } from './format'

/**
 * The collections a required relationship points at, at any depth: a
 * relationship inside an array, a group or a block is a NOT NULL column of
 * its own table (a park's map marker needs its project), and deleting the
 * target before the row that needs it is refused by the database.
 */
function requiredTargets(fields: readonly FlattenedField[], into = new Set<string>()): Set<string> {
  for (const field of fields) {
    if (field.type === 'relationship' && field.required === true) {
      for (const target of [field.relationTo].flat()) into.add(target)
    }
    if ('flattenedFields' in field) requiredTargets(field.flattenedFields, into)
    if (field.type === 'blocks') {
      for (const block of field.blocks) {
        if (typeof block !== 'string') requiredTargets(block.flattenedFields, into)
      }
    }
  }
  return into
}

/**
 * The order in which a restore empties collections: first those outside
 * `clearing` that cannot exist without one of them (a follow-up entry without
 * its project), then `clearing` itself, each collection before the ones it
 * requires. A cycle of required relationships (none today) keeps the given order.
 */
export function clearOrder(payload: Payload, clearing: readonly string[]): CollectionSlug[] {
  const needs = new Map<string, Set<string>>(
    backedUpCollections(payload).map((c) => [c.slug, requiredTargets(c.flattenedFields)]),
  )
  const dependents = [...needs]
    .filter(([slug, targets]) => !clearing.includes(slug) && clearing.some((t) => targets.has(t)))
    .map(([slug]) => slug)
  const ordered: string[] = []
  const visiting = new Set<string>()
  // Depth-first: everything that requires a collection is placed before it.
  const place = (slug: string) => {
    if (ordered.includes(slug) || visiting.has(slug)) return
    visiting.add(slug)
    for (const other of clearing) {
      if (other !== slug && needs.get(other)?.has(slug)) place(other)
    }
    ordered.push(slug)
  }
  for (const slug of clearing) place(slug)
  return [...dependents, ...ordered] as CollectionSlug[]
}
