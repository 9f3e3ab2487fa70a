import { getPayload, type Migration } from 'payload'
import { portalApiKey } from '@portal/shared/env'
import config from '../src/payload.config'
import { isMongoUri } from '../src/database'
import { env } from '../src/env'
import { ensurePortalServiceAccount } from '../src/collections/Inquiries/serviceAccount'
import { migrations } from '../src/migrations'
import { DEMO_USER, seed } from '../src/seed'

/**
 * Runs the committed migrations (SQLite; MongoDB needs none), gives the
 * portal's service account the configured key (PORTAL_API_KEY; the development
 * key outside production, which production refuses to start with) and, when
 * asked, loads the demo content. Closes its database connection before returning.
 */
export async function prepareDatabase(options: { seed: boolean }): Promise<void> {
  process.env.PAYLOAD_DISABLE_JOBS = '1'
  // Migrations and the seed run before the portal starts: nothing to tell it.
  process.env.PAYLOAD_DISABLE_PORTAL_NOTIFY = '1'
  const payload = await getPayload({ config })
  try {
    if (!isMongoUri(process.env.DATABASE_URI)) {
      console.log('[cms] running database migrations')
      // Payload's Migration type takes `unknown` arguments; the generated files are typed more precisely.
      await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
    }
    const account = await ensurePortalServiceAccount(payload, portalApiKey(env.PORTAL_API_KEY))
    console.log(`[cms] portal service account: ${account}`)
    if (options.seed) {
      const report = await seed(payload)
      console.log(
        `[cms] demo content: ${report.created.length} created, ${report.skipped.length} already present; demo login ${DEMO_USER.email} / ${DEMO_USER.password}`,
      )
    }
  } finally {
    await payload.destroy()
    delete process.env.PAYLOAD_DISABLE_JOBS
    delete process.env.PAYLOAD_DISABLE_PORTAL_NOTIFY
  }
}
