import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import { simpleParser } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'

// Without an SMTP server (development and demos), every mail is written as an
// .eml file to MAIL_DIR (tests/setup.ts gives each test file its own).
delete process.env.SMTP_HOST
const mailDir = process.env.MAIL_DIR ?? ''
const { bootPayload, makeServiceAccount, submission } = await import('./helpers')
const { intakeInquiry } = await import('../src/collections/Inquiries/intake')
const { mailSettled } = await import('../src/lib/sendInBackground')

let payload: Payload

beforeAll(async () => {
  payload = await bootPayload()
  await payload.updateGlobal({ slug: 'inquiry-settings', data: { dutyEmail: 'duty@example.com' } })
})
afterAll(async () => {
  await payload.destroy()
})

it('writes the notice as an .eml file to MAIL_DIR', async () => {
  expect(mailDir).toMatch(/portal-cms-test-/)
  const portal = await makeServiceAccount(payload)
  const sent = submission({ type: 'general' })
  expect((await intakeInquiry(payload, portal, sent)).status).toBe(201)
  await mailSettled()
  const files = (await readdir(mailDir)).filter((name) => name.endsWith('.eml'))
  expect(files).toHaveLength(1)
  const mail = await simpleParser(await readFile(path.join(mailDir, files[0] ?? '')))
  expect(mail.subject).toBe(`[咨询留言] ${sent.trackingNumber} 综合咨询`)
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to
  expect(to?.value[0]?.address).toBe('duty@example.com')
  expect(mail.text).toContain('/admin/collections/inquiries/')
})
