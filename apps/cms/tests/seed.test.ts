import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { matchPolicies, projectMatchQuery } from '@portal/shared/policy-match'
import { seed } from '../src/seed'
import { seedGuides } from '../src/seed/guides'
import { seedInquiries } from '../src/seed/inquiries'
import { seedNews } from '../src/seed/news'
import { seedPolicies } from '../src/seed/policies'
import { seedProjects } from '../src/seed/projects'
import { isOverdue } from '../src/collections/Inquiries/status'
import { bootPayload } from './helpers'
import { mediaFile } from './support/media-file'

let payload: Payload
let first: Awaited<ReturnType<typeof seed>>

beforeAll(async () => {
  payload = await bootPayload()
  first = await seed(payload)
}, 120_000)
afterAll(async () => {
  await payload.destroy()
})

const collections = [
  'projects',
  'policies',
  'news',
  'guides',
  'parks',
  'media',
  'users',
  'search',
  'inquiries',
] as const

it('fills every collection with at least what the content model promises', async () => {
  expect(first.skipped).toEqual([])
  const counts = Object.fromEntries(
    await Promise.all(
      collections.map(
        async (c) => [c, (await payload.count({ collection: c })).totalDocs] as const,
      ),
    ),
  )
  expect(counts.projects).toBeGreaterThanOrEqual(30)
  expect(counts.policies).toBeGreaterThanOrEqual(10)
  expect(counts.news).toBeGreaterThanOrEqual(15)
  expect(counts.guides).toBe(3)
  expect(counts.users).toBe(4)
  expect(counts.inquiries).toBe(seedInquiries.length)
  expect(counts.media).toBeGreaterThan(20)
  // Every published project, policy, news item and guide is searchable, dropped projects excepted.
  const published = seedProjects.filter((p) => !p.draft && p.stage !== 'dropped').length
  expect(counts.search).toBe(published + seedPolicies.length + seedNews.length + seedGuides.length)
})

it('a second run changes nothing', async () => {
  const before = Object.fromEntries(
    await Promise.all(
      collections.map(
        async (c) => [c, (await payload.count({ collection: c })).totalDocs] as const,
      ),
    ),
  )
  const versionsBefore = await payload.countVersions({ collection: 'projects' })
  const second = await seed(payload)
  expect(second.created).toEqual([])
  for (const c of collections) {
    expect((await payload.count({ collection: c })).totalDocs, c).toBe(before[c])
  }
  expect((await payload.countVersions({ collection: 'projects' })).totalDocs).toBe(
    versionsBefore.totalDocs,
  )
}, 60_000)

it('includes the four projects and two policies the work plan names, in both languages', async () => {
  const named = await payload.find({
    collection: 'projects',
    locale: 'all',
    where: {
      slug: {
        in: [
          'jin-shan-shang-ye-guang-chang',
          'qing-lan-da-li-shi-jia-gong',
          'ai-fa-di-chan-kai-fa',
          'jin-huang-ran-qi',
        ],
      },
    },
  })
  expect(named.docs).toHaveLength(4)
  for (const doc of named.docs) {
    const title = doc.title as unknown as { zh: string; en: string }
    expect(title.zh).toBeTruthy()
    expect(title.en).toBeTruthy()
  }
  const policies = await payload.find({ collection: 'policies', limit: 100 })
  const titles = policies.docs.map((p) => p.title).join('\n')
  expect(titles).toContain('加快发展开放型经济的若干政策措施')
  expect(titles).toContain('农贸市场标准化改造三年行动方案')
})

it('publishes every demo project except drafts and dropped ones, and shows some policies as expired or superseded', async () => {
  const visible = await payload.count({ collection: 'projects', overrideAccess: false })
  expect(visible.totalDocs).toBe(
    seedProjects.filter((p) => !p.draft && p.stage !== 'dropped').length,
  )
  const policies = await payload.find({ collection: 'policies', limit: 100, overrideAccess: false })
  const validity = new Set(policies.docs.map((p) => p.validity))
  expect(validity).toEqual(new Set(['in-force', 'expired', 'repealed', 'not-yet-effective']))
})

