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
import { demoImage, demoPdf } from './images'
import { seedNews } from './news'
import { seedParks } from './parks'
import { seedPolicies } from './policies'
import { seedProjects } from './projects'

const PROJECT_COLORS = ['#1f5f8b', '#8b3a1f', '#2f6b3b', '#6b4f8b', '#8b7a1f', '#1f7a7a']

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

/** The parks, by the place name that files a project under each. */
export async function seedParkDocs(s: Seeder): Promise<Map<string, Id>> {
  const parkIds = new Map<string, number | string>()
  for (const park of seedParks) {
    const id = await createBilingual(
      s,
      'parks',
      park.slug,
      { title: park.title.zh, description: park.description.zh, order: parkIds.size },
      park.title.en ? { title: park.title.en, description: park.description.en } : null,
    )
    parkIds.set(park.match, id)
  }
  return parkIds
}

/** The projects with their pictures and brochures, filed under their parks and followed up by the officer. */
export async function seedProjectDocs(
  s: Seeder,
  parkIds: Map<string, Id>,
  officer: User | undefined,
): Promise<void> {
  for (const [index, project] of seedProjects.entries()) {
    const parkId = [...parkIds.entries()].find(([match]) =>
      project.zh.location.includes(match),
    )?.[1]
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
    const brochure =
      index < 4 && project.en
        ? await upsertMedia(
            s,
            `${project.slug}-brochure.pdf`,
            { zh: `${project.zh.title}项目推介书`, en: `${project.en.title} brochure` },
            () =>
              demoPdf([
                project.en?.title ?? project.slug,
                project.en?.location ?? '',
                `Total investment: ${project.amount} (${project.unit})`,
                'Investment promotion brochure - demo content',
              ]),
            'application/pdf',
          )
        : undefined
    const followUp = [-5, -1, 2, 7, 14, 30][index % 6] ?? 7
    await createBilingual(
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
        landArea: project.landMu ? { amount: project.landMu, unit: 'mu' } : undefined,
        cooperationModes: project.cooperationModes ?? ['sole', 'joint-venture', 'cooperation'],
        gallery: pictures.map((p) => p.id),
        brochure: brochure?.id,
        contact: {
          name: '县投资促进中心',
          phone: '0000-1234567',
          email: 'invest@example.gov.cn',
        },
        featured: index < 4 || project.featured === true,
        tracking: {
          responsibleOfficer: project.stage === 'dropped' ? undefined : officer?.id,
          nextFollowUp: project.stage === 'operating' ? undefined : daysFromNow(followUp),
          internalNotes: `客商对接进展：${project.stage === 'negotiating' ? '已完成两轮洽谈，待确认用地指标。' : '按月调度。'}`,
        },
      },
      project.en
        ? {
            title: project.en.title,
            summary: project.en.summary,
            location: project.en.location,
            body: paragraphs([project.en.summary, ...(project.en.details ?? [])]),
            contact: { name: 'County Investment Promotion Centre' },
          }
        : null,
      { draft: project.draft },
    )
  }
}

/** The policies and the links from each superseded one to its successor, by slug. */
export async function seedPolicyDocs(s: Seeder): Promise<Map<string, Id>> {
  const { payload, report } = s
  const policyIds = new Map<string, number | string>()
  for (const policy of seedPolicies) {
    const body = richText(policy.body)
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
      },
      policy.title.en
        ? {
            title: policy.title.en,
            summary: enOf(policy.summary),
            body: body.en,
            issuer: enOf(policy.issuer),
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
