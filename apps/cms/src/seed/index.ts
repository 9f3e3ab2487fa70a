import type { Payload } from 'payload'
import {
  seedGuideDocs,
  seedNewsDocs,
  seedPolicyDocs,
  seedProjectDocs,
  seedUserDocs,
} from './content'
import { seedAnnualReport } from './annualReports'
import { type SeedReport, type Seeder } from './helpers'
import { seedParkDocs, seedParkMarkers } from './parkDocs'
import { seedGlobals, seedInquiryDocs } from './records'
import { seedInvestorDocs } from './investors'
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
  const parks = await seedParkDocs(s)
  await seedProjectDocs(s, parks.ids, roleUsers.get('investment-officer'))
  await seedParkMarkers(s, parks.created)
  const policyIds = await seedPolicyDocs(s, parks.ids)
  await seedNewsDocs(s)
  await seedGuideDocs(s, policyIds)
  await seedGlobals(s)
  await seedInquiryDocs(s, roleUsers)
  await seedInvestorDocs(s, roleUsers)
  await seedAnnualReport(s)
  await seedMarketDocs(s)
  return report
}
