import type { Payload } from 'payload'
import { DEV_PORTAL_API_KEY } from '@portal/shared/env'
import { beforeAll, describe, expect, it } from 'vitest'
import { makeServiceAccount, useStaff, type Staff } from './helpers'
import { rest, restToken } from './rest'

// `POST /api/schedule-publish`: the admin's scheduled publishing over REST,
// with the same rule as editing the document.
let payload: Payload
let users: Staff<'editor' | 'officer'>
useStaff(['editor', 'officer'], (booted) => ({ payload, users } = booted))

let draftId: number
const PASSWORD = 'correct-horse-battery-staple'
const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString()

beforeAll(async () => {
  await makeServiceAccount(payload)
  const draft = await payload.create({
    collection: 'news',
    data: { title: '定时发布的通知', category: 'notice', publishedAt: new Date().toISOString() },
    draft: true,
  })
  draftId = draft.id
})

const schedule = (body: unknown, auth: { token?: string; apiKey?: string } = {}) =>
  rest('/schedule-publish', { method: 'POST', body, ...auth })

describe('schedule publish over REST', () => {
  it('queues the job for an editor, to run at the time given and not before', async () => {
    const token = await restToken(users.editor.email, PASSWORD)
    const at = inAnHour()
    const answer = await schedule({ collection: 'news', id: draftId, at }, { token })
    expect(answer.status).toBe(201)
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      waitUntil: at,
      input: { type: 'publish', doc: { relationTo: 'news', value: draftId } },
    })
    // Not due yet: a run of the queue leaves the draft a draft.
    await payload.jobs.run({ queue: 'default' })
    const stillDraft = await payload.findByID({ collection: 'news', id: draftId, draft: false })
    expect(stillDraft._status).not.toBe('published')
  })

  it('refuses callers who may not edit the document, and bad requests, queuing nothing', async () => {
    const before = await payload.count({ collection: 'payload-jobs', overrideAccess: true })
    const officer = await restToken(users.officer.email, PASSWORD)
    const editor = await restToken(users.editor.email, PASSWORD)
    const at = inAnHour()
    expect((await schedule({ collection: 'news', id: draftId, at })).status).toBe(401)
    expect(
      (await schedule({ collection: 'news', id: draftId, at }, { apiKey: DEV_PORTAL_API_KEY }))
        .status,
    ).toBe(401)
    expect(
      (await schedule({ collection: 'news', id: draftId, at }, { token: officer })).status,
    ).toBe(403)
    const past = await schedule(
      { collection: 'news', id: draftId, at: new Date(Date.now() - 60_000).toISOString() },
      { token: editor },
    )
    expect(past.status).toBe(400)
    expect(past.text).toContain('发布时间须晚于现在')
    expect((await schedule({ collection: 'inquiries', id: 1, at }, { token: editor })).status).toBe(
      400,
    )
    expect(
      (await schedule({ collection: 'news', id: 999_999, at }, { token: editor })).status,
    ).toBe(404)
    expect(
      (await schedule({ collection: 'news', id: 'no-such-news', at }, { token: editor })).status,
    ).toBe(404)
    expect((await schedule({ collection: 'news', at }, { token: editor })).status).toBe(400)
    const after = await payload.count({ collection: 'payload-jobs', overrideAccess: true })
    expect(after.totalDocs).toBe(before.totalDocs)
  })
})
