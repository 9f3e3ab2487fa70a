import type { File, Payload } from 'payload'
import type { StaffRole } from '@portal/shared/constants'
import { formatTrackingNumber } from '@portal/shared/inquiry'
import type { Media, User } from '@portal/shared/payload-types'
import { paragraphs } from '../lib/richText'
import { seedChamber, seedIndicators, seedSiteSettings } from './globals'
import { seedGuides } from './guides'
import { demoImage, demoPdf } from './images'
import { seedInquiries } from './inquiries'
import { seedNews } from './news'
import { seedParks } from './parks'
import { seedPolicies } from './policies'
import { seedProjects } from './projects'
import type { Bi, BiParagraphs } from './types'

/** The demo staff account. Demo and development only: production deployments create their own admins. */
export const DEMO_USER = {
  email: 'demo@example.com',
  password: 'demo-portal-2026',
  name: '演示管理员',
} as const

/** One demo account per other role, same password, so each role's view can be tried. */
export const DEMO_ROLE_USERS: { email: string; name: string; role: StaffRole }[] = [
  { email: 'editor@example.com', name: '李编辑', role: 'editor' },
  { email: 'officer@example.com', name: '王专员', role: 'investment-officer' },
  { email: 'chamber@example.com', name: '赵秘书', role: 'chamber-staff' },
]

export interface SeedReport {
  created: string[]
  skipped: string[]
}

/** Context flag that tells hooks a write comes from the seed, so they skip side effects. */
export const SEED_CONTEXT = { seeding: true } as const

const PROJECT_COLORS = ['#1f5f8b', '#8b3a1f', '#2f6b3b', '#6b4f8b', '#8b7a1f', '#1f7a7a']

type Seeder = {
  payload: Payload
  report: SeedReport
}

async function findBySlug(
  payload: Payload,
  collection: 'projects' | 'policies' | 'news' | 'guides' | 'parks',
  slug: string,
) {
  const found = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    draft: true,
    select: { slug: true },
  })
  return found.docs[0]
}

const zhOf = (text: Bi | undefined) => text?.zh
const enOf = (text: Bi | undefined) => text?.en

/**
 * Creates a bilingual document: the Chinese version first (the default
 * locale), then the English one where a translation exists.
 */
async function createBilingual<C extends 'projects' | 'policies' | 'news' | 'guides' | 'parks'>(
  { payload, report }: Seeder,
  collection: C,
  slug: string,
  zh: Record<string, unknown>,
  en: Record<string, unknown> | null,
  options: { draft?: boolean } = {},
): Promise<number | string> {
  const existing = await findBySlug(payload, collection, slug)
  if (existing) {
    report.skipped.push(`${collection}/${slug}`)
    return existing.id
  }
  const versioned = collection !== 'parks'
  const status = options.draft ? 'draft' : 'published'
  const created = await payload.create({
    collection,
    locale: 'zh',
    draft: options.draft ?? false,
    context: SEED_CONTEXT,
    data: { ...zh, slug, ...(versioned ? { _status: status } : {}) } as never,
  })
  if (en) {
    await payload.update({
      collection,
      id: created.id,
      locale: 'en',
      draft: options.draft ?? false,
      context: SEED_CONTEXT,
      data: { ...en, ...(versioned ? { _status: status } : {}) } as never,
    })
  }
  report.created.push(`${collection}/${slug}`)
  return created.id
}

async function upsertUser(
  { payload, report }: Seeder,
  email: string,
  name: string,
  role: StaffRole,
): Promise<User> {
  const found = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
  })
  if (found.docs[0]) {
    report.skipped.push(`users/${email}`)
    return found.docs[0]
  }
  report.created.push(`users/${email}`)
  return payload.create({
    collection: 'users',
    data: { email, name, password: DEMO_USER.password, roles: [role] },
    context: SEED_CONTEXT,
  })
}

/**
 * Uploads a generated file once; later runs find it by its Chinese alt text,
 * which is unique per demo file (the stored file name may carry a suffix when
 * a file of that name was already on disk).
 */
