import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Inquiry, ServiceAccount, User } from '@portal/shared/payload-types'
import { lookupInquiry } from '../src/collections/Inquiries/intake'
import { asUser, bootWithStaff, createProject, type Staff, makeServiceAccount } from './helpers'
import { fileInquiry, updateInquiry, type InquiryChanges } from './support/inquiries'

// Who reads and changes inquiries, through the Local API with access applied
// (`overrideAccess: false` and a real user, or none for the public).
let payload: Payload
let portal: ServiceAccount
let users: Staff<'admin' | 'editor' | 'officer' | 'officer2' | 'chamber'>
const inquiries = {} as Record<'project' | 'general' | 'returnee', Inquiry>

const file = (fields: Parameters<typeof fileInquiry>[2]) => fileInquiry(payload, portal, fields)
const update = (user: Parameters<typeof asUser>[0], id: Inquiry['id'], data: InquiryChanges) =>
  updateInquiry(payload, user, id, data)

beforeAll(async () => {
  ;({ payload, users } = await bootWithStaff('admin', 'editor', 'officer', 'officer2', 'chamber'))
  portal = await makeServiceAccount(payload)
  const project = await createProject(payload, '咨询测试项目', { _status: 'published' })
  inquiries.project = await file({ type: 'project', project: project.slug ?? null })
  inquiries.general = await file({ type: 'general' })
  inquiries.returnee = await file({
    type: 'returnee',
    province: 'guangdong',
    city: '东莞',
    intent: 'start-business',
    industry: '电子',
  })
})
afterAll(() => payload.destroy())

const typesSeenBy = async (user: User) => {
  const found = await payload.find({ collection: 'inquiries', limit: 100, ...asUser(user) })
  return new Set(found.docs.map((doc) => doc.type))
}

