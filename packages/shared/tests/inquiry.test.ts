import { describe, expect, it } from 'vitest'
import {
  InquiryForm,
  InquiryLookup,
  InquirySubmission,
  formatTrackingNumber,
  inquiryErrors,
  normalizePhone,
  normalizeTrackingNumber,
  TRACKING_NUMBER,
} from '../src/inquiry'
import { SAMPLE_PROJECT_POST } from '../src/testing'

const projectForm = {
  ...SAMPLE_PROJECT_POST,
  province: '',
  city: '',
  industry: '',
  intent: '',
}

const returneeForm = {
  ...projectForm,
  type: 'returnee',
  project: '',
  province: 'guangdong',
  city: '深圳',
  industry: '电子制造',
  intent: 'start-business',
}

describe('normalizePhone', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['+86 138-0013-8000', '13800138000'],
    ['86 13800138000', '13800138000'],
    ['(+44) 7700 900123', '+447700900123'],
    ['+44 7700 900123', '+447700900123'],
    ['0044 7700 900123', '+447700900123'],
    ['12800138000', null],
    ['1380013800', null],
    ['0731-1234567', null],
    ['not a phone', null],
  ])('%s → %s', (input, expected) => {
    expect(normalizePhone(input)).toBe(expected)
  })
})

describe('InquiryForm', () => {
  it('accepts a project inquiry as an HTML form posts it, trimmed and normalised', () => {
    const parsed = InquiryForm.parse(projectForm)
    expect(parsed).toMatchObject({
      type: 'project',
      project: 'jin-shan-shang-ye-guang-chang',
      name: '张三',
      phone: '13800138000',
      email: null,
      organisation: null,
      consent: true,
    })
    // Returnee fields are dropped from other kinds of inquiry.
    expect(parsed.province).toBeNull()
    expect(parsed.intent).toBeNull()
  })

  it('accepts an e-mail instead of a phone and lower-cases it', () => {
    const parsed = InquiryForm.parse({ ...projectForm, phone: '', email: ' Li.Si@Example.COM ' })
    expect(parsed.phone).toBeNull()
    expect(parsed.email).toBe('li.si@example.com')
  })

  it('needs a phone or an e-mail, and says so in both languages', () => {
    const result = InquiryForm.safeParse({ ...projectForm, phone: '', email: '' })
    expect(result.success).toBe(false)
    expect(inquiryErrors(result.error!, 'zh').phone).toBe(
      '请至少留下手机号码或电子邮箱中的一项，以便我们回复',
    )
    expect(inquiryErrors(result.error!, 'en').phone).toMatch(/mobile number or an e-mail/)
  })

  it('refuses the form without consent to the use of personal information', () => {
    const result = InquiryForm.safeParse({ ...projectForm, consent: undefined })
    expect(result.success).toBe(false)
    expect(Object.keys(inquiryErrors(result.error!, 'en'))).toEqual(['consent'])
  })

  it('names each bad field with a message in the visitor language', () => {
    const result = InquiryForm.safeParse({
      ...projectForm,
      name: '  ',
      phone: '12345',
      email: 'nobody@',
      message: '太短',
    })
    expect(result.success).toBe(false)
    const zh = inquiryErrors(result.error!, 'zh')
    expect(zh).toEqual({
      name: '请填写姓名',
      phone: expect.stringContaining('11 位大陆手机号'),
      email: '电子邮箱格式不正确',
      message: '留言内容至少需要 10 个字',
    })
    const en = inquiryErrors(result.error!, 'en')
    expect(en.name).toBe('Please fill in: Name')
    expect(en.message).toBe('Message: at least 10 characters')
  })

  it('caps the length of every free-text field', () => {
    const result = InquiryForm.safeParse({
      ...projectForm,
      name: '张'.repeat(51),
      message: '字'.repeat(2001),
    })
    expect(result.success).toBe(false)
    const en = inquiryErrors(result.error!, 'en')
    expect(en.name).toBe('Name: at most 50 characters')
    expect(en.message).toBe('Message: at most 2000 characters')
  })

  it('refuses a project inquiry that names no project', () => {
    const result = InquiryForm.safeParse({ ...projectForm, project: '' })
    expect(result.success).toBe(false)
    expect(result.error!.issues[0]?.path).toEqual(['project'])
  })

  it('asks a returnee where they live and what they want', () => {
    const parsed = InquiryForm.parse(returneeForm)
    expect(parsed).toMatchObject({
      province: 'guangdong',
      city: '深圳',
      intent: 'start-business',
      project: null,
    })
    const missing = InquiryForm.safeParse({ ...returneeForm, province: '', city: '', intent: '' })
    expect(missing.success).toBe(false)
    expect(Object.keys(inquiryErrors(missing.error!, 'zh')).sort()).toEqual([
      'city',
      'intent',
      'province',
    ])
  })

  it('refuses values outside the lists', () => {
    const result = InquiryForm.safeParse({ ...returneeForm, province: 'atlantis', type: 'spam' })
    expect(result.success).toBe(false)
    const paths = result.error!.issues.map((problem) => problem.path[0])
    expect(paths).toContain('province')
    expect(paths).toContain('type')
  })
})

