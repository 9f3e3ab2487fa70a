// @payloadcms/db-mongodb as the emulator run sees it (mongodb-emulator-preload.mjs):
// the same module, with join fields resolved without aggregation expressions.
import { mongooseAdapter as actualAdapter } from '@payloadcms/db-mongodb'

export * from '@payloadcms/db-mongodb'

/** @param {import('@payloadcms/db-mongodb').Args} args */
export function mongooseAdapter(args) {
  return actualAdapter({ ...args, useJoinAggregations: false })
}
