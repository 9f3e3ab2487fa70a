import type { File, Payload } from 'payload'
import type { StaffRole } from '@portal/shared/constants'
import type { Media, User } from '@portal/shared/payload-types'
import { paragraphs } from '../lib/richText'
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

/** What every seeding step writes with and reports to. */
export type Seeder = {
  payload: Payload
  report: SeedReport
}

/** A seeded document by its slug, drafts included. */
export async function findBySlug(
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

/** The Chinese text, where there is one. */
export const zhOf = (text: Bi | undefined) => text?.zh
/** The English text, where there is a translation. */
export const enOf = (text: Bi | undefined) => text?.en

/**
 * Creates a bilingual document: the Chinese version first (the default
 * locale), then the English one where a translation exists.
 */
export async function createBilingual<
  C extends 'projects' | 'policies' | 'news' | 'guides' | 'parks',
>(
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

/** A demo staff account by e-mail, created with the demo password when missing. */
export async function upsertUser(
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
export async function upsertMedia(
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

/** Rich text bodies in both languages from paragraphs of plain text. */
export const richText = (body: BiParagraphs) => ({
  zh: paragraphs(body.zh),
  en: body.en ? paragraphs(body.en) : undefined,
})

/** Days from today as an ISO date, for follow-up dates that stay realistic whenever the demo runs. */
export function daysFromNow(days: number): string {
  const date = new Date()
  date.setUTCHours(0, 0, 0, 0)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString()
}
