import type { StaffRole } from '@portal/shared/constants'
import { formatTrackingNumber } from '@portal/shared/inquiry'
import type { User } from '@portal/shared/payload-types'
import { paragraphs } from '../lib/richText'
import { seedChamber, seedIndicators, seedSiteSettings } from './globals'
import { SEED_CONTEXT, type Seeder, daysFromNow, enOf, findBySlug } from './helpers'
import { seedInquiries } from './inquiries'

/**
 * The demo inquiries, filed as the intake endpoint files them, then handled
 * by the demo officer or chamber staff (so the status history and notes name
 * them). Matched by submission id on later runs. Seeding sends no mail.
 */
export async function seedInquiryDocs(
  { payload, report }: Seeder,
  roleUsers: Map<StaffRole, User>,
) {
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

/** The site settings, the chamber and the indicators, each unless it already has content. */
export async function seedGlobals({ payload, report }: Seeder): Promise<void> {
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
