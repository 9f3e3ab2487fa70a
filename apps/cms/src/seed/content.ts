import type { StaffRole } from '@portal/shared/constants'
import type { Media, User } from '@portal/shared/payload-types'
import { paragraphs } from '../lib/richText'
import { seedGuides } from './guides'
import {
  DEMO_ROLE_USERS,
  DEMO_USER,
  SEED_CONTEXT,
  type Seeder,
  createBilingual,
  daysFromNow,
  enOf,
  findBySlug,
  richText,
  upsertMedia,
  upsertUser,
  zhOf,
} from './helpers'
import { brochureLanguage, projectBrochure, type BrochureFacts } from './brochure'
import { demoImage } from './images'
import { seedNews } from './news'
import { seedParks } from './parks'
import { seedPolicies } from './policies'
import { seedApplicability } from './policy-applicability'
import { seedProjects } from './projects'

const PROJECT_COLORS = ['#1f5f8b', '#8b3a1f', '#2f6b3b', '#6b4f8b', '#8b7a1f', '#1f7a7a']

/** Every demo project's public contact. */
const PROJECT_CONTACT = {
  name: '县投资促进中心',
  phone: '0000-1234567',
  email: 'invest@example.gov.cn',
}
const PROJECT_CONTACT_EN = 'County Investment Promotion Centre'

/** The first projects of the library come with a brochure (the named four and a few more). */
const BROCHURES = 8

type Id = number | string

/** The demo admin and one account per other role, by role. */
export async function seedUserDocs(s: Seeder): Promise<Map<StaffRole, User>> {
  await upsertUser(s, DEMO_USER.email, DEMO_USER.name, 'admin')
  const roleUsers = new Map<StaffRole, User>()
  for (const user of DEMO_ROLE_USERS) {
    roleUsers.set(user.role, await upsertUser(s, user.email, user.name, user.role))
  }
  return roleUsers
}

/** The projects with their pictures and brochures, filed under their parks and followed up by the officer. */
export async function seedProjectDocs(
  s: Seeder,
  parkIds: Map<string, Id>,
  officer: User | undefined,
): Promise<void> {
  for (const [index, project] of seedProjects.entries()) {
    // A project names its park, or its Chinese location does.
    const park = seedParks.find((p) =>
      project.park ? p.slug === project.park : project.zh.location.includes(p.match),
    )
    const parkId = park ? parkIds.get(park.match) : undefined
    const color = PROJECT_COLORS[index % PROJECT_COLORS.length] ?? '#1f5f8b'
    const pictures: Media[] = []
    if (index < 12) {
      for (const n of [1, 2]) {
        pictures.push(
          await upsertMedia(
            s,
            `${project.slug}-${n}.jpg`,
            {
              zh: `${project.zh.title}效果示意图${n}`,
              en: project.en ? `${project.en.title}, illustration ${n}` : undefined,
            },
            () => demoImage(color, index * 10 + n),
            'image/jpeg',
          ),
        )
      }
    }
    const facts: BrochureFacts = {
      park: { zh: park?.title.zh ?? '', en: park?.title.en },
      contact: { ...PROJECT_CONTACT, zh: PROJECT_CONTACT.name, en: PROJECT_CONTACT_EN },
    }
    const brochure =
      index < BROCHURES
        ? await upsertMedia(
            s,
            `${project.slug}-brochure.pdf`,
            {
              zh: `${project.zh.title}项目推介书`,
              en: project.en ? `${project.en.title} brochure` : undefined,
            },
            () => projectBrochure(project, facts),
            'application/pdf',
          )
        : undefined
    const followUp = [-5, -1, 2, 7, 14, 30][index % 6] ?? 7
    const projectId = await createBilingual(
      s,
      'projects',
      project.slug,
      {
        title: project.zh.title,
        summary: project.zh.summary,
        location: project.zh.location,
        body: paragraphs([project.zh.summary, ...(project.zh.details ?? [])]),
        highlights: (project.highlights ?? []).map((h) => ({ text: h.zh })),
        sector: project.sector,
        stage: project.stage,
        marketCategories: project.marketCategories,
        park: parkId,
        investment: { amount: project.amount, unit: project.unit },
        landArea: { amount: project.landMu, unit: 'mu' },
        cooperationModes: project.cooperationModes ?? ['sole', 'joint-venture', 'cooperation'],
        gallery: pictures.map((p) => p.id),
        brochure: brochure?.id,
        brochureLanguage: brochure ? brochureLanguage(project) : undefined,
        contact: PROJECT_CONTACT,
        featured: index < 4 || project.featured === true,
        tracking: {
          responsibleOfficer: project.stage === 'dropped' ? undefined : officer?.id,
          nextFollowUp: project.stage === 'operating' ? undefined : daysFromNow(followUp),
        },
      },
      project.en
        ? {
            title: project.en.title,
            summary: project.en.summary,
            location: project.en.location,
            body: paragraphs([project.en.summary, ...(project.en.details ?? [])]),
            contact: { name: PROJECT_CONTACT_EN },
          }
        : null,
      { draft: project.draft },
    )
    if (project.stage !== 'operating' && project.stage !== 'dropped') {
      await seedFollowUp(s, projectId, officer, project.stage, daysFromNow(followUp))
    }
  }
}

