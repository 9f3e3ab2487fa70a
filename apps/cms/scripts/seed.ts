// `npm run seed`: loads the demo content into the configured database (idempotent).
import { prepareDatabase } from './prepare'

await prepareDatabase({ seed: true })
