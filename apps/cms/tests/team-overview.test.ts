import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { followUpOverview, type FollowUpOverview } from '../src/lib/followUpOverview'
import { createProject, makeServiceAccount, type Staff, useStaff } from './helpers'
import { fileInquiry, updateInquiry, writeRaw } from './support/inquiries'

// The dashboard's overdue panel: an admin once saw "暂无到期的跟进事项" while a
// colleague's follow-up was overdue. Admins and leaders see every officer;
// officers see their own.
let payload: Payload
let users: Staff<'admin' | 'officer' | 'officer2' | 'editor' | 'leader'>

useStaff(['admin', 'officer', 'officer2', 'editor', 'leader'], (booted) => {
  ;({ payload, users } = booted)
})

const DAY = 24 * 60 * 60 * 1000
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString()

let overdueProject: number
let quietProject: number
let freshProject: number
let lateInquiry: string

beforeAll(async () => {
  const officer = (id: number) => ({ tracking: { responsibleOfficer: id } })
  overdueProject = (await createProject(payload, '逾期跟进项目', officer(users.officer.id))).id
  await payload.create({
    collection: 'follow-ups',
    data: {
      project: overdueProject,
      date: daysAgo(5),
      kind: 'call',
      text: '电话沟通',
      nextDate: daysAgo(2),
    },
    user: users.officer,
  })
  quietProject = (await createProject(payload, '长期未跟进项目', officer(users.officer2.id))).id
  await payload.db.updateOne({
    collection: 'projects',
    id: quietProject,
    data: { createdAt: daysAgo(60) },
    returning: false,
  })
  // Created long ago but followed up last week: not quiet.
  freshProject = (await createProject(payload, '近期已跟进项目', officer(users.officer2.id))).id
  await payload.db.updateOne({
    collection: 'projects',
    id: freshProject,
    data: { createdAt: daysAgo(60) },
    returning: false,
  })
  await payload.create({
    collection: 'follow-ups',
    data: {
      project: freshProject,
      date: daysAgo(7),
      kind: 'visit',
      text: '走访',
      nextDate: daysAgo(-7),
    },
    user: users.officer2,
  })
  const portal = await makeServiceAccount(payload)
  const inquiry = await fileInquiry(payload, portal, { type: 'general' })
  await updateInquiry(payload, users.admin, inquiry.id, { assignee: users.officer2.id })
  await writeRaw(payload, inquiry.id, { replyDueAt: daysAgo(1) })
  lateInquiry = inquiry.trackingNumber
})

/** Per officer id: the titles and numbers listed under each heading. */
function summary(overview: FollowUpOverview) {
  return Object.fromEntries(
    overview.groups.map((group) => [
      String(group.officer?.id ?? '-'),
      {
        overdue: group.overdueFollowUps.map((p) => p.title),
        quiet: group.quietProjects.map((p) => p.title),
        inquiries: group.overdueInquiries.map((i) => i.trackingNumber),
      },
    ]),
  )
}

describe('team overview', () => {
  it('shows admins and leaders every officer’s overdue items, grouped by officer', async () => {
    for (const user of [users.admin, users.leader]) {
      const overview = await followUpOverview(payload, user)
      expect(overview.scope).toBe('team')
      expect(summary(overview)).toEqual({
        [users.officer.id]: { overdue: ['逾期跟进项目'], quiet: [], inquiries: [] },
        [users.officer2.id]: {
          overdue: [],
          quiet: ['长期未跟进项目'],
          inquiries: [lateInquiry],
        },
      })
    }
  })

  it('shows an officer only their own', async () => {
    const first = await followUpOverview(payload, users.officer)
    expect(first.scope).toBe('own')
    expect(summary(first)).toEqual({
      [users.officer.id]: { overdue: ['逾期跟进项目'], quiet: [], inquiries: [] },
    })
    const second = summary(await followUpOverview(payload, users.officer2))
    expect(Object.keys(second)).toEqual([String(users.officer2.id)])
    expect(second[users.officer2.id]?.inquiries).toEqual([lateInquiry])
  })

  it('shows an editor with no projects of their own nothing of the others', async () => {
    const overview = await followUpOverview(payload, users.editor)
    expect(overview).toEqual({ scope: 'own', groups: [] })
  })

  it('drops a project from the overdue list once a new entry sets a later date', async () => {
    await payload.create({
      collection: 'follow-ups',
      data: {
        project: overdueProject,
        date: daysAgo(0),
        kind: 'meeting',
        text: '会谈',
        nextDate: daysAgo(-14),
      },
      user: users.officer,
    })
    const overview = summary(await followUpOverview(payload, users.admin))
    expect(overview[users.officer.id]).toBeUndefined()
  })
})
