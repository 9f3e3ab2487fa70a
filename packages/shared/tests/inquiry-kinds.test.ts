import { describe, expect, it } from 'vitest'
import { STAFF_ROLES } from '../src/constants'
import {
  INQUIRY_FIELDS,
  InquiryForm,
  InquirySubmission,
  inquiryErrors,
  type InquiryField,
} from '../src/inquiry'
import {
  INQUIRY_CONTEXT_FIELDS,
  INQUIRY_KINDS,
  INQUIRY_TYPES,
  INQUIRY_TYPE_LABELS,
  type InquiryContextField,
} from '../src/inquiry-kinds'
import { addDays, today } from '../src/market'

// Every check below walks the table, so a new kind is checked as soon as it
// is declared, and a new field as soon as it has a sample value here.

/** A valid value for each field, as an HTML form posts it (a market post as JSON sends it). */
const SAMPLE: Record<InquiryField | InquiryContextField, unknown> = {
  project: 'jin-shan-shang-ye-guang-chang',
  pagePath: '/news/kai-fa-qu-zhao-shang?page=2',
  marketPost: '12',
  post: {
    kind: 'supply',
    category: 'tea',
    variety: '高山绿茶',
    quantity: '5',
    unit: 'tonne',
    price: '',
    township: '金山镇',
    availableFrom: today(),
    expiresAt: addDays(today(), 30),
  },
  name: '张三',
  phone: '13800138000',
  email: 'zhang.san@example.com',
  organisation: '金山商贸有限公司',
  province: 'guangdong',
  city: '深圳',
  industry: '电子制造',
  intent: 'start-business',
  message: '想了解项目的用地条件和招商政策。',
  consent: 'on',
}

/** The least a visitor of this kind can send: its required fields, a phone if it needs a contact. */
function minimalForm(type: (typeof INQUIRY_TYPES)[number]): Record<string, unknown> {
  const kind = INQUIRY_KINDS[type]
  const form: Record<string, unknown> = { type }
  for (const field of [...kind.required, ...kind.context]) form[field] = SAMPLE[field]
  if (kind.contactRequired) form.phone = SAMPLE.phone
  return form
}

const submissionOf = (fields: unknown) => ({
  submissionId: '3f0c6a1e-6f3e-4a43-9d53-5c1d1d6f2b10',
  trackingNumber: 'ZS-20261128-0042',
  submittedAt: '2026-11-28T03:00:00.000Z',
  locale: 'zh',
  fields,
})

describe.each(INQUIRY_TYPES)('the inquiry kind %s', (type) => {
  const kind = INQUIRY_KINDS[type]

  it('is labelled in both languages, has handlers and a reply deadline', () => {
    for (const text of [kind.label, kind.handledBy]) {
      expect(text.zh.trim()).not.toBe('')
      expect(text.en.trim()).not.toBe('')
    }
    expect(INQUIRY_TYPE_LABELS[type]).toEqual(kind.label)
    expect(kind.handlers.length).toBeGreaterThan(0)
    for (const role of kind.handlers) expect(STAFF_ROLES).toContain(role)
    // Within what the inquiry settings accept, so either source gives a sane deadline.
    expect(Number.isInteger(kind.replyWorkingDays)).toBe(true)
    expect(kind.replyWorkingDays).toBeGreaterThanOrEqual(1)
    expect(kind.replyWorkingDays).toBeLessThanOrEqual(30)
  })

  it('shows every field it requires, each field once, and only known fields', () => {
    for (const field of kind.required) expect(kind.fields).toContain(field)
    for (const field of kind.fields) expect(INQUIRY_FIELDS).toContain(field)
    for (const field of kind.context) expect(INQUIRY_CONTEXT_FIELDS).toContain(field)
    expect(new Set(kind.fields).size).toBe(kind.fields.length)
    if (kind.contactRequired) {
      expect(kind.fields).toContain('phone')
      expect(kind.fields).toContain('email')
    }
  })

  it('files its least complete form, as a submission the CMS accepts', () => {
    const parsed = InquiryForm.safeParse(minimalForm(type))
    expect(parsed.error?.issues).toBeUndefined()
    expect(parsed.data?.type).toBe(type)
    expect(InquirySubmission.safeParse(submissionOf(parsed.data)).success).toBe(true)
  })

  it.each([...kind.required, ...kind.context])('refuses the form without %s', (field) => {
    const form = minimalForm(type)
    delete form[field]
    const result = InquiryForm.safeParse(form)
    expect(result.success).toBe(false)
    const errors = inquiryErrors(result.error!, 'zh')
    expect(Object.keys(errors)).toEqual([field])
    expect(inquiryErrors(result.error!, 'en')[field]).toMatch(/\S/)
  })

  it('needs a phone or an e-mail exactly when the table says so', () => {
    const result = InquiryForm.safeParse({ ...minimalForm(type), phone: '', email: '' })
    expect(result.success).toBe(!kind.contactRequired)
    if (!result.success) expect(Object.keys(inquiryErrors(result.error, 'en'))).toEqual(['phone'])
  })

  it('drops what it does not ask for and keeps what it does', () => {
    const everything: Record<string, unknown> = { ...SAMPLE, type }
    const parsed = InquiryForm.parse(everything)
    for (const field of [...INQUIRY_FIELDS, ...INQUIRY_CONTEXT_FIELDS]) {
      const shown = [...kind.fields, ...kind.context].includes(field)
      if (shown) expect(parsed[field], field).not.toBeNull()
      else expect(parsed[field], field).toBeNull()
    }
  })
})

describe('the table of inquiry kinds', () => {
  it('lists the kinds in its own order, the order the CMS offers them', () => {
    expect(INQUIRY_TYPES).toEqual(Object.keys(INQUIRY_KINDS))
    expect(INQUIRY_TYPES.length).toBeGreaterThan(0)
  })

  it('is the only way in: a type outside it is refused', () => {
    const result = InquiryForm.safeParse({ ...SAMPLE, type: 'complaint' })
    expect(result.success).toBe(false)
    expect(result.error!.issues.map((problem) => problem.path[0])).toEqual(['type'])
  })
})
