import { getPayload } from 'payload'
import config from '../src/payload.config'
import { isMongoUri } from '../src/database'
import { DEMO_USER, seed } from '../src/seed'

/**
 * Runs the committed migrations (SQLite; MongoDB needs none) and, when asked,
 * loads the demo content. Closes its database connection before returning.
 */
export async function prepareDatabase(options: { seed: boolean }): Promise<void> {
  const payload = await getPayload({ config })
  try {
    if (!isMongoUri(process.env.DATABASE_URI)) {
      console.log('[cms] running database migrations')
      await payload.db.migrate()
    }
    if (options.seed) {
      const report = await seed(payload)
      console.log(
        `[cms] demo content: ${report.created.length} created, ${report.skipped.length} already present; demo login ${DEMO_USER.email} / ${DEMO_USER.password}`,
      )
    }
  } finally {
    await payload.destroy()
  }
}