it('gives every policy its applicability and benefit, and every demo project a matched policy in force', async () => {
  const policies = await payload.find({
    collection: 'policies',
    limit: 100,
    depth: 1,
    overrideAccess: false,
  })
  for (const policy of policies.docs) {
    expect(policy.benefitTypes?.length, policy.slug ?? '').toBeGreaterThan(0)
    expect(policy.benefit, policy.slug ?? '').toBeTruthy()
  }
  // One policy is limited to parks, and they arrive with their slugs.
  expect(policies.docs.some((p) => p.applicability?.parks?.length)).toBe(true)
  const projects = await payload.find({
    collection: 'projects',
    limit: 100,
    depth: 1,
    overrideAccess: false,
  })
  expect(projects.docs.length).toBeGreaterThan(0)
  for (const project of projects.docs) {
    const matched = matchPolicies(policies.docs, projectMatchQuery(project))
    expect(matched.length, project.slug ?? '').toBeGreaterThan(0)
    for (const { policy } of matched) expect(policy.validity).toBe('in-force')
  }
})

it('fills the globals: site settings with filing numbers, the chamber, and this year’s indicators', async () => {
  const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'en' })
  expect(settings.countyName).toBeTruthy()
  expect(settings.filing?.icp).toBeTruthy()
  const chamber = await payload.findGlobal({ slug: 'chamber' })
  expect(chamber.functions?.length).toBeGreaterThanOrEqual(5)
  const indicators = await payload.findGlobal({ slug: 'indicators' })
  const thisYear = indicators.years?.find((y) => y.year === 2026)
  expect(thisYear?.items).toHaveLength(8)
})

it('gives the demo officer follow-ups, some overdue, on projects the public cannot see tracked', async () => {
  const officer = await payload.find({
    collection: 'users',
    where: { email: { equals: 'officer@example.com' } },
  })
  const mine = await payload.count({
    collection: 'projects',
    where: { 'tracking.responsibleOfficer': { equals: officer.docs[0]?.id } },
  })
  expect(mine.totalDocs).toBeGreaterThan(10)
  const overdue = await payload.count({
    collection: 'projects',
    where: { 'tracking.nextFollowUp': { less_than: new Date().toISOString() } },
  })
  expect(overdue.totalDocs).toBeGreaterThan(0)
})

it('files demo inquiries of every type and status, one answered on the portal and one overdue', async () => {
  const { docs } = await payload.find({ collection: 'inquiries', limit: 100, depth: 0 })
  expect(new Set(docs.map((d) => d.type))).toEqual(new Set(['project', 'returnee', 'general']))
  expect(new Set(docs.map((d) => d.status))).toEqual(
    new Set(['received', 'in-progress', 'answered', 'closed']),
  )
  const answered = docs.find((d) => d.status === 'answered')
  expect(answered?.publicReply).toBeTruthy()
  expect(answered?.repliedAt).toBeTruthy()
  expect(docs.filter((d) => isOverdue(d))).toHaveLength(1)
  // Handled by the demo role users, whose names the history and notes carry.
  const officer = await payload.find({
    collection: 'users',
    where: { email: { equals: 'officer@example.com' } },
  })
  const projectInquiry = docs.find((d) => d.type === 'project' && d.status === 'in-progress')
  expect(projectInquiry?.assignee).toBe(officer.docs[0]?.id)
  expect(projectInquiry?.internalNotes?.[0]?.author).toBe(officer.docs[0]?.id)
  expect(projectInquiry?.statusHistory?.at(-1)?.by).toBe(officer.docs[0]?.id)
  const settings = await payload.findGlobal({ slug: 'inquiry-settings' })
  expect(settings.dutyEmail).toBe('duty@example.com')
})