describe('who sees which inquiries', () => {
  it('refuses the public and the service account everything', async () => {
    for (const user of [undefined, portal]) {
      await expect(
        payload.find({ collection: 'inquiries', ...asUser(user) }),
      ).rejects.toMatchObject({
        status: 403,
      })
      await expect(
        payload.findByID({ collection: 'inquiries', id: inquiries.general.id, ...asUser(user) }),
      ).rejects.toMatchObject({ status: 403 })
      await expect(
        payload.count({ collection: 'inquiries', ...asUser(user) }),
      ).rejects.toMatchObject({
        status: 403,
      })
      await expect(
        payload.create({
          collection: 'inquiries',
          data: {
            trackingNumber: 'ZS-20261128-0001',
            submissionId: crypto.randomUUID(),
            type: 'general',
            name: 'x',
            message: '伪造的留言内容',
            status: 'received',
            locale: 'zh',
            submittedAt: new Date().toISOString(),
          },
          ...asUser(user),
        }),
      ).rejects.toMatchObject({ status: 403 })
      await expect(update(user, inquiries.general.id, { status: 'closed' })).rejects.toMatchObject({
        status: 403,
      })
    }
    const unchanged = await payload.findByID({ collection: 'inquiries', id: inquiries.general.id })
    expect(unchanged.status).toBe('received')
  })

  it('shows investment officers project and general inquiries only', async () => {
    expect(await typesSeenBy(users.officer)).toEqual(new Set(['project', 'general']))
    await expect(
      payload.findByID({
        collection: 'inquiries',
        id: inquiries.returnee.id,
        ...asUser(users.officer),
      }),
    ).rejects.toMatchObject({ status: 404 })
    await expect(
      update(users.officer, inquiries.returnee.id, { status: 'closed' }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('shows chamber staff returnee inquiries only', async () => {
    expect(await typesSeenBy(users.chamber)).toEqual(new Set(['returnee']))
  })

  it('shows editors only error reports (they fix the pages), and admins all', async () => {
    expect(await typesSeenBy(users.editor)).toEqual(new Set())
    await file({ type: 'error-report', pagePath: '/news', message: '这条新闻的日期写错了。' })
    expect(await typesSeenBy(users.editor)).toEqual(new Set(['error-report']))
    expect(await typesSeenBy(users.admin)).toEqual(
      new Set(['project', 'general', 'returnee', 'error-report']),
    )
  })

  it('lets only admins delete', async () => {
    const spare = await file({ type: 'general' })
    await expect(
      payload.delete({ collection: 'inquiries', id: spare.id, ...asUser(users.officer) }),
    ).rejects.toMatchObject({ status: 403 })
    await payload.delete({ collection: 'inquiries', id: spare.id, ...asUser(users.admin) })
    expect(
      (await payload.count({ collection: 'inquiries', where: { id: { equals: spare.id } } }))
        .totalDocs,
    ).toBe(0)
  })
})

describe('handling an inquiry', () => {
  it('keeps what the visitor sent as sent', async () => {
    const target = await file({ type: 'general', name: '原始姓名', phone: '13511112222' })
    const saved = await update(users.officer, target.id, {
      name: '被改的姓名',
      phone: '13000000000',
      message: '被改的留言内容，不应保存',
      trackingNumber: 'ZS-20000101-0000',
      submittedAt: '2000-01-01T00:00:00.000Z',
      type: 'returnee',
      consent: false,
      locale: 'en',
      status: 'in-progress',
    })
    expect(saved.status).toBe('in-progress')
    expect(saved).toMatchObject({
      name: '原始姓名',
      phone: '13511112222',
      message: target.message,
      trackingNumber: target.trackingNumber,
      submittedAt: target.submittedAt,
      type: 'general',
      consent: true,
      locale: 'zh',
    })
  })

  it('records every status change with who and when, and nobody can rewrite the record', async () => {
    const target = await file({ type: 'general' })
    expect(target.statusHistory).toHaveLength(1)
    expect(target.statusHistory?.[0]).toMatchObject({ from: null, to: 'received', by: null })

    const before = Date.now()
    await update(users.officer, target.id, { status: 'in-progress' })
    await update(users.officer2, target.id, { status: 'in-progress', publicReply: null })
    const saved = await update(users.officer2, target.id, {
      status: 'closed',
      statusHistory: [{ at: '2000-01-01T00:00:00.000Z', from: null, to: 'answered' }],
    })
    const history = saved.statusHistory ?? []
    expect(history.map((entry) => [entry.from, entry.to, entry.by])).toEqual([
      [null, 'received', null],
      ['received', 'in-progress', users.officer.id],
      ['in-progress', 'closed', users.officer2.id],
    ])
    for (const entry of history.slice(1)) {
      expect(new Date(entry.at).getTime()).toBeGreaterThanOrEqual(before - 1000)
    }
  })

  it('a public reply stamps repliedAt once and answers an open inquiry', async () => {
    const target = await file({ type: 'general' })
    const replied = await update(users.officer, target.id, {
      publicReply: '  您好，已收到您的留言，相关政策请见附件。  ',
      repliedAt: null,
    })
    expect(replied.status).toBe('answered')
    expect(replied.publicReply).toBe('您好，已收到您的留言，相关政策请见附件。')
    expect(replied.repliedAt).toBeTruthy()
    expect(replied.statusHistory?.at(-1)).toMatchObject({
      from: 'received',
      to: 'answered',
      by: users.officer.id,
    })

    const edited = await update(users.officer, target.id, {
      publicReply: '更正后的答复内容。',
      repliedAt: '2000-01-01T00:00:00.000Z',
    })
    expect(edited.repliedAt).toBe(replied.repliedAt)
  })

  it('a reply saved with a status chosen on purpose keeps that status', async () => {
    const target = await file({ type: 'general' })
    const saved = await update(users.officer, target.id, {
      publicReply: '已电话答复并办结。',
      status: 'closed',
    })
    expect(saved.status).toBe('closed')
    expect(saved.repliedAt).toBeTruthy()
    const closedFirst = await file({ type: 'general' })
    await update(users.officer, closedFirst.id, { status: 'closed' })
    const late = await update(users.officer, closedFirst.id, { publicReply: '补充答复。' })
    expect(late.status).toBe('closed')
  })

  it('internal notes carry their author and time, and cannot be forged, changed or removed', async () => {
    const target = await file({ type: 'general' })
    const first = await update(users.officer, target.id, {
      internalNotes: [{ note: '客商意向较强', author: users.admin.id, at: '2000-01-01' }],
    })
    const [note] = first.internalNotes ?? []
    expect(note).toMatchObject({ note: '客商意向较强', author: users.officer.id })
    expect(note?.at).not.toBe('2000-01-01T00:00:00.000Z')

    const second = await update(users.officer2, target.id, {
      internalNotes: [{ ...note, note: '篡改后的备注' }, { note: '第二条备注' }],
    })
    expect(second.internalNotes?.map((n) => [n.note, n.author])).toEqual([
      ['客商意向较强', users.officer.id],
      ['第二条备注', users.officer2.id],
    ])
    const third = await update(users.officer, target.id, { internalNotes: [] })
    expect(third.internalNotes).toHaveLength(2)
  })

  it('the status lookup never returns notes, history or personal data', async () => {
    const target = await file({ type: 'general', name: '查询测试人', phone: '13522223333' })
    await update(users.officer, target.id, {
      internalNotes: [{ note: '内部评估：不宜公开' }],
      status: 'in-progress',
    })
    await update(users.officer, target.id, { publicReply: '公开答复内容。' })
    const result = await lookupInquiry(payload, portal, {
      trackingNumber: target.trackingNumber,
      contact: '13522223333',
    })
    expect(result.status).toBe(200)
    const text = JSON.stringify(result.body)
    for (const secret of ['内部评估', '查询测试人', '13522223333', 'statusHistory', 'assignee']) {
      expect(text).not.toContain(secret)
    }
    expect(result.body).toMatchObject({ status: 'answered', publicReply: '公开答复内容。' })
  })
})

describe('assignment', () => {
  it('accepts only staff who handle the type, and keeps a colleague’s assignment on save', async () => {
    await expect(
      update(users.admin, inquiries.project.id, { assignee: users.chamber.id }),
    ).rejects.toMatchObject({ status: 400 })
    await expect(
      update(users.admin, inquiries.returnee.id, { assignee: users.officer.id }),
    ).rejects.toMatchObject({ status: 400 })
    const assigned = await update(users.admin, inquiries.project.id, {
      assignee: users.officer2.id,
    })
    expect(assigned.assignee).toBe(users.officer2.id)
    // An officer who cannot see the colleague's account still saves the inquiry as it is.
    const saved = await update(users.officer, inquiries.project.id, {
      assignee: users.officer2.id,
      status: 'in-progress',
    })
    expect(saved.assignee).toBe(users.officer2.id)
    expect(saved.status).toBe('in-progress')
  })
})

describe('the service account is not staff', () => {
  it('reads what the public reads and nothing more', async () => {
    const draft = await createProject(payload, '未发布项目', { _status: 'draft' }, { draft: true })
    const projects = await payload.find({
      collection: 'projects',
      draft: true,
      limit: 100,
      ...asUser(portal),
    })
    expect(projects.docs.map((p) => p.id)).not.toContain(draft.id)
    const published = projects.docs[0]
    expect(published).toBeDefined()
    expect(published).not.toHaveProperty('tracking')

    // Ids are per collection: the service account must not read the staff user with its id.
    const sameId = await payload.find({ collection: 'users', ...asUser(portal) }).catch((e) => e)
    expect(sameId).toMatchObject({ status: 403 })
    await expect(
      payload.findByID({ collection: 'users', id: portal.id, ...asUser(portal) }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.findGlobal({ slug: 'inquiry-settings', ...asUser(portal) }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.find({ collection: 'service-accounts', ...asUser(portal) }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.updateGlobal({
        slug: 'site-settings',
        data: { countyName: '被改' },
        ...asUser(portal),
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.create({ collection: 'media', data: { alt: 'x' }, ...asUser(portal) }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('staff read the inquiry settings; only admins change them', async () => {
    const settings = await payload.findGlobal({
      slug: 'inquiry-settings',
      ...asUser(users.chamber),
    })
    expect(settings.replyWorkingDays).toBe(3)
    await expect(
      payload.updateGlobal({
        slug: 'inquiry-settings',
        data: { dutyEmail: 'x@example.com' },
        ...asUser(users.officer),
      }),
    ).rejects.toMatchObject({ status: 403 })
    const saved = await payload.updateGlobal({
      slug: 'inquiry-settings',
      data: { dutyEmail: 'duty@example.com', replyWorkingDays: 5 },
      ...asUser(users.admin),
    })
    expect(saved.replyWorkingDays).toBe(5)
  })
})