/** A project's first follow-up entry (跟进记录), unless its log already has one. */
async function seedFollowUp(
  { payload, report }: Seeder,
  project: Id,
  officer: User | undefined,
  stage: string,
  nextDate: string,
): Promise<void> {
  const existing = await payload.count({
    collection: 'follow-ups',
    where: { project: { equals: project } },
  })
  if (existing.totalDocs > 0) return
  await payload.create({
    collection: 'follow-ups',
    context: SEED_CONTEXT,
    data: {
      project: project as number,
      date: daysFromNow(-10),
      kind: stage === 'negotiating' ? 'meeting' : 'call',
      author: officer?.id ?? null,
      text:
        stage === 'negotiating'
          ? '客商对接进展：已完成两轮洽谈，待确认用地指标。'
          : '客商对接进展：按月调度。',
      nextStep: stage === 'negotiating' ? '协调自然资源局确认用地指标' : '电话回访客商',
      nextDate,
    },
  })
  report.created.push(`follow-ups/${project}`)
}

/**
 * The policies, whom each applies to (parks by their ids in `parkIds`, keyed
 * by the place name as `seedParkDocs` returns them) and the links from each
 * superseded one to its successor, by slug.
 */
export async function seedPolicyDocs(
  s: Seeder,
  parkIds: Map<string, Id>,
): Promise<Map<string, Id>> {
  const { payload, report } = s
  const policyIds = new Map<string, number | string>()
  const parkId = (slug: string) => parkIds.get(seedParks.find((p) => p.slug === slug)?.match ?? '')
  for (const policy of seedPolicies) {
    const body = richText(policy.body)
    const applies = seedApplicability[policy.slug]
    const id = await createBilingual(
      s,
      'policies',
      policy.slug,
      {
        title: policy.title.zh,
        summary: policy.summary.zh,
        body: body.zh,
        docNumber: policy.docNumber,
        issuer: zhOf(policy.issuer),
        topic: policy.topic,
        issuedAt: policy.issuedAt,
        effectiveAt: policy.effectiveAt,
        expiresAt: policy.expiresAt,
        repealedAt: policy.repealedAt,
        applicability: {
          sectors: applies?.sectors,
          parks: applies?.parks?.map(parkId).filter((id) => id !== undefined),
          investorTypes: applies?.investorTypes,
          minInvestment: applies?.minInvestment,
        },
        benefitTypes: applies?.benefitTypes,
        benefit: applies?.benefit.zh,
      },
      policy.title.en
        ? {
            title: policy.title.en,
            summary: enOf(policy.summary),
            body: body.en,
            issuer: enOf(policy.issuer),
            benefit: applies ? enOf(applies.benefit) : undefined,
          }
        : null,
    )
    policyIds.set(policy.slug, id)
  }
  // Links between policies need both ends to exist first.
  for (const policy of seedPolicies) {
    const newer = policy.supersededBySlug && policyIds.get(policy.supersededBySlug)
    const id = policyIds.get(policy.slug)
    if (!newer || !id || report.skipped.includes(`policies/${policy.slug}`)) continue
    await payload.update({
      collection: 'policies',
      id,
      data: { supersededBy: newer as number, _status: 'published' },
      context: SEED_CONTEXT,
    })
  }
  return policyIds
}