it('gives every project the key facts an investor asks for first', async () => {
  const { docs } = await payload.find({
    collection: 'projects',
    limit: 100,
    depth: 1,
    draft: true,
    locale: 'zh',
  })
  expect(docs).toHaveLength(seedProjects.length)
  for (const project of docs) {
    expect(project.landArea?.amount, String(project.slug)).toBeGreaterThan(0)
    expect(project.cooperationModes?.length, String(project.slug)).toBeGreaterThan(0)
    expect(
      typeof project.park === 'object' && project.park?.slug,
      String(project.slug),
    ).toBeTruthy()
    expect(project.contact?.name, String(project.slug)).toBeTruthy()
    expect(project.contact?.phone, String(project.slug)).toBeTruthy()
  }
})

it('attaches real brochures: one to two pages, in Chinese with an English page where translated', async () => {
  const { docs } = await payload.find({
    collection: 'projects',
    where: { brochure: { exists: true } },
    limit: 100,
    depth: 1,
    locale: 'all',
  })
  expect(docs.length).toBeGreaterThanOrEqual(4)
  for (const project of docs) {
    const brochure = project.brochure
    if (!brochure || typeof brochure !== 'object') throw new Error(`${project.slug}: no brochure`)
    const pdf = await mediaFile(brochure)
    const english = Boolean((project.title as unknown as { en?: string }).en)
    expect(project.brochureLanguage, String(project.slug)).toBe(english ? 'both' : 'zh')
    expect(pdf.pages, String(project.slug)).toBe(english ? 2 : 1)
    // The Chinese text is set in an embedded CJK font, subset to what it uses.
    expect(
      pdf.fonts.some((name) => name.includes('NotoSansSC')),
      String(project.slug),
    ).toBe(true)
    expect(pdf.bytes, String(project.slug)).toBeLessThan(400_000)
    expect(pdf.title, String(project.slug)).toContain(
      (project.title as unknown as { zh: string }).zh,
    )
  }
})

it('seeds investor records in talks about projects, one inquiry left for staff to confirm', async () => {
  const project = await payload.find({
    collection: 'projects',
    where: { slug: { equals: 'jin-shan-shang-ye-guang-chang' } },
    depth: 1,
  })
  const investors = project.docs[0]?.investors?.docs ?? []
  expect(investors.map((c) => (typeof c === 'object' ? c.name : c))).toEqual([
    '深圳金山商业管理有限公司',
  ])
  const linked = await payload.count({
    collection: 'inquiries',
    where: { investorContact: { exists: true } },
  })
  expect(linked.totalDocs).toBe(2)
  const lin = await payload.find({
    collection: 'contacts',
    where: { phoneKey: { equals: '13900000002' } },
  })
  expect(lin.docs.map((c) => c.name)).toEqual(['林秀梅'])
})

it('gives every park costs with their dates, transport, contacts and a map of its running projects', async () => {
  const parks = await payload.find({ collection: 'parks', locale: 'all', depth: 0, limit: 20 })
  expect(parks.docs.length).toBeGreaterThanOrEqual(5)
  for (const park of parks.docs) {
    const kinds = (park.costs ?? []).map((c) => c.kind)
    expect(kinds, park.slug ?? '').toEqual(
      expect.arrayContaining(['electricity', 'water', 'gas', 'wages']),
    )
    for (const cost of park.costs ?? []) expect(cost.confirmedAt).toMatch(/^2026-/)
    expect(park.distances?.length).toBeGreaterThan(0)
    expect(park.contacts?.[0]?.phone).toBeTruthy()
    expect(park.map?.image).toBeTruthy()
    expect(park.map?.approvalNumber).toBeTruthy()
    const running = await payload.find({
      collection: 'projects',
      where: { park: { equals: park.id }, stage: { not_equals: 'dropped' } },
      overrideAccess: false,
      pagination: false,
      depth: 0,
    })
    const placed = (park.map?.markers ?? []).map((m) => m.project)
    expect(new Set(placed)).toEqual(new Set(running.docs.map((p) => p.id)))
  }
})
