import config from '@payload-config'
import { DEV_PORTAL_API_KEY } from '@portal/shared/env'
import { InquiryStatusView, NUMBER_TAKEN } from '@portal/shared/inquiry'
import type { ServiceAccount } from '@portal/shared/payload-types'
import { handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { intakeInquiry, lookupInquiry } from '../src/collections/Inquiries/intake'
import { ensurePortalServiceAccount } from '../src/collections/Inquiries/serviceAccount'
import { createProject, type Staff, makeServiceAccount, submission, useStaff } from './helpers'

// The portal's two endpoints, through their functions (the handlers only read
// the body and write the answer) and through Payload's real REST routing.
let payload: Payload
let users: Staff<'officer' | 'editor'>
let portal: ServiceAccount

useStaff(['officer', 'editor'], (booted) => {
  ;({ payload, users } = booted)
})
beforeAll(async () => {
  portal = await makeServiceAccount(payload)
})

const stored = async () => (await payload.count({ collection: 'inquiries' })).totalDocs

async function storedBySubmission(submissionId: string) {
  const found = await payload.find({
    collection: 'inquiries',
    where: { submissionId: { equals: submissionId } },
    depth: 0,
  })
  return found.docs
}

/** A request through Payload's REST routing, as the Next.js route handler passes it on. */
function rest(path: string, init: { method?: string; key?: string; body?: unknown } = {}) {
  const headers = new Headers({ 'Content-Type': 'application/json' })
  if (init.key) headers.set('Authorization', `service-accounts API-Key ${init.key}`)
  const request = new Request(`http://localhost:3000/api${path}`, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  return handleEndpoints({ config, request })
}

describe('intake', () => {
  it('files a valid submission once and answers 201 with its number', async () => {
    const before = await stored()
    const sent = submission({ name: '张三', phone: '138 0000 1234' })
    const result = await intakeInquiry(payload, portal, sent)
    expect(result).toEqual({
      status: 201,
      body: { trackingNumber: sent.trackingNumber, duplicate: false },
    })
    expect(await stored()).toBe(before + 1)
    const [doc] = await storedBySubmission(sent.submissionId)
    expect(doc).toMatchObject({
      trackingNumber: sent.trackingNumber,
      status: 'received',
      type: 'general',
      name: '张三',
      // Normalised by the shared form rules, so lookups match however it was typed.
      phone: '13800001234',
      consent: true,
      consentAt: sent.submittedAt,
      locale: 'zh',
    })
    expect(doc?.replyDueAt).toBeTruthy()
  })

  it('refuses an invalid body with 400 and stores nothing, without echoing what was sent', async () => {
    const before = await stored()
    const noContact = submission({ name: '隐私姓名', phone: null, email: null })
    const results = await Promise.all([
      intakeInquiry(payload, portal, { ...submission(), submissionId: 'not-a-uuid' }),
      intakeInquiry(payload, portal, noContact),
      intakeInquiry(payload, portal, { ...submission(), trackingNumber: 'ZS-1' }),
      intakeInquiry(payload, portal, undefined),
    ])
    for (const result of results) {
      expect(result.status).toBe(400)
      expect((result.body as { errors: unknown[] }).errors.length).toBeGreaterThan(0)
    }
    expect(results[1]?.body).toEqual({ errors: [{ path: 'fields.phone', message: 'contact' }] })
    expect(JSON.stringify(results)).not.toContain('隐私姓名')
    expect(await stored()).toBe(before)
  })

  it('answers 401 without an account and 403 for staff, storing nothing', async () => {
    const before = await stored()
    expect(await intakeInquiry(payload, null, submission())).toEqual({
      status: 401,
      body: { error: 'unauthorized' },
    })
    for (const user of [users.officer, users.editor]) {
      expect(await intakeInquiry(payload, user, submission())).toEqual({
        status: 403,
        body: { error: 'forbidden' },
      })
    }
    expect(await stored()).toBe(before)
  })

  it('stores a submission delivered twice once, and says the second was a duplicate', async () => {
    const sent = submission()
    expect((await intakeInquiry(payload, portal, sent)).status).toBe(201)
    // The outbox may retry with a newer number; the stored one wins.
    const again = await intakeInquiry(payload, portal, {
      ...sent,
      trackingNumber: 'ZS-20261128-9999',
    })
    expect(again).toEqual({
      status: 200,
      body: { trackingNumber: sent.trackingNumber, duplicate: true },
    })
    expect(await storedBySubmission(sent.submissionId)).toHaveLength(1)
  })

  it('stores one of two simultaneous deliveries of the same submission', async () => {
    const sent = submission()
    const results = await Promise.all([
      intakeInquiry(payload, portal, sent),
      intakeInquiry(payload, portal, sent),
      intakeInquiry(payload, portal, sent),
    ])
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 201])
    expect(await storedBySubmission(sent.submissionId)).toHaveLength(1)
  })

  it('refuses a taken number with 409 unless the portal keeps it', async () => {
    const first = submission()
    await intakeInquiry(payload, portal, first)
    const clash = submission({}, { trackingNumber: first.trackingNumber })
    expect(await intakeInquiry(payload, portal, clash)).toEqual({
      status: 409,
      body: { error: NUMBER_TAKEN },
    })
    expect(await storedBySubmission(clash.submissionId)).toHaveLength(0)

    const kept = await intakeInquiry(payload, portal, { ...clash, keepNumber: true })
    expect(kept).toEqual({
      status: 201,
      body: { trackingNumber: first.trackingNumber, duplicate: false },
    })
    const sharing = await payload.count({
      collection: 'inquiries',
      where: { trackingNumber: { equals: first.trackingNumber } },
    })
    expect(sharing.totalDocs).toBe(2)
  })
})

