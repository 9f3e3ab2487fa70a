import type { Seeder } from './helpers'
import { SEED_CONTEXT } from './helpers'
import { seedSiteSettings } from './globals'

/**
 * The annual report on the website for last year, published, so that the
 * demo's home page links to one; its figures come from the demo content of
 * that year (few or none: the demo's documents are recent).
 */
export async function seedAnnualReport(s: Seeder, now: Date = new Date()): Promise<void> {
  const { payload, report } = s
  const year = now.getUTCFullYear() - 1
  const existing = await payload.count({
    collection: 'annual-reports',
    where: { year: { equals: year } },
  })
  if (existing.totalDocs > 0) {
    report.skipped.push(`annual-reports/${year}`)
    return
  }
  const bureau = seedSiteSettings.bureauName
  const created = await payload.create({
    collection: 'annual-reports',
    locale: 'zh',
    context: SEED_CONTEXT,
    data: {
      year,
      siteName: `${bureau.zh}招商引资服务平台`,
      siteCode: seedSiteSettings.governmentSiteCode,
      domain: 'https://zs.example.gov.cn',
      organiser: bureau.zh,
      budget: {
        operatingBudget: 8,
        staffCount: 2,
        securityChecks: 4,
        problemsFound: 3,
        problemsFixed: 3,
      },
      _status: 'published',
    },
  })
  await payload.update({
    collection: 'annual-reports',
    id: created.id,
    locale: 'en',
    context: SEED_CONTEXT,
    data: {
      siteName: `${bureau.en} Investment Portal`,
      organiser: bureau.en,
      _status: 'published',
    },
  })
  report.created.push(`annual-reports/${year}`)
}
