import type { AddressInfo } from 'node:net'
import { simpleParser, type ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { ServiceAccount } from '@portal/shared/payload-types'
import type { Staff } from './helpers'

// Notifications through a real SMTP server listening in this test. The CMS
// reads its configuration when the config is first imported, so the server
// starts and the variables are set before anything imports it.
interface Delivery {
  to: string[]
  mail: ParsedMail
}
const deliveries: Delivery[] = []
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onData(stream, session, callback) {
    simpleParser(stream).then(
      (mail) => {
        deliveries.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), mail })
        callback()
      },
      (error: Error) => callback(error),
    )
  },
})
await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()))
Object.assign(process.env, {
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String((smtp.server.address() as AddressInfo).port),
  SMTP_SECURE: 'false',
  CMS_PUBLIC_URL: 'https://cms.example.gov.cn',
  MAIL_FROM: '示范县招商引资门户 <noreply@example.gov.cn>',
})
const { asUser, bootWithStaff, createProject, makeServiceAccount, makeUser, submission } =
  await import('./helpers')
const { intakeInquiry } = await import('../src/collections/Inquiries/intake')
const { mailSettled } = await import('../src/lib/sendInBackground')

let payload: Payload
let users: Staff<'officer' | 'admin'>
let portal: ServiceAccount

beforeAll(async () => {
  ;({ payload, users } = await bootWithStaff('officer', 'admin'))
  portal = await makeServiceAccount(payload)
  await payload.updateGlobal({ slug: 'inquiry-settings', data: { dutyEmail: 'duty@example.com' } })
})
afterAll(async () => {
  await payload.destroy()
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

/** Waits, up to a deadline, for a mail whose subject contains `text`. */
async function mailAbout(text: string, timeoutMs = 10_000): Promise<Delivery> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const found = deliveries.find((d) => d.mail.subject?.includes(text))
    if (found) return found
    if (Date.now() > deadline) throw new Error(`no mail about ${text} within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

async function file(fields: Parameters<typeof submission>[0]) {
  const sent = submission(fields)
  expect((await intakeInquiry(payload, portal, sent)).status).toBe(201)
  const found = await payload.find({
    collection: 'inquiries',
    where: { submissionId: { equals: sent.submissionId } },
    depth: 0,
  })
  const doc = found.docs[0]
  if (!doc) throw new Error('not stored')
  return doc
}

describe('notifications', () => {
  it('tells the project’s responsible officer about a new project inquiry', async () => {
    const project = await createProject(payload, '金山商业广场', {
      tracking: { responsibleOfficer: users.officer.id },
      _status: 'published',
    })
    const doc = await file({
      type: 'project',
      project: project.slug ?? null,
      name: '陈先生',
      phone: '13800000001',
      message: '想了解项目用地的出让方式和时间安排。',
    })
    const { to, mail } = await mailAbout(doc.trackingNumber)
    expect(to).toEqual([users.officer.email])
    expect(mail.subject).toBe(`[咨询留言] ${doc.trackingNumber} 项目咨询：金山商业广场`)
    expect(mail.from?.value[0]).toEqual({
      name: '示范县招商引资门户',
      address: 'noreply@example.gov.cn',
    })
    expect(mail.text).toContain(
      `办理链接：https://cms.example.gov.cn/admin/collections/inquiries/${doc.id}`,
    )
    expect(mail.text).toContain('姓名：陈先生')
    expect(mail.text).toContain('手机 13800000001')
    expect(mail.text).toContain('想了解项目用地的出让方式和时间安排。')
    expect(mail.text).toContain('所涉项目：金山商业广场')
  })

  it('sends an unassigned inquiry to the duty inbox', async () => {
    const doc = await file({ type: 'general', email: 'visitor@example.com', phone: null })
    const { to, mail } = await mailAbout(doc.trackingNumber)
    expect(to).toEqual(['duty@example.com'])
    expect(mail.subject).toBe(`[咨询留言] ${doc.trackingNumber} 综合咨询`)
    expect(mail.text).toContain('尚未指定承办人')
    expect(mail.text).toContain('邮箱 visitor@example.com')
  })

  it('tells the new assignee when an inquiry is assigned, and nobody when the assignee stays', async () => {
    const doc = await file({ type: 'general' })
    await mailAbout(doc.trackingNumber)
    const colleague = await makeUser(payload, ['investment-officer'])
    await payload.update({
      collection: 'inquiries',
      id: doc.id,
      data: { assignee: colleague.id },
      ...asUser(users.admin),
    })
    const deadline = Date.now() + 10_000
    while (!deliveries.some((d) => d.to.includes(colleague.email))) {
      if (Date.now() > deadline) throw new Error('the new assignee got no mail')
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    const assigned = deliveries.filter((d) => d.mail.subject?.includes(doc.trackingNumber))
    expect(assigned.at(-1)?.mail.text).toContain('已分派给您')

    const before = deliveries.length
    await payload.update({
      collection: 'inquiries',
      id: doc.id,
      data: { status: 'in-progress', assignee: colleague.id },
      ...asUser(users.admin),
    })
    await mailSettled()
    expect(deliveries.length).toBe(before)
  })

  it('logs a failed delivery and still files the inquiry', async () => {
    const failure = new Error('mail server down')
    const send = vi.spyOn(payload, 'sendEmail').mockRejectedValueOnce(failure)
    const logged = vi.spyOn(payload.logger, 'error')
    try {
      const doc = await file({ type: 'general' })
      await mailSettled()
      expect(doc.status).toBe('received')
      expect(logged).toHaveBeenCalledWith(expect.objectContaining({ err: failure }))
    } finally {
      send.mockRestore()
      logged.mockRestore()
    }
  })
})

