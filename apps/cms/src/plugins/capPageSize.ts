import type { CollectionBeforeOperationHook, CollectionConfig } from 'payload'

/**
 * The most documents one REST request may list. Payload reads `limit=0` as
 * "everything"; over HTTP nobody may pull a whole collection in one request,
 * whatever they ask for. The admin's largest page size is 100 too. Server-side
 * code (the Local API: seed, backups, jobs) is not limited.
 */
export const MAX_PAGE_SIZE = 100

export const capPageSize: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.payloadAPI !== 'REST') return args
  const find = args as { limit?: number; pagination?: boolean }
  if (find.pagination === false || !find.limit || find.limit > MAX_PAGE_SIZE) {
    return {
      ...args,
      pagination: true,
      limit: find.limit ? Math.min(find.limit, MAX_PAGE_SIZE) : MAX_PAGE_SIZE,
    }
  }
  return args
}

/** Adds the page size cap to a collection. */
export function withPageSizeCap(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), capPageSize],
    },
  }
}
