import config from '@payload-config'
import type { StaffRole } from '@portal/shared/constants'
import { getPayload, type Payload } from 'payload'
import type { User } from '@portal/shared/payload-types'

/** Boots Payload on this test file's database. */
export function bootPayload(): Promise<Payload> {
  return getPayload({ config })
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
