import {
  _internal_jobSystemGlobals,
  _internal_resetJobSystemGlobals,
  createLocalReq,
  type Payload,
  type TaskHandler,
} from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Inquiry, ServiceAccount, User } from '@portal/shared/payload-types'
import { env } from '../src/env'
import { mailSettled } from '../src/lib/sendInBackground'
import { lookupInquiry } from '../src/collections/Inquiries/intake'
import {
  ANONYMISED_NAME,
  REMOVED_TEXT,
  anonymiseExpiredInquiries,
} from '../src/collections/Inquiries/retention'
import {
  ANONYMISE_INQUIRIES_CRON,
  MAINTENANCE_QUEUE,
  anonymiseInquiriesTask,
} from '../src/jobs/anonymiseInquiries'
import { asUser, bootWithStaff, type Staff, makeServiceAccount } from './helpers'
import {
  fileInquiry,
  readInquiry,
  updateInquiry,
  writeRaw,
  type InquiryChanges,
} from './support/inquiries'

// Personal data in inquiries is kept for the retention period in the inquiry
// settings, counted from closing; then the daily job anonymises the inquiry.
let payload: Payload
let portal: ServiceAccount
let users: Staff<'officer' | 'chamber' | 'admin'>

const DAY_MS = 24 * 60 * 60 * 1000
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString()
const file = (fields: Parameters<typeof fileInquiry>[2]) => fileInquiry(payload, portal, fields)
const read = (id: Inquiry['id']) => readInquiry(payload, id)
const update = (user: User, id: Inquiry['id'], data: InquiryChanges) =>
  updateInquiry(payload, user, id, data)
const setStatus = (inquiry: Inquiry, status: Inquiry['status'], user: User = users.officer) =>
  update(user, inquiry.id, { status })

/** Moves the closing back in time, as if it had happened `days` ago. */
const closedDaysAgo = (inquiry: Inquiry, days: number) =>
  writeRaw(payload, inquiry.id, { closedAt: daysAgo(days) })

const anonymisedCount = async () =>
  (await payload.count({ collection: 'inquiries', where: { anonymisedAt: { exists: true } } }))
    .totalDocs

/**
 * What the server's job runner does: queue the task, then run the maintenance
 * queue. Answers how many inquiries it anonymised.
 */
async function runRetentionJob(): Promise<number> {
  const before = await anonymisedCount()
  const job = await payload.jobs.queue({
    task: 'anonymiseInquiries',
    input: {},
    queue: MAINTENANCE_QUEUE,
  })
  const { jobStatus } = await payload.jobs.run({ queue: MAINTENANCE_QUEUE })
  expect(jobStatus?.[job.id]?.status).toBe('success')
  return (await anonymisedCount()) - before
}

beforeAll(async () => {
  ;({ payload, users } = await bootWithStaff('officer', 'chamber', 'admin'))
  portal = await makeServiceAccount(payload)
})
afterAll(async () => {
  vi.restoreAllMocks()
  await payload.destroy()
})

