// `npm run seed`: loads the demo content into the configured database (idempotent).
import { prepareDatabase } from '../../scripts/prepare'

await prepareDatabase({ seed: true })
