import type { Payload } from 'payload'
import {
  seedGuideDocs,
  seedNewsDocs,
  seedParkDocs,
  seedPolicyDocs,
  seedProjectDocs,
  seedUserDocs,
} from './content'
import { type SeedReport, type Seeder } from './helpers'
import { seedGlobals, seedInquiryDocs } from './records'
import { seedMarketDocs } from './market'

export { DEMO_ROLE_USERS, DEMO_USER, SEED_CONTEXT, type SeedReport } from './helpers'

/**
 * Loads the demo content into every collection and global. Idempotent:
 * documents are matched by slug (users by e-mail, media by file name, globals
 * by whether they have content) and left alone when they exist, so a second
 * run changes nothing.
 */
export async function seed(payload: Payload): Promise<SeedReport> {
  const report: SeedReport = { created: [], skipped: [] }
  const s: Seeder = { payload, report }

  const roleUsers = await seedUserDocs(s)
  const parkIds = await seedParkDocs(s)
  await seedProjectDocs(s, parkIds, roleUsers.get('investment-officer'))
  const policyIds = await seedPolicyDocs(s)
  await seedNewsDocs(s)
  await seedGuideDocs(s, policyIds)
  await seedGlobals(s)
  await seedInquiryDocs(s, roleUsers)
  await seedMarketDocs(s)
  return report
}