describe('closing an inquiry', () => {
  it('records closedAt when closed, which staff cannot set, and clears it when reopened', async () => {
    const inquiry = await file({ type: 'general' })
    expect(inquiry.closedAt ?? null).toBeNull()

    const before = Date.now()
    const closed = await setStatus(inquiry, 'closed')
    expect(new Date(closed.closedAt ?? 0).getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(closed.closedAt).toBe(closed.statusHistory?.at(-1)?.at)

    const forged = await update(users.officer, inquiry.id, {
      closedAt: '2000-01-01T00:00:00.000Z',
      anonymisedAt: '2000-01-01T00:00:00.000Z',
    })
    expect(forged.closedAt).toBe(closed.closedAt)
    expect(forged.anonymisedAt ?? null).toBeNull()

    const reopened = await setStatus(inquiry, 'in-progress')
    expect(reopened.closedAt ?? null).toBeNull()
    const answered = await update(users.officer, inquiry.id, { publicReply: '已答复。' })
    expect(answered.status).toBe('answered')
    expect(answered.closedAt ?? null).toBeNull()
  })
})

describe('the retention setting', () => {
  it('defaults to 730 days and accepts 30 to 3650', async () => {
    const settings = await payload.findGlobal({ slug: 'inquiry-settings' })
    expect(settings.retentionDays).toBe(730)
    for (const retentionDays of [29, 3651]) {
      await expect(
        payload.updateGlobal({
          slug: 'inquiry-settings',
          data: { retentionDays },
          ...asUser(users.admin),
        }),
      ).rejects.toMatchObject({ status: 400 })
    }
    await expect(
      payload.updateGlobal({
        slug: 'inquiry-settings',
        data: { retentionDays: 30 },
        ...asUser(users.officer),
      }),
    ).rejects.toMatchObject({ status: 403 })
  })
})

describe('anonymising expired inquiries', () => {
  const personal = {
    name: '保留期测试人',
    phone: '13877776666',
    email: 'visitor-retention@example.com',
    organisation: '某某电子有限公司',
    city: '东莞',
    industry: '电子制造',
    message: '我在东莞开了一家电子厂，想回乡设立分厂，请联系我。',
  }
  const reply = '王先生您好，已按您留的电话联系您，欢迎回乡考察。'
  const note = '电话沟通：客商计划投资约500万元。'
  let expired: Inquiry
  let recent: Inquiry
  let answeredLongAgo: Inquiry
  let openLongAgo: Inquiry
  let legacy: Inquiry
  let untouched: Inquiry[]

  beforeAll(async () => {
    expired = await file({
      type: 'returnee',
      province: 'guangdong',
      intent: 'start-business',
      ...personal,
    })
    await update(users.chamber, expired.id, { internalNotes: [{ note }], status: 'in-progress' })
    await update(users.chamber, expired.id, { publicReply: reply })
    await setStatus(expired, 'closed', users.chamber)
    await closedDaysAgo(expired, 731)
    expired = await read(expired.id)

    recent = await file({ type: 'general', phone: '13811112222' })
    await setStatus(recent, 'closed')
    await closedDaysAgo(recent, 100)

    const longAgo = { submittedAt: daysAgo(1000) }
    answeredLongAgo = await file({ type: 'general', phone: '13822223333' })
    await update(users.officer, answeredLongAgo.id, { publicReply: '请致电商务局。' })
    await writeRaw(payload, answeredLongAgo.id, longAgo)
    openLongAgo = await file({ type: 'general', phone: '13833334444' })
    await writeRaw(payload, openLongAgo.id, longAgo)

    // Closed before closedAt was recorded: the job takes the time of the last move to closed.
    legacy = await file({ type: 'general', phone: '13844445555' })
    await setStatus(legacy, 'closed')
    await writeRaw(payload, legacy.id, { closedAt: null })

    untouched = await Promise.all([recent, answeredLongAgo, openLongAgo].map((i) => read(i.id)))
  })

  it('removes every personal field of a closed inquiry past the period, without mail or history', async () => {
    const lookupBefore = await lookupInquiry(payload, portal, {
      trackingNumber: expired.trackingNumber,
      contact: personal.phone,
    })
    expect(lookupBefore.status).toBe(200)
    const sendEmail = vi.spyOn(payload, 'sendEmail')

    expect(await runRetentionJob()).toBe(1)
    await mailSettled()
    expect(sendEmail).not.toHaveBeenCalled()

    const after = await read(expired.id)
    expect(after).toMatchObject({
      name: ANONYMISED_NAME,
      phone: null,
      email: null,
      organisation: null,
      city: null,
      industry: null,
      message: REMOVED_TEXT,
      publicReply: REMOVED_TEXT,
      internalNotes: [],
    })
    expect(after.anonymisedAt).toBeTruthy()
    const text = JSON.stringify(after)
    for (const value of [...Object.values(personal), reply, note]) {
      expect(text).not.toContain(value)
    }
    // What is not personal stays as it was.
    const kept = [
      'type',
      'status',
      'trackingNumber',
      'province',
      'intent',
      'submittedAt',
      'closedAt',
      'replyDueAt',
      'repliedAt',
      'consent',
      'consentAt',
      'locale',
      'statusHistory',
    ] as const
    for (const key of kept) expect(after[key]).toEqual(expired[key])
    expect(after.statusHistory?.map((entry) => entry.to)).toEqual([
      'received',
      'in-progress',
      'answered',
      'closed',
    ])

    for (const contact of [personal.phone, personal.email]) {
      const lookup = await lookupInquiry(payload, portal, {
        trackingNumber: expired.trackingNumber,
        contact,
      })
      expect(lookup.status).toBe(404)
    }
  })

  it('leaves recently closed and still open inquiries alone, and stamps a missing closedAt', async () => {
    for (const before of untouched) expect(await read(before.id)).toEqual(before)
    const stamped = await read(legacy.id)
    expect(stamped.closedAt).toBe(stamped.statusHistory?.at(-1)?.at)
    expect(stamped.anonymisedAt ?? null).toBeNull()
    expect(stamped.phone).toBe('13844445555')
  })

  it('changes nothing more when run again', async () => {
    const first = await read(expired.id)
    expect(await runRetentionJob()).toBe(0)
    const handler = anonymiseInquiriesTask.handler as TaskHandler<{
      input: object
      output: { anonymised: number; contacts: number }
    }>
    const req = await createLocalReq({}, payload)
    const result = await handler({ req, input: {} } as Parameters<typeof handler>[0])
    expect(result).toEqual({ output: { anonymised: 0, contacts: 0 } })
    expect(await read(expired.id)).toEqual(first)
    for (const before of untouched) expect(await read(before.id)).toEqual(before)
  })

  it('applies a shorter period from the next run', async () => {
    await payload.updateGlobal({
      slug: 'inquiry-settings',
      data: { retentionDays: 90 },
      ...asUser(users.admin),
    })
    expect(await runRetentionJob()).toBe(1)
    expect(await read(recent.id)).toMatchObject({ name: ANONYMISED_NAME, phone: null })
    expect((await read(answeredLongAgo.id)).phone).toBe('13822223333')
    expect((await read(openLongAgo.id)).phone).toBe('13833334444')
    expect((await read(legacy.id)).phone).toBe('13844445555')
  })
})

describe('a failed write', () => {
  it('does not stop the others, fails the job, logs no personal data and is tried again', async () => {
    const blocked = await file({ type: 'general', name: '写入失败测试人', phone: '13855556666' })
    const other = await file({ type: 'general', phone: '13866667777' })
    for (const inquiry of [blocked, other]) {
      await setStatus(inquiry, 'closed')
      await closedDaysAgo(inquiry, 4000)
    }
    const updateOne = payload.db.updateOne.bind(payload.db)
    const write = vi.spyOn(payload.db, 'updateOne').mockImplementation(async (args) => {
      if (args.id === blocked.id) {
        throw new Error(`Failed query: update ... \nparams: ${JSON.stringify(args.data)}`, {
          cause: new Error('SQLITE_BUSY: database is locked'),
        })
      }
      return updateOne(args)
    })
    const logged = vi.spyOn(payload.logger, 'error')
    const result = await anonymiseExpiredInquiries(payload)
    expect(result).toEqual({ anonymised: 1, failed: [blocked.id] })
    const req = await createLocalReq({}, payload)
    const handler = anonymiseInquiriesTask.handler as TaskHandler<{
      input: object
      output: { anonymised: number; contacts: number }
    }>
    const args = { req, input: {} } as Parameters<typeof handler>[0]
    await expect(handler(args)).rejects.toThrow(`1 could not be written (ids ${blocked.id})`)
    write.mockRestore()
    const lines = JSON.stringify(logged.mock.calls)
    logged.mockRestore()
    expect(lines).toContain(blocked.trackingNumber)
    expect(lines).toContain('database is locked')
    for (const value of ['写入失败测试人', '13855556666']) expect(lines).not.toContain(value)
    expect((await read(blocked.id)).phone).toBe('13855556666')
    expect((await read(other.id)).phone).toBeNull()

    expect(await handler(args)).toEqual({ output: { anonymised: 1, contacts: 0 } })
    expect((await read(blocked.id)).phone).toBeNull()
  })
})

describe('the daily schedule', () => {
  it('queues the task once on the maintenance queue, due at the next 03:15', async () => {
    const task = payload.config.jobs.tasks?.find((t) => t.slug === 'anonymiseInquiries')
    expect(task?.schedule).toEqual([{ cron: ANONYMISE_INQUIRIES_CRON, queue: MAINTENANCE_QUEUE }])

    // The serving process (production) runs the maintenance queue, which also schedules.
    const autoRun = payload.config.jobs.autoRun
    if (typeof autoRun !== 'function') throw new Error('jobs.autoRun should be a function')
    const mutableEnv = env as { NODE_ENV: string }
    const nodeEnv = mutableEnv.NODE_ENV
    mutableEnv.NODE_ENV = 'production'
    const crons = await Promise.resolve(autoRun(payload)).finally(() => {
      mutableEnv.NODE_ENV = nodeEnv
    })
    expect(crons).toContainEqual(expect.objectContaining({ queue: MAINTENANCE_QUEUE }))
    expect(crons.find((c) => c.queue === MAINTENANCE_QUEUE)?.disableScheduling).toBeFalsy()
    expect(await autoRun(payload)).toEqual([])

    // One job per task scheduled on the queue (the site-health jobs share it); the anonymisation's is checked below.
    const scheduled = (payload.config.jobs.tasks ?? []).filter((t) =>
      t.schedule?.some((s) => s.queue === MAINTENANCE_QUEUE),
    )
    const first = await payload.jobs.handleSchedules({ queue: MAINTENANCE_QUEUE })
    expect(first.queued).toHaveLength(scheduled.length)
    const again = await payload.jobs.handleSchedules({ queue: MAINTENANCE_QUEUE })
    expect(again.queued).toHaveLength(0)

    const { docs } = await payload.find({
      collection: 'payload-jobs',
      where: {
        and: [
          { taskSlug: { equals: 'anonymiseInquiries' } },
          { queue: { equals: MAINTENANCE_QUEUE } },
          { completedAt: { exists: false } },
        ],
      },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    const due = new Date(docs[0]?.waitUntil ?? 0)
    expect([due.getHours(), due.getMinutes()]).toEqual([3, 15])
    expect(due.getTime() - Date.now()).toBeGreaterThan(0)
    expect(due.getTime() - Date.now()).toBeLessThanOrEqual(DAY_MS)

    // A minute after it is due, the runner's next tick runs it and queues the next day's.
    const expired = await file({ type: 'general', phone: '13877778888' })
    await setStatus(expired, 'closed')
    await closedDaysAgo(expired, 4000)
    _internal_jobSystemGlobals.getCurrentDate = () => new Date(due.getTime() + 60_000)
    try {
      expect((await payload.jobs.handleSchedules({ queue: MAINTENANCE_QUEUE })).queued).toEqual([])
      const { jobStatus } = await payload.jobs.run({ queue: MAINTENANCE_QUEUE })
      expect(jobStatus?.[docs[0]?.id ?? '']?.status).toBe('success')
      expect((await read(expired.id)).phone).toBeNull()
      // The site-health jobs were due too and ran with it; the anonymisation's next run is checked below.
      expect(
        (await payload.jobs.handleSchedules({ queue: MAINTENANCE_QUEUE })).queued.length,
      ).toBeGreaterThanOrEqual(1)
      const next = await payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'anonymiseInquiries' } },
        depth: 0,
      })
      expect(next.docs).toHaveLength(1)
      const following = new Date(next.docs[0]?.waitUntil ?? 0)
      expect([following.getHours(), following.getMinutes()]).toEqual([3, 15])
      // A day later (give or take a daylight-saving hour where the server has one).
      expect(Math.abs(following.getTime() - due.getTime() - DAY_MS)).toBeLessThanOrEqual(3_600_000)
    } finally {
      _internal_resetJobSystemGlobals()
    }
  })
})
