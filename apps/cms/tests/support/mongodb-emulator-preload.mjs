// Loaded with `node --import` into the test workers and the CMS processes the
// tests start, in the MongoDB run on the emulator only (see vitest.config.ts
// and tests/backup/roundTrip.ts). The emulator evaluates no aggregation
// expressions ($slice, $map, $size, …) and stores a dotted `$lookup` `as`
// under a literal key, so Payload's join aggregation cannot run on it. Every
// import of @payloadcms/db-mongodb here gets mongodb-emulator-adapter.mjs,
// which builds the adapter with Payload's own fallback for such servers
// (`useJoinAggregations: false`: join fields read with plain queries).
import { register } from 'node:module'

const actual = import.meta.resolve('@payloadcms/db-mongodb')
const adapter = new URL('./mongodb-emulator-adapter.mjs', import.meta.url).href
const hooks = `
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context)
  if (resolved.url === ${JSON.stringify(actual)} && context.parentURL !== ${JSON.stringify(adapter)}) {
    return { url: ${JSON.stringify(adapter)}, shortCircuit: true }
  }
  return resolved
}
`
register(`data:text/javascript,${encodeURIComponent(hooks)}`)
