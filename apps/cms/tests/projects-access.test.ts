import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'
import { asUser, createProject, type Staff, useStaff } from './helpers'

// Access rules are what is under test, so every call passes `overrideAccess: false`
// and a real user (or none, for the public).
let payload: Payload
let users: Staff<'editor' | 'officer' | 'chamber'>

useStaff(['editor', 'officer', 'chamber'], (booted) => {
  ;({ payload, users } = booted)
})

describe('projects: who reads what', () => {
  it('shows the public published projects only, never drafts', async () => {
    const published = await createProject(
      payload,
      '公开项目',
      { _status: 'published' },
      asUser(users.editor),
    )
    const draft = await createProject(
      payload,
      '草稿项目',
      { _status: 'draft' },
      { draft: true, ...asUser(users.editor) },
    )

    const visible = await payload.find({
      collection: 'projects',
      overrideAccess: false,
      limit: 100,
    })
    const ids = visible.docs.map((doc) => doc.id)
    expect(ids).toContain(published.id)
    expect(ids).not.toContain(draft.id)

    await expect(
      payload.findByID({ collection: 'projects', id: draft.id, overrideAccess: false }),
    ).rejects.toThrow()

    const staffView = await payload.find({
      collection: 'projects',
      ...asUser(users.officer),
      draft: true,
      limit: 100,
    })
    expect(staffView.docs.map((doc) => doc.id)).toContain(draft.id)
  })

  it('never shows the public a draft change to a published project', async () => {
    const doc = await createProject(
      payload,
      '已发布标题',
      { _status: 'published' },
      asUser(users.editor),
    )
    await payload.update({
      collection: 'projects',
      id: doc.id,
      data: { title: '尚未发布的新标题', _status: 'draft' },
      draft: true,
      ...asUser(users.editor),
    })
    const publicView = await payload.findByID({
      collection: 'projects',
      id: doc.id,
      overrideAccess: false,
    })
    expect(publicView.title).toBe('已发布标题')
  })
})

describe('projects: who writes', () => {
  it('lets an editor create and publish a project', async () => {
    const created = await createProject(
      payload,
      '编辑新建项目',
      { _status: 'draft' },
      { draft: true, ...asUser(users.editor) },
    )
    expect(created._status).toBe('draft')
    const published = await payload.update({
      collection: 'projects',
      id: created.id,
      data: { _status: 'published' },
      ...asUser(users.editor),
    })
    expect(published._status).toBe('published')
    const publicView = await payload.findByID({
      collection: 'projects',
      id: created.id,
      overrideAccess: false,
    })
    expect(publicView.title).toBe('编辑新建项目')
  })

  it('lets an investment officer draft a project', async () => {
    const created = await createProject(
      payload,
      '专员草稿',
      { _status: 'draft' },
      { draft: true, ...asUser(users.officer) },
    )
    expect(created.id).toBeDefined()
  })

  it('refuses the public and chamber staff, and stores nothing', async () => {
    const before = await payload.count({ collection: 'projects' })
    await expect(
      createProject(payload, '匿名写入', { _status: 'published' }, asUser(undefined)),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      createProject(payload, '商会写入', { _status: 'published' }, asUser(users.chamber)),
    ).rejects.toMatchObject({ status: 403 })
    const after = await payload.count({ collection: 'projects' })
    expect(after.totalDocs).toBe(before.totalDocs)
  })

  it('refuses an invalid investment with a message naming the field', async () => {
    await expect(
      createProject(
        payload,
        '金额为负',
        { investment: { amount: -5, unit: 'cny-10k' } },
        asUser(users.editor),
      ),
    ).rejects.toMatchObject({
      status: 400,
      data: { errors: [expect.objectContaining({ path: 'investment.amount' })] },
    })
  })
})

describe('staff accounts', () => {
  it('does not let a staff member give themselves another role', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: users.chamber.id,
      data: { roles: ['admin'] },
      ...asUser(users.chamber),
    })
    expect(updated.roles).toEqual(['chamber-staff'])
  })

  it('does not let a staff member read other accounts', async () => {
    const seen = await payload.find({ collection: 'users', ...asUser(users.officer) })
    expect(seen.docs.map((doc) => doc.id)).toEqual([users.officer.id])
  })
})