/** The news items with their cover pictures. */
export async function seedNewsDocs(s: Seeder): Promise<void> {
  for (const [index, item] of seedNews.entries()) {
    const cover = await upsertMedia(
      s,
      `news-${item.slug}.jpg`,
      {
        zh: `${item.title.zh}配图`,
        en: item.title.en ? `Picture for “${item.title.en}”` : undefined,
      },
      () => demoImage(item.coverColor, 1000 + index),
      'image/jpeg',
    )
    const body = richText(item.body)
    await createBilingual(
      s,
      'news',
      item.slug,
      {
        title: item.title.zh,
        excerpt: item.excerpt.zh,
        body: body.zh,
        category: item.category,
        publishedAt: item.publishedAt,
        author: item.author.zh,
        cover: cover.id,
      },
      item.title.en
        ? {
            title: item.title.en,
            excerpt: enOf(item.excerpt),
            body: body.en,
            author: enOf(item.author),
          }
        : null,
    )
  }
}

/** The service guides, linked to their policies. */
export async function seedGuideDocs(s: Seeder, policyIds: Map<string, Id>): Promise<void> {
  const { payload, report } = s
  for (const guide of seedGuides) {
    const zh = {
      title: guide.title.zh,
      summary: guide.summary.zh,
      audience: guide.audience.zh,
      basis: guide.basis.zh,
      conditions: guide.conditions.zh,
      materials: guide.materials.map((m) => ({ item: m.zh })),
      steps: guide.steps.map((m) => ({ step: m.zh })),
      timeLimit: guide.timeLimit.zh,
      fees: guide.fees.zh,
      location: guide.location.zh,
      hours: guide.hours.zh,
      phone: guide.phone,
      relatedPolicies: guide.relatedPolicySlugs
        .map((slug) => policyIds.get(slug))
        .filter((id): id is number => id !== undefined),
    }
    const existing = await findBySlug(payload, 'guides', guide.slug)
    if (existing) {
      report.skipped.push(`guides/${guide.slug}`)
      continue
    }
    const created = await payload.create({
      collection: 'guides',
      locale: 'zh',
      data: { ...zh, slug: guide.slug, _status: 'published' },
      context: SEED_CONTEXT,
    })
    if (guide.title.en) {
      // Array rows keep their ids across locales, so the English texts go into the same rows.
      await payload.update({
        collection: 'guides',
        id: created.id,
        locale: 'en',
        context: SEED_CONTEXT,
        data: {
          title: guide.title.en,
          summary: enOf(guide.summary),
          audience: enOf(guide.audience),
          basis: enOf(guide.basis),
          conditions: enOf(guide.conditions),
          materials: (created.materials ?? []).map((row, i) => ({
            id: row.id,
            item: enOf(guide.materials[i]),
          })),
          steps: (created.steps ?? []).map((row, i) => ({
            id: row.id,
            step: enOf(guide.steps[i]),
          })),
          timeLimit: enOf(guide.timeLimit),
          fees: enOf(guide.fees),
          location: enOf(guide.location),
          hours: enOf(guide.hours),
          _status: 'published',
        },
      })
    }
    report.created.push(`guides/${guide.slug}`)
  }
}
