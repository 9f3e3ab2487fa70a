import { randomUUID } from 'node:crypto'
import config from '@payload-config'
import type { StaffRole } from '@portal/shared/constants'
import { DEV_PORTAL_API_KEY } from '@portal/shared/env'
import { formatTrackingNumber, type InquirySubmission } from '@portal/shared/inquiry'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll } from 'vitest'
import sharp from 'sharp'
import type { ServiceAccount, User } from '@portal/shared/payload-types'
import { EMPTY_FILED_FIELDS } from '@portal/shared/testing'
import { ensurePortalServiceAccount } from '../src/collections/Inquiries/serviceAccount'
import { onEmulator, onMongo } from './support/database'

export { asUser } from './support/access'

/** Boots Payload on this test file's database (and proves it is the adapter the run asked for). */
export async function bootPayload(): Promise<Payload> {
  const payload = await getPayload({ config })
  const expected = onMongo ? 'mongoose' : 'sqlite'
  if (payload.db.name !== expected) {
    throw new Error(`this run is for ${expected}, but Payload booted on ${payload.db.name}`)
  }
  // See tests/support/mongodb-emulator-preload.mjs.
  if (onEmulator && (payload.db as { useJoinAggregations?: boolean }).useJoinAggregations) {
    throw new Error('on the emulator, Payload must resolve joins without aggregation')
  }
  return payload
}

let counter = 0

/** Creates a staff user with the given roles and returns it as Local API calls expect it. */
export async function makeUser(payload: Payload, roles: StaffRole[]): Promise<User> {
  counter += 1
  const user = await payload.create({
    collection: 'users',
    data: {
      email: `${roles.join('-') || 'none'}-${counter}@example.com`,
      password: 'correct-horse-battery-staple',
      name: `Test ${roles.join(', ')}`,
      roles,
    },
  })
  return { ...user, collection: 'users' } as User
}

/** The staff a test file works as, by name, and the roles each holds. */
const STAFF_ROLES = {
  admin: ['admin'],
  editor: ['editor'],
  officer: ['investment-officer'],
  officer2: ['investment-officer'],
  chamber: ['chamber-staff'],
  leader: ['leader'],
} satisfies Record<string, StaffRole[]>

/** Staff users by name, as `bootWithStaff` creates them. */
export type Staff<Name extends keyof typeof STAFF_ROLES> = Record<Name, User>

/** Boots Payload and creates the named staff users, in the order given. */
export async function bootWithStaff<Name extends keyof typeof STAFF_ROLES>(
  ...names: Name[]
): Promise<{ payload: Payload; users: Staff<Name> }> {
  const payload = await bootPayload()
  const users = {} as Staff<Name>
  for (const name of names) users[name] = await makeUser(payload, STAFF_ROLES[name])
  return { payload, users }
}

/**
 * Boots Payload with the named staff before this file's tests (handing them
 * to `receive`) and destroys it after them. Hooks a file registers after this
 * call run after the boot.
 */
export function useStaff<Name extends keyof typeof STAFF_ROLES>(
  names: Name[],
  receive: (booted: { payload: Payload; users: Staff<Name> }) => void,
): void {
  let booted: Payload | undefined
  beforeAll(async () => {
    const result = await bootWithStaff(...names)
    booted = result.payload
    receive(result)
  })
  afterAll(() => booted?.destroy())
}

/** Minimal valid project data in Chinese. */
export function projectData(title: string, extra: Record<string, unknown> = {}) {
  return {
    title,
    sector: 'manufacturing' as const,
    stage: 'reserve' as const,
    investment: { amount: 1000, unit: 'cny-10k' as const },
    ...extra,
  }
}

/** A service guide in Chinese with every element publishing requires (GUIDE_ELEMENTS). */
export function guideData(title: string, extra: Record<string, unknown> = {}) {
  return {
    title,
    basis: '《中华人民共和国外商投资法》',
    conditions: '不属于外商投资准入负面清单禁止类',
    materials: [{ item: '申请书' }],
    location: '县政务服务中心二楼商务局窗口',
    hours: '工作日 8:30—17:30',
    phone: '0000-1234501',
    steps: [{ step: '窗口受理' }],
    ...extra,
  }
}

/**
 * Creates a project from `projectData(title, data)`; `options` go to Payload
 * as they are (`draft`, and `asUser(...)` where access rules apply).
 */
export function createProject(
  payload: Payload,
  title: string,
  data: Record<string, unknown> = {},
  options: { draft?: boolean; user?: User | ServiceAccount; overrideAccess?: boolean } = {},
) {
  return payload.create({ collection: 'projects', data: projectData(title, data), ...options })
}

/** A plain PNG of one colour, for uploads. */
export function pngImage(width: number, height: number, background: string): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer()
}

/** The portal's service account, with the development key, as Local API calls expect it. */
export async function makeServiceAccount(
  payload: Payload,
  key: string = DEV_PORTAL_API_KEY,
): Promise<ServiceAccount> {
  await ensurePortalServiceAccount(payload, key)
  const found = await payload.find({
    collection: 'service-accounts',
    where: { name: { equals: 'portal' } },
    limit: 1,
  })
  const account = found.docs[0]
  if (!account) throw new Error('service account missing')
  return { ...account, collection: 'service-accounts' } as ServiceAccount
}

let serial = 0

/** A valid submission as the portal sends it, with a fresh id and number. */
export function submission(
  fields: Partial<InquirySubmission['fields']> = {},
  extra: Partial<Omit<InquirySubmission, 'fields'>> = {},
): InquirySubmission {
  serial += 1
  const submittedAt = extra.submittedAt ?? new Date().toISOString()
  return {
    submissionId: randomUUID(),
    trackingNumber: formatTrackingNumber(new Date(submittedAt), 1000 + serial),
    submittedAt,
    locale: 'zh',
    keepNumber: false,
    ...extra,
    fields: {
      ...EMPTY_FILED_FIELDS,
      type: 'general',
      name: '测试访客',
      phone: '13800001234',
      message: '想了解县里招商引资的优惠政策。',
      ...fields,
    },
  }
}
