// `npm run migrate`: applies the committed migrations to the configured database.
import { prepareDatabase } from './prepare'

await prepareDatabase({ seed: false })