describe('projects and assignment', () => {
  it('links the project by slug, even unpublished, and assigns its responsible officer', async () => {
    const project = await createProject(
      payload,
      '未发布的洽谈项目',
      { tracking: { responsibleOfficer: users.officer.id }, _status: 'draft' },
      { draft: true },
    )
    const sent = submission({ type: 'project', project: project.slug ?? null })
    expect((await intakeInquiry(payload, portal, sent)).status).toBe(201)
    const [doc] = await storedBySubmission(sent.submissionId)
    expect(doc?.project).toBe(project.id)
    expect(doc?.projectSlug).toBe(project.slug)
    expect(doc?.assignee).toBe(users.officer.id)
  })

  it('keeps the slug of an unknown project and leaves the inquiry unassigned', async () => {
    const sent = submission({ type: 'project', project: 'no-such-project' })
    expect((await intakeInquiry(payload, portal, sent)).status).toBe(201)
    const [doc] = await storedBySubmission(sent.submissionId)
    expect(doc?.project ?? null).toBeNull()
    expect(doc?.projectSlug).toBe('no-such-project')
    expect(doc?.assignee ?? null).toBeNull()
  })

  it('does not assign a responsible officer who does not handle inquiries', async () => {
    const project = await createProject(payload, '编辑负责的项目', {
      tracking: { responsibleOfficer: users.editor.id },
    })
    const sent = submission({ type: 'project', project: project.slug ?? null })
    await intakeInquiry(payload, portal, sent)
    const [doc] = await storedBySubmission(sent.submissionId)
    expect(doc?.project).toBe(project.id)
    expect(doc?.assignee ?? null).toBeNull()
  })

  it('sets the reply deadline in working days from the day of submission (China time)', async () => {
    // Friday 27 November 2026, 10:00 in China: three working days is the end of Wednesday.
    const sent = submission({}, { submittedAt: '2026-11-27T02:00:00.000Z' })
    await intakeInquiry(payload, portal, sent)
    const [doc] = await storedBySubmission(sent.submissionId)
    expect(doc?.replyDueAt).toBe('2026-12-02T15:59:59.999Z')
  })
})

describe('lookup', () => {
  const sent = submission({ phone: '13912345678', email: 'Visitor@Example.com' })
  beforeAll(async () => {
    await intakeInquiry(payload, portal, sent)
  })

  it('finds the inquiry by number and phone, however typed, and shows only the status view', async () => {
    const result = await lookupInquiry(payload, portal, {
      trackingNumber: sent.trackingNumber.toLowerCase().replace(/-/g, ' '),
      contact: '+86 139-1234-5678',
    })
    expect(result.status).toBe(200)
    expect(Object.keys(result.body as object).sort()).toEqual(
      [
        'publicReply',
        'repliedAt',
        'status',
        'submittedAt',
        'trackingNumber',
        'type',
        'message',
        'project',
        'pagePath',
      ].sort(),
    )
    expect(InquiryStatusView.parse(result.body)).toEqual({
      trackingNumber: sent.trackingNumber,
      type: 'general',
      status: 'received',
      submittedAt: sent.submittedAt,
      publicReply: null,
      repliedAt: null,
      // What they asked, so the answer can be read against it; never their name or contact.
      message: sent.fields.message,
      project: null,
      pagePath: null,
    })
  })

  it('names the project a project inquiry was about, in both languages', async () => {
    const project = await createProject(payload, '查询测试项目', { _status: 'published' })
    const asked = submission({ type: 'project', project: project.slug ?? null })
    await intakeInquiry(payload, portal, asked)
    const result = await lookupInquiry(payload, portal, {
      trackingNumber: asked.trackingNumber,
      contact: asked.fields.phone ?? '',
    })
    expect(InquiryStatusView.parse(result.body).project).toEqual({
      slug: project.slug,
      title: { zh: '查询测试项目', en: null },
    })
  })

  it('finds it by number and e-mail in any case', async () => {
    const result = await lookupInquiry(payload, portal, {
      trackingNumber: sent.trackingNumber,
      contact: 'VISITOR@example.COM',
    })
    expect(result.status).toBe(200)
  })

  it('answers the same 404 for a wrong contact and for an unknown number', async () => {
    const wrongContact = await lookupInquiry(payload, portal, {
      trackingNumber: sent.trackingNumber,
      contact: '13700000000',
    })
    const unknown = await lookupInquiry(payload, portal, {
      trackingNumber: 'ZS-20200101-0001',
      contact: '13912345678',
    })
    expect(wrongContact).toEqual({ status: 404, body: { error: 'not-found' } })
    expect(unknown).toEqual(wrongContact)
  })

  it('is for the service account only', async () => {
    const body = { trackingNumber: sent.trackingNumber, contact: '13912345678' }
    expect((await lookupInquiry(payload, users.officer, body)).status).toBe(403)
    expect((await lookupInquiry(payload, undefined, body)).status).toBe(401)
    expect((await lookupInquiry(payload, portal, { trackingNumber: 'x' })).status).toBe(400)
  })
})

