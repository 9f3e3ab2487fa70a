// `npm run generate`: writes the CMS's generated files, the TypeScript types in
// @portal/shared and the admin's import map. Both are committed; CI regenerates
// them and fails when the result differs from what is committed.
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'
import configPromise from '../src/payload.config'

const config = await configPromise
await generateTypes(config, { log: false })
await generateImportMap(config, { log: false, force: true })
console.log('[cms] generated types and import map')