async function upsertMedia(
  { payload, report }: Seeder,
  filename: string,
  alt: Bi,
  make: () => Promise<Buffer> | Buffer,
  mimetype: string,
): Promise<Media> {
  const found = await payload.find({
    collection: 'media',
    where: { alt: { equals: alt.zh } },
    locale: 'zh',
    limit: 1,
    depth: 0,
  })
  if (found.docs[0]) {
    report.skipped.push(`media/${filename}`)
    return found.docs[0]
  }
  const data = await make()
  const file: File = { name: filename, data, mimetype, size: data.length }
  const created = await payload.create({
    collection: 'media',
    locale: 'zh',
    data: { alt: alt.zh },
    file,
    context: SEED_CONTEXT,
  })
  if (alt.en) {
    await payload.update({
      collection: 'media',
      id: created.id,
      locale: 'en',
      data: { alt: alt.en },
    })
  }
  report.created.push(`media/${filename}`)
  return created
}

const richText = (body: BiParagraphs) => ({
  zh: paragraphs(body.zh),
  en: body.en ? paragraphs(body.en) : undefined,
})

/** Days from today as an ISO date, for follow-up dates that stay realistic whenever the demo runs. */
function daysFromNow(days: number): string {
  const date = new Date()
  date.setUTCHours(0, 0, 0, 0)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString()
}

/**
 * Loads the demo content into every collection and global. Idempotent:
 * documents are matched by slug (users by e-mail, media by file name, globals
 * by whether they have content) and left alone when they exist, so a second
 * run changes nothing.
 */
export async function seed(payload: Payload): Promise<SeedReport> {
  const report: SeedReport = { created: [], skipped: [] }
  const s: Seeder = { payload, report }

  await upsertUser(s, DEMO_USER.email, DEMO_USER.name, 'admin')
  const roleUsers = new Map<StaffRole, User>()
  for (const user of DEMO_ROLE_USERS) {
    roleUsers.set(user.role, await upsertUser(s, user.email, user.name, user.role))
  }
  const officer = roleUsers.get('investment-officer')

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

  await seedGlobals(s)
  await seedInquiryDocs(s, roleUsers)
  return report
}

/**
 * The demo inquiries, filed as the intake endpoint files them, then handled
 * by the demo officer or chamber staff (so the status history and notes name
 * them). Matched by submission id on later runs. Seeding sends no mail.
 */
async function seedInquiryDocs({ payload, report }: Seeder, roleUsers: Map<StaffRole, User>) {
  const settings = await payload.findGlobal({ slug: 'inquiry-settings', depth: 0 })
  if (settings.dutyEmail) {
    report.skipped.push('globals/inquiry-settings')
  } else {
    await payload.updateGlobal({
      slug: 'inquiry-settings',
      data: { dutyEmail: 'duty@example.com', replyWorkingDays: 3 },
      context: SEED_CONTEXT,
    })
    report.created.push('globals/inquiry-settings')
  }

  for (const item of seedInquiries) {
    const existing = await payload.count({
      collection: 'inquiries',
      where: { submissionId: { equals: item.submissionId } },
    })
    const submittedAt = new Date(daysFromNow(-item.daysAgo))
    submittedAt.setUTCHours(2 + (item.serial % 8), 17 + item.serial, 0, 0)
    const trackingNumber = formatTrackingNumber(submittedAt, item.serial)
    if (existing.totalDocs > 0) {
      report.skipped.push(`inquiries/${trackingNumber}`)
      continue
    }
    const project = item.projectSlug
      ? await findBySlug(payload, 'projects', item.projectSlug)
      : null
    const assignee = item.assignTo ? roleUsers.get(item.assignTo) : undefined
    const created = await payload.create({
      collection: 'inquiries',
      context: SEED_CONTEXT,
      data: {
        submissionId: item.submissionId,
        trackingNumber,
        submittedAt: submittedAt.toISOString(),
        locale: item.locale,
        type: item.type,
        project: project?.id as number | undefined,
        projectSlug: item.projectSlug,
        name: item.name,
        phone: item.phone,
        email: item.email,
        organisation: item.organisation,
        province: item.province,
        city: item.city,
        industry: item.industry,
        intent: item.intent,
        message: item.message,
        consent: true,
        status: 'received',
        assignee: assignee?.id,
      },
    })
    // The handler: whoever it was assigned to, else the officer for its type.
    const handlerId = (created.assignee as number | null) ?? assignee?.id
    const handler =
      [...roleUsers.values()].find((user) => user.id === handlerId) ??
      roleUsers.get(item.type === 'returnee' ? 'chamber-staff' : 'investment-officer')
    const as = { context: SEED_CONTEXT, user: handler && { ...handler, collection: 'users' } }
    for (const note of item.notes ?? []) {
      const current = await payload.findByID({ collection: 'inquiries', id: created.id, depth: 0 })
      await payload.update({
        collection: 'inquiries',
        id: created.id,
        data: { internalNotes: [...(current.internalNotes ?? []), { note }] },
        ...as,
      })
    }
    const statuses = item.statuses ?? []
    for (const status of statuses) {
      await payload.update({
        collection: 'inquiries',
        id: created.id,
        // The reply goes with the move to `answered`; without such a move, saving it answers.
        data: { status, ...(status === 'answered' ? { publicReply: item.publicReply } : {}) },
        ...as,
      })
    }
    if (item.publicReply && !statuses.includes('answered')) {
      await payload.update({
        collection: 'inquiries',
        id: created.id,
        data: { publicReply: item.publicReply },
        ...as,
      })
    }
    report.created.push(`inquiries/${trackingNumber}`)
  }
}

