import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'
import type { FollowUp, ServiceAccount, User } from '@portal/shared/payload-types'
import { asUser, createProject, makeServiceAccount, type Staff, useStaff } from './helpers'

// The follow-up log (跟进记录): who may write, who may change, and how the
// project's next follow-up date follows the latest entry.
let payload: Payload
let users: Staff<'admin' | 'editor' | 'officer' | 'officer2' | 'chamber' | 'leader'>

useStaff(['admin', 'editor', 'officer', 'officer2', 'chamber', 'leader'], (booted) => {
  ;({ payload, users } = booted)
})

type Entry = Partial<Omit<FollowUp, 'project'>> & { date: string }

function addEntry(user: User | ServiceAccount | undefined, project: number, entry: Entry) {
  return payload.create({
    collection: 'follow-ups',
    data: { project, kind: 'visit', text: '上门走访', ...entry },
    depth: 0,
    ...asUser(user),
  })
}

async function nextFollowUp(project: number, draft = false) {
  const doc = await payload.findByID({ collection: 'projects', id: project, depth: 0, draft })
  return doc.tracking?.nextFollowUp?.slice(0, 10) ?? null
}

describe('follow-up log: who writes', () => {
  it('stamps the signed-in author, whatever the form sends', async () => {
    const project = await createProject(payload, '作者测试项目')
    const entry = await addEntry(users.officer, project.id, {
      date: '2026-11-20',
      author: users.admin.id,
    })
    expect(entry.author).toBe(users.officer.id)
  })

  it('lets project editors add entries, and nobody else', async () => {
    const project = await createProject(payload, '权限测试项目')
    for (const user of [users.admin, users.editor, users.officer]) {
      await expect(addEntry(user, project.id, { date: '2026-11-21' })).resolves.toHaveProperty('id')
    }
    const service = await makeServiceAccount(payload)
    for (const user of [users.chamber, users.leader, service, undefined]) {
      await expect(addEntry(user, project.id, { date: '2026-11-21' })).rejects.toMatchObject({
        status: 403,
      })
    }
  })

  it('shows the log to staff only', async () => {
    const project = await createProject(payload, '可见性测试项目')
    await addEntry(users.officer, project.id, { date: '2026-11-22', text: '仅内部可见的走访记录' })
    const where = { project: { equals: project.id } }
    for (const user of [users.chamber, users.leader, users.editor]) {
      const seen = await payload.find({ collection: 'follow-ups', where, ...asUser(user) })
      expect(seen.totalDocs).toBe(1)
    }
    const service = await makeServiceAccount(payload)
    for (const user of [service, undefined]) {
      await expect(
        payload.find({ collection: 'follow-ups', where, ...asUser(user) }),
      ).rejects.toMatchObject({ status: 403 })
    }
  })

  it('keeps saved entries unchanged except by an admin', async () => {
    const project = await createProject(payload, '修改测试项目')
    const entry = await addEntry(users.officer, project.id, { date: '2026-11-23', text: '原记录' })
    for (const user of [users.officer, users.editor, users.officer2]) {
      await expect(
        payload.update({
          collection: 'follow-ups',
          id: entry.id,
          data: { text: '被改写' },
          ...asUser(user),
        }),
      ).rejects.toMatchObject({ status: 403 })
      await expect(
        payload.delete({ collection: 'follow-ups', id: entry.id, ...asUser(user) }),
      ).rejects.toMatchObject({ status: 403 })
    }
    const corrected = await payload.update({
      collection: 'follow-ups',
      id: entry.id,
      data: { text: '管理员更正', author: users.admin.id },
      depth: 0,
      ...asUser(users.admin),
    })
    expect(corrected.text).toBe('管理员更正')
    expect(corrected.author).toBe(users.officer.id)
    await payload.delete({ collection: 'follow-ups', id: entry.id, ...asUser(users.admin) })
    const left = await payload.count({
      collection: 'follow-ups',
      where: { project: { equals: project.id } },
    })
    expect(left.totalDocs).toBe(0)
  })
})

describe('follow-up log: the project’s next follow-up', () => {
  it('comes from the latest entry and is listed newest first', async () => {
    const project = await createProject(payload, '下次跟进测试项目')
    await addEntry(users.officer, project.id, { date: '2026-11-20', nextDate: '2026-12-05' })
    expect(await nextFollowUp(project.id)).toBe('2026-12-05')
    const latest = await addEntry(users.officer, project.id, {
      date: '2026-11-25',
      nextDate: '2026-12-10',
    })
    expect(await nextFollowUp(project.id)).toBe('2026-12-10')
    // An entry recorded late for an earlier day does not move the date back.
    await addEntry(users.officer, project.id, { date: '2026-11-10', nextDate: '2026-12-01' })
    expect(await nextFollowUp(project.id)).toBe('2026-12-10')

    const staffView = await payload.findByID({
      collection: 'projects',
      id: project.id,
      depth: 1,
      ...asUser(users.officer),
    })
    const log = (staffView.tracking?.followUps?.docs ?? []) as FollowUp[]
    expect(log.map((entry) => entry.date.slice(0, 10))).toEqual([
      '2026-11-25',
      '2026-11-20',
      '2026-11-10',
    ])

    await payload.delete({ collection: 'follow-ups', id: latest.id, ...asUser(users.admin) })
    expect(await nextFollowUp(project.id)).toBe('2026-12-05')
  })

  it('cannot be set on the project by hand', async () => {
    const project = await createProject(payload, '手填日期测试项目')
    await addEntry(users.officer, project.id, { date: '2026-11-20', nextDate: '2026-12-05' })
    await payload.update({
      collection: 'projects',
      id: project.id,
      data: { tracking: { nextFollowUp: '2027-06-01' } },
      ...asUser(users.officer),
    })
    expect(await nextFollowUp(project.id)).toBe('2026-12-05')
  })

  it('never publishes a pending draft of the project', async () => {
    const project = await createProject(payload, '已发布标题', { _status: 'published' })
    await payload.update({
      collection: 'projects',
      id: project.id,
      data: { title: '未发布的草稿标题', _status: 'draft' },
      draft: true,
      ...asUser(users.editor),
    })
    await addEntry(users.officer, project.id, { date: '2026-11-26', nextDate: '2026-12-08' })
    const published = await payload.findByID({ collection: 'projects', id: project.id })
    expect(published.title).toBe('已发布标题')
    expect(await nextFollowUp(project.id)).toBe('2026-12-08')
    const draft = await payload.findByID({ collection: 'projects', id: project.id, draft: true })
    expect(draft.title).toBe('未发布的草稿标题')
    expect(await nextFollowUp(project.id, true)).toBe('2026-12-08')
  })
})

describe('follow-up log: deleting a project', () => {
  it('removes the project’s log with it', async () => {
    const project = await createProject(payload, '删除测试项目')
    await addEntry(users.officer, project.id, { date: '2026-11-27' })
    await payload.delete({ collection: 'projects', id: project.id, ...asUser(users.editor) })
    const left = await payload.count({
      collection: 'follow-ups',
      where: { project: { equals: project.id } },
    })
    expect(left.totalDocs).toBe(0)
  })
})