describe('tracking numbers', () => {
  it('uses the date in China, so an evening inquiry in UTC counts for the next day', () => {
    expect(formatTrackingNumber(new Date('2026-11-28T15:59:00Z'), 42)).toBe('ZS-20261128-0042')
    expect(formatTrackingNumber(new Date('2026-11-28T16:00:00Z'), 7)).toBe('ZS-20261129-0007')
  })

  it('accepts what people type over the phone and gives the canonical form', () => {
    expect(normalizeTrackingNumber('zs 20261128 0042')).toBe('ZS-20261128-0042')
    expect(normalizeTrackingNumber('ZS2026112800 42')).toBe('ZS-20261128-0042')
    expect(normalizeTrackingNumber('ZS-2026-0042')).toBeNull()
    expect(TRACKING_NUMBER.test('ZS-20261128-0042')).toBe(true)
  })
})

describe('InquiryLookup', () => {
  it('normalises the number and the contact', () => {
    expect(
      InquiryLookup.parse({ trackingNumber: 'zs-20261128-0042', contact: '+86 138 0013 8000' }),
    ).toEqual({ trackingNumber: 'ZS-20261128-0042', contact: '13800138000' })
    expect(
      InquiryLookup.parse({ trackingNumber: 'ZS-20261128-0042', contact: 'A@Example.com' }),
    ).toEqual({ trackingNumber: 'ZS-20261128-0042', contact: 'a@example.com' })
  })

  it('explains a malformed number', () => {
    const result = InquiryLookup.safeParse({ trackingNumber: '42', contact: '13800138000' })
    expect(result.success).toBe(false)
    expect(inquiryErrors(result.error!, 'en').trackingNumber).toMatch(/ZS-20261128-0042/)
  })
})

describe('InquirySubmission', () => {
  it('carries the validated form with the identifiers the portal assigned', () => {
    const fields = InquiryForm.parse(projectForm)
    const submission = InquirySubmission.parse({
      submissionId: '3f0c6a1e-6f3e-4a43-9d53-5c1d1d6f2b10',
      trackingNumber: 'ZS-20261128-0042',
      submittedAt: '2026-11-28T03:00:00.000Z',
      locale: 'zh',
      fields,
    })
    expect(submission.keepNumber).toBe(false)
    expect(submission.fields.phone).toBe('13800138000')
  })

  it('refuses a submission without consent even when the portal is bypassed', () => {
    const fields = { ...InquiryForm.parse(projectForm), consent: false }
    const result = InquirySubmission.safeParse({
      submissionId: '3f0c6a1e-6f3e-4a43-9d53-5c1d1d6f2b10',
      trackingNumber: 'ZS-20261128-0042',
      submittedAt: '2026-11-28T03:00:00.000Z',
      locale: 'zh',
      fields,
    })
    expect(result.success).toBe(false)
  })
})
