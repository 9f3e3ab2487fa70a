import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ServiceAccount } from '@portal/shared/payload-types'
import { intakeInquiry } from '../src/collections/Inquiries/intake'
import { inquiryNotice } from '../src/collections/Inquiries/mail'
import { addWorkingDays } from '../src/collections/Inquiries/workingDays'
import { asUser, makeServiceAccount, submission, type Staff, useStaff } from './helpers'
import { fileInquiry } from './support/inquiries'

// 我要纠错: an error report is an inquiry kind of its own, filed through the
// same intake, answered by the website editors within 3 working days.
let payload: Payload
let users: Staff<'editor' | 'officer'>
let portal: ServiceAccount

useStaff(['editor', 'officer'], (booted) => {
  ;({ payload, users } = booted)
})
beforeAll(async () => {
  portal = await makeServiceAccount(payload)
  // A bureau deadline longer than the rule's: error reports must not follow it.
  await payload.updateGlobal({ slug: 'inquiry-settings', data: { replyWorkingDays: 10 } })
})

const report = {
  type: 'error-report' as const,
  pagePath: '/guides/wai-zi-shen-pi',
  message: '办事指南里的联系电话少了一位数字。',
}

describe('error reports', () => {
  it('are filed with the page named, due in 3 working days whatever the bureau sets', async () => {
    const doc = await fileInquiry(payload, portal, report)
    expect(doc.type).toBe('error-report')
    expect(doc.pagePath).toBe('/guides/wai-zi-shen-pi')
    expect(doc.replyDueAt).toBe(addWorkingDays(new Date(doc.submittedAt), 3).toISOString())
  })

  it('go to the editors, not to the investment officers', async () => {
    const doc = await fileInquiry(payload, portal, report)
    const read = (user: (typeof users)['editor']) =>
      payload.find({
        collection: 'inquiries',
        where: { id: { equals: doc.id } },
        depth: 0,
        ...asUser(user),
      })
    expect((await read(users.editor)).docs.map((found) => found.id)).toEqual([doc.id])
    expect((await read(users.officer)).totalDocs).toBe(0)
  })

  it('name the page in the staff mail', async () => {
    const doc = await fileInquiry(payload, portal, report)
    const mail = inquiryNotice(doc, { reason: 'new-unassigned', cmsPublicUrl: 'http://cms' })
    expect(mail.subject).toContain('网站纠错')
    expect(mail.text).toContain('纠错页面：/guides/wai-zi-shen-pi')
  })

  it.each(['//evil.example/phish', 'https://evil.example/', '/\\evil.example'])(
    'refuse a page of another site (%s) at the intake as well',
    async (pagePath) => {
      const before = (await payload.count({ collection: 'inquiries' })).totalDocs
      const result = await intakeInquiry(payload, portal, submission({ ...report, pagePath }))
      expect(result.status).toBe(400)
      expect((await payload.count({ collection: 'inquiries' })).totalDocs).toBe(before)
    },
  )
})