describe('over HTTP (Payload REST routing)', () => {
  it('files and looks up with the API key header', async () => {
    const sent = submission({ phone: '13655556666' })
    const filed = await rest('/inquiries/intake', {
      method: 'POST',
      key: DEV_PORTAL_API_KEY,
      body: sent,
    })
    expect(filed.status).toBe(201)
    expect(await filed.json()).toEqual({ trackingNumber: sent.trackingNumber, duplicate: false })
    const found = await rest('/inquiries/lookup', {
      method: 'POST',
      key: DEV_PORTAL_API_KEY,
      body: { trackingNumber: sent.trackingNumber, contact: '13655556666' },
    })
    expect(found.status).toBe(200)
    expect(await found.json()).toMatchObject({ status: 'received' })
  })

  it('refuses a wrong key, no key, and a body that is not JSON', async () => {
    const before = await stored()
    const wrong = await rest('/inquiries/intake', {
      method: 'POST',
      key: 'not-the-key',
      body: submission(),
    })
    expect(wrong.status).toBe(401)
    const none = await rest('/inquiries/intake', { method: 'POST', body: submission() })
    expect(none.status).toBe(401)
    const headers = new Headers({ Authorization: `service-accounts API-Key ${DEV_PORTAL_API_KEY}` })
    const garbage = await handleEndpoints({
      config,
      request: new Request('http://localhost:3000/api/inquiries/intake', {
        method: 'POST',
        headers,
        body: '{not json',
      }),
    })
    expect(garbage.status).toBe(400)
    expect(await stored()).toBe(before)
  })

  it('gives the service account and the public no access to the collection routes', async () => {
    const before = await stored()
    for (const key of [DEV_PORTAL_API_KEY, undefined]) {
      expect((await rest('/inquiries', { key })).status).toBe(403)
      const [one] = (await payload.find({ collection: 'inquiries', limit: 1 })).docs
      expect((await rest(`/inquiries/${one?.id}`, { key })).status).toBe(403)
      const created = await rest('/inquiries', {
        method: 'POST',
        key,
        body: submission().fields,
      })
      expect(created.status).toBe(403)
      const updated = await rest(`/inquiries/${one?.id}`, {
        method: 'PATCH',
        key,
        body: { status: 'closed' },
      })
      expect(updated.status).toBe(403)
    }
    expect(await stored()).toBe(before)
  })

  it('keeps the service account out of staff data and the admin', async () => {
    for (const path of ['/users', '/service-accounts', '/globals/inquiry-settings']) {
      const response = await rest(path, { key: DEV_PORTAL_API_KEY })
      expect(response.status, path).toBe(403)
    }
    // Payload's permissions as the admin panel asks for them: false values are left out.
    const access = (await (await rest('/access', { key: DEV_PORTAL_API_KEY })).json()) as {
      canAccessAdmin?: boolean
      collections?: Record<string, { read?: unknown }>
    }
    expect(access.canAccessAdmin ?? false).toBe(false)
    expect(access.collections?.inquiries?.read ?? false).toBe(false)
  })
})

describe('the portal service account', () => {
  it('is created once, kept when the key is the same, and re-keyed when it changes', async () => {
    expect(await ensurePortalServiceAccount(payload, DEV_PORTAL_API_KEY)).toBe('unchanged')
    const newKey = 'a-new-portal-key-of-at-least-thirty-two-characters'
    expect(await ensurePortalServiceAccount(payload, newKey)).toBe('updated')
    expect(await ensurePortalServiceAccount(payload, newKey)).toBe('unchanged')
    expect((await payload.count({ collection: 'service-accounts' })).totalDocs).toBe(1)
    const sent = submission()
    const oldKey = await rest('/inquiries/intake', {
      method: 'POST',
      key: DEV_PORTAL_API_KEY,
      body: sent,
    })
    expect(oldKey.status).toBe(401)
    const withNew = await rest('/inquiries/intake', { method: 'POST', key: newKey, body: sent })
    expect(withNew.status).toBe(201)
    await ensurePortalServiceAccount(payload, DEV_PORTAL_API_KEY)
  })
})
