import { getPayload, type Migration } from 'payload'
import config from '../src/payload.config'
import { isMongoUri } from '../src/database'
import { migrations } from '../src/migrations'
import { DEMO_USER, seed } from '../src/seed'

/**
 * Runs the committed migrations (SQLite; MongoDB needs none) and, when asked,
 * loads the demo content. Closes its database connection before returning.
 */
export async function prepareDatabase(options: { seed: boolean }): Promise<void> {
  process.env.PAYLOAD_DISABLE_JOBS = '1'
  const payload = await getPayload({ config })
  try {
    if (!isMongoUri(process.env.DATABASE_URI)) {
      console.log('[cms] running database migrations')
      // Payload's Migration type takes `unknown` arguments; the generated files are typed more precisely.
      await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
    }
    if (options.seed) {
      const report = await seed(payload)
      console.log(
        `[cms] demo content: ${report.created.length} created, ${report.skipped.length} already present; demo login ${DEMO_USER.email} / ${DEMO_USER.password}`,
      )
    }
  } finally {
    await payload.destroy()
    delete process.env.PAYLOAD_DISABLE_JOBS
  }
}