async function seedGlobals({ payload, report }: Seeder): Promise<void> {
  const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'zh', depth: 0 })
  if (settings.countyName) {
    report.skipped.push('globals/site-settings')
  } else {
    const st = seedSiteSettings
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'zh',
      data: {
        countyName: st.countyName.zh,
        bureauName: st.bureauName.zh,
        address: st.address.zh,
        officeHours: st.officeHours.zh,
        hotline: st.hotline,
        email: st.email,
        footerLinks: st.footerLinks.map((link) => ({ label: link.label.zh, url: link.url })),
        filing: {
          icp: st.icpNumber,
          publicSecurity: st.publicSecurityNumber,
          governmentSiteCode: st.governmentSiteCode,
        },
      },
    })
    const zhSaved = await payload.findGlobal({ slug: 'site-settings', locale: 'zh', depth: 0 })
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'en',
      data: {
        countyName: enOf(st.countyName),
        bureauName: enOf(st.bureauName),
        address: enOf(st.address),
        officeHours: enOf(st.officeHours),
        footerLinks: (zhSaved.footerLinks ?? []).map((row, i) => ({
          id: row.id,
          url: row.url,
          label: enOf(st.footerLinks[i]?.label) ?? row.label,
        })),
      },
    })
    report.created.push('globals/site-settings')
  }

  const chamber = await payload.findGlobal({ slug: 'chamber', locale: 'zh', depth: 0 })
  if (chamber.name) {
    report.skipped.push('globals/chamber')
  } else {
    const ch = seedChamber
    const saved = await payload.updateGlobal({
      slug: 'chamber',
      locale: 'zh',
      data: {
        name: ch.name.zh,
        body: paragraphs(ch.about.zh),
        howToJoin: paragraphs(ch.howToJoin.zh),
        functions: ch.functions.map((f) => ({ title: f.title.zh, description: f.description.zh })),
        contacts: ch.contacts.map((c) => ({
          name: c.name.zh,
          role: c.role.zh,
          phone: c.phone,
          email: c.email,
        })),
      },
    })
    await payload.updateGlobal({
      slug: 'chamber',
      locale: 'en',
      data: {
        name: enOf(ch.name),
        body: ch.about.en ? paragraphs(ch.about.en) : undefined,
        howToJoin: ch.howToJoin.en ? paragraphs(ch.howToJoin.en) : undefined,
        functions: (saved.functions ?? []).map((row, i) => ({
          id: row.id,
          title: enOf(ch.functions[i]?.title) ?? row.title,
          description: enOf(ch.functions[i]?.description),
        })),
        contacts: (saved.contacts ?? []).map((row, i) => ({
          id: row.id,
          name: enOf(ch.contacts[i]?.name) ?? row.name,
          role: enOf(ch.contacts[i]?.role),
        })),
      },
    })
    report.created.push('globals/chamber')
  }

  const indicators = await payload.findGlobal({ slug: 'indicators', depth: 0 })
  if ((indicators.years ?? []).length > 0) {
    report.skipped.push('globals/indicators')
  } else {
    await payload.updateGlobal({
      slug: 'indicators',
      data: {
        years: seedIndicators.map((year) => ({
          year: year.year,
          asOf: year.asOf,
          items: year.items.map((item) => ({ ...item })),
        })),
      },
    })
    report.created.push('globals/indicators')
  }
}
