import type { Payload } from 'payload'
import { seedProjects } from './projects'

/** The demo staff account. Demo and development only: production deployments create their own admins. */
export const DEMO_USER = {
  email: 'demo@example.com',
  password: 'demo-portal-2026',
  name: '演示管理员',
} as const

export interface SeedReport {
  created: string[]
  skipped: string[]
}

/** Context flag that tells hooks a write comes from the seed, so they skip side effects. */
export const SEED_CONTEXT = { seeding: true } as const

/**
 * Loads the demo content. Idempotent: documents are matched by slug (users by
 * e-mail) and left alone when they exist, so a second run changes nothing.
 */
export async function seed(payload: Payload): Promise<SeedReport> {
  const report: SeedReport = { created: [], skipped: [] }

  const users = await payload.find({
    collection: 'users',
    where: { email: { equals: DEMO_USER.email } },
    limit: 1,
    depth: 0,
  })
  if (users.docs.length === 0) {
    await payload.create({
      collection: 'users',
      data: { ...DEMO_USER, roles: ['admin'] },
      context: SEED_CONTEXT,
    })
    report.created.push(`users/${DEMO_USER.email}`)
  } else {
    report.skipped.push(`users/${DEMO_USER.email}`)
  }

  for (const project of seedProjects) {
    const existing = await payload.find({
      collection: 'projects',
      where: { slug: { equals: project.slug } },
      limit: 1,
      depth: 0,
      draft: true,
      select: { slug: true },
    })
    if (existing.docs.length > 0) {
      report.skipped.push(`projects/${project.slug}`)
      continue
    }
    const status = project.draft ? 'draft' : 'published'
    const created = await payload.create({
      collection: 'projects',
      locale: 'zh',
      draft: project.draft ?? false,
      context: SEED_CONTEXT,
      data: {
        ...project.zh,
        slug: project.slug,
        sector: project.sector,
        stage: project.stage,
        investment: { amount: project.amount, unit: project.unit },
        _status: status,
      },
    })
    if (project.en) {
      await payload.update({
        collection: 'projects',
        id: created.id,
        locale: 'en',
        draft: project.draft ?? false,
        context: SEED_CONTEXT,
        data: { ...project.en, _status: status },
      })
    }
    report.created.push(`projects/${project.slug}`)
  }
  return report
}
