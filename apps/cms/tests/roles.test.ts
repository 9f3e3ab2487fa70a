import type { Payload } from 'payload'
import type { News, Policy, User } from '@portal/shared/payload-types'
import { describe, expect, it } from 'vitest'
import { paragraphs } from '../src/lib/richText'
import { asUser, createProject, type Staff, makeUser, useStaff } from './helpers'

// Each role's rights, proven through the Local API with the access rules applied.
let payload: Payload
let users: Staff<'admin' | 'editor' | 'officer' | 'chamber'>

/** Creates a document as `user`, with access applied. */
const createAs = (user: User, collection: 'policies' | 'news', data: Record<string, unknown>) =>
  payload.create({ collection, data, ...asUser(user) } as Parameters<
    Payload['create']
  >[0]) as Promise<Policy | News>

const policyData = (title: string) => ({
  title,
  topic: 'tax' as const,
  issuedAt: '2026-01-01T00:00:00.000Z',
  docNumber: '示政发〔2026〕1号',
  _status: 'published' as const,
})
const newsData = (title: string) => ({
  title,
  category: 'chamber' as const,
  publishedAt: '2026-11-01T00:00:00.000Z',
  body: paragraphs(['正文']),
  _status: 'published' as const,
})

useStaff(['admin', 'editor', 'officer', 'chamber'], (booted) => {
  ;({ payload, users } = booted)
})

describe('policies', () => {
  it('editors publish policies', async () => {
    const doc = await createAs(users.editor, 'policies', policyData('编辑发布的政策'))
    expect(doc._status).toBe('published')
  })
  it('investment officers and chamber staff cannot create or publish policies', async () => {
    for (const user of [users.officer, users.chamber]) {
      await expect(
        payload.create({ collection: 'policies', data: policyData('越权政策'), ...asUser(user) }),
      ).rejects.toMatchObject({ status: 403 })
    }
    const existing = await payload.create({ collection: 'policies', data: policyData('既有政策') })
    await expect(
      payload.update({
        collection: 'policies',
        id: existing.id,
        data: { title: '篡改' },
        ...asUser(users.officer),
      }),
    ).rejects.toMatchObject({ status: 403 })
    const unchanged = await payload.findByID({ collection: 'policies', id: existing.id })
    expect(unchanged.title).toBe('既有政策')
  })
})

describe('news', () => {
  it('chamber staff publish news but cannot delete it', async () => {
    const doc = await createAs(users.chamber, 'news', newsData('商会动态'))
    expect(doc._status).toBe('published')
    await expect(
      payload.delete({ collection: 'news', id: doc.id, ...asUser(users.chamber) }),
    ).rejects.toMatchObject({
      status: 403,
    })
  })
  it('chamber staff cannot touch projects', async () => {
    await expect(
      createProject(payload, '商会项目', {}, asUser(users.chamber)),
    ).rejects.toMatchObject({ status: 403 })
  })
})

describe('globals', () => {
  it('only admins and editors change the site settings', async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { countyName: '示范县', bureauName: '示范县商务局' },
      ...asUser(users.editor),
    })
    for (const user of [users.officer, users.chamber, undefined]) {
      await expect(
        payload.updateGlobal({
          slug: 'site-settings',
          data: { countyName: '被改' },
          ...asUser(user),
        }),
      ).rejects.toMatchObject({ status: 403 })
    }
    const settings = await payload.findGlobal({ slug: 'site-settings', ...asUser(undefined) })
    expect(settings.countyName).toBe('示范县')
  })
  it('chamber staff edit the chamber page', async () => {
    const saved = await payload.updateGlobal({
      slug: 'chamber',
      data: { name: '示范县商会' },
      ...asUser(users.chamber),
    })
    expect(saved.name).toBe('示范县商会')
  })
})

describe('accounts', () => {
  it('only admins create accounts and change roles', async () => {
    await expect(
      payload.create({
        collection: 'users',
        data: {
          email: 'new@example.com',
          password: 'a-long-password-1',
          name: 'x',
          roles: ['editor'],
        },
        ...asUser(users.editor),
      }),
    ).rejects.toMatchObject({ status: 403 })
    const promoted = await payload.update({
      collection: 'users',
      id: users.officer.id,
      data: { roles: ['investment-officer', 'editor'] },
      ...asUser(users.admin),
    })
    expect(promoted.roles).toEqual(['investment-officer', 'editor'])
    await payload.update({
      collection: 'users',
      id: users.officer.id,
      data: { roles: ['investment-officer'] },
      ...asUser(users.admin),
    })
  })

  it('locks an account after five failed logins; only an admin unlocks it', async () => {
    const victim = await makeUser(payload, ['editor'])
    for (let i = 0; i < 5; i += 1) {
      await expect(
        payload.login({
          collection: 'users',
          data: { email: victim.email, password: 'wrong-password' },
        }),
      ).rejects.toThrow()
    }
    await expect(
      payload.login({
        collection: 'users',
        data: { email: victim.email, password: 'correct-horse-battery-staple' },
      }),
    ).rejects.toMatchObject({ status: 401 })

    await expect(
      payload.unlock({
        collection: 'users',
        data: { email: victim.email } as { email: string; password: string },
        ...asUser(users.editor),
      }),
    ).rejects.toMatchObject({ status: 403 })
    await payload.unlock({
      collection: 'users',
      data: { email: victim.email } as { email: string; password: string },
      ...asUser(users.admin),
    })
    const session = await payload.login({
      collection: 'users',
      data: { email: victim.email, password: 'correct-horse-battery-staple' },
    })
    expect(session.token).toBeTruthy()
  })
})