describe('the visitor’s reply notice', () => {
  it('mails a visitor who gave an e-mail the status link when a reply is published, in their language', async () => {
    const doc = await file({ type: 'general', email: 'visitor@example.com' })
    await payload.update({
      collection: 'inquiries',
      id: doc.id,
      data: { internalNotes: [{ note: '已电话联系' }] },
      ...asUser(users.admin),
    })
    await mailSettled()
    expect(deliveries.some((d) => d.to.includes('visitor@example.com'))).toBe(false)

    await payload.update({
      collection: 'inquiries',
      id: doc.id,
      data: { publicReply: '您好，相关政策请见县商务局网站政策栏目。' },
      ...asUser(users.admin),
    })
    const notice = await mailAbout(`${doc.trackingNumber}）已答复`)
    expect(notice.to).toEqual(['visitor@example.com'])
    expect(notice.mail.text).toContain(`/inquiry/status?n=${doc.trackingNumber}`)
    // The reply stays behind the status page's check of number and contact.
    expect(notice.mail.text).not.toContain('相关政策请见')

    const english = await file({ type: 'general', email: 'investor@example.com' })
    await payload.db.updateOne({
      collection: 'inquiries',
      id: english.id,
      data: { locale: 'en' },
      returning: false,
    })
    await payload.update({
      collection: 'inquiries',
      id: english.id,
      data: { publicReply: 'Thank you, an officer will call you.' },
      ...asUser(users.admin),
    })
    const inEnglish = await mailAbout(`${english.trackingNumber} has been answered`)
    expect(inEnglish.mail.text).toContain(`/en/inquiry/status?n=${english.trackingNumber}`)
  })

  it('sends nothing to a visitor who gave only a phone number', async () => {
    const doc = await file({ type: 'general', email: null })
    // The duty inbox's notice of the new inquiry first, so it is not counted below.
    await mailAbout(`[咨询留言] ${doc.trackingNumber}`)
    const before = deliveries.length
    await payload.update({
      collection: 'inquiries',
      id: doc.id,
      data: { publicReply: '已电话答复。' },
      ...asUser(users.admin),
    })
    await mailSettled()
    expect(deliveries.length).toBe(before)
  })
})
