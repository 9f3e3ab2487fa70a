import { z } from 'zod'
import { INQUIRY_TYPES, inquiryKind, kindShows, type InquiryContextField } from './inquiry-kinds'
import type { Bilingual, Locale } from './locales'
import {
  INQUIRY_FIELD_LABELS,
  INQUIRY_STATUSES,
  PROVINCES,
  RETURNEE_INTENTS,
  type InquiryField,
} from './constants'
import { sameSitePath, SITE_PATH_MAX } from './site-path'
import { normalizeTrackingNumber, TRACKING_NUMBER } from './tracking-number'
import { choice, filled, issue, optionalChoice, optionalText, text } from './form-rules'
import {
  MARKET_POST_FIELD_LABELS,
  MarketPostInput,
  gatherPostFields,
  type MarketPostField,
} from './market'

/**
 * Inquiries (咨询留言): the portal's one write path from the public. One
 * contract validates the browser form, the portal endpoint and the CMS, so a
 * visitor sees the same rule, in their language, wherever it is checked.
 * What each kind of inquiry asks for is declared once, in `./inquiry-kinds`.
 */

export { INQUIRY_TYPES, INQUIRY_TYPE_LABELS, type InquiryType } from './inquiry-kinds'
export {
  INQUIRY_FIELDS,
  INQUIRY_FIELD_LABELS,
  INQUIRY_STATUSES,
  INQUIRY_STATUS_LABELS,
  PROVINCES,
  PROVINCE_LABELS,
  RETURNEE_INTENTS,
  RETURNEE_INTENT_LABELS,
  type InquiryField,
  type InquiryStatus,
  type Province,
  type ReturneeIntent,
} from './constants'
export * from './tracking-number'

/** Length limits of the form's fields, in characters. */
export const INQUIRY_LIMITS = {
  name: 50,
  organisation: 100,
  city: 50,
  industry: 50,
  email: 254,
  messageMin: 10,
  messageMax: 2000,
  reply: 4000,
} as const

/** Why a field was refused. Every code has a message in both languages below. */
export const INQUIRY_ERROR_CODES = [
  'required',
  'too_long',
  'too_short',
  'phone',
  'email',
  'contact',
  'consent',
  'choice',
  'tracking_number',
  'number',
  'date',
  'expiry',
] as const
export type InquiryErrorCode = (typeof INQUIRY_ERROR_CODES)[number]

const ERROR_MESSAGES: Record<InquiryErrorCode, Bilingual> = {
  required: { zh: '请填写{field}', en: 'Please fill in: {field}' },
  too_long: { zh: '{field}不能超过 {limit} 个字', en: '{field}: at most {limit} characters' },
  too_short: { zh: '{field}至少需要 {limit} 个字', en: '{field}: at least {limit} characters' },
  phone: {
    zh: '请填写正确的手机号码：11 位大陆手机号，或以 + 和国家代码开头的国际号码',
    en: 'Please give a valid mobile number: 11 digits for mainland China, or + and the country code',
  },
  email: { zh: '电子邮箱格式不正确', en: 'This e-mail address is not valid' },
  contact: {
    zh: '请至少留下手机号码或电子邮箱中的一项，以便我们回复',
    en: 'Please give a mobile number or an e-mail address so that we can answer',
  },
  consent: {
    zh: '提交前请阅读并同意个人信息使用说明',
    en: 'Please read and accept the use of your personal information before sending',
  },
  choice: { zh: '请选择{field}', en: 'Please choose: {field}' },
  tracking_number: {
    zh: '受理编号格式应为 ZS-年月日-四位数字，例如 ZS-20261128-0042',
    en: 'The tracking number looks like ZS-20261128-0042',
  },
  number: { zh: '{field}应为大于零的数字', en: '{field}: please give a number above zero' },
  date: { zh: '{field}不是有效的日期', en: '{field}: this is not a valid date' },
  expiry: {
    zh: '{field}应在今天起 {limit} 天以内',
    en: '{field}: choose a day from today to {limit} days ahead',
  },
}

/** A field of the market post a visitor fills in (see ./market), as error keys name it. */
export type PostFieldKey = `post.${MarketPostField}`

/** Every field an error can be about. */
type ErrorField = InquiryField | PostFieldKey | 'trackingNumber' | 'contact'

function fieldLabel(field: ErrorField): Bilingual {
  if (field === 'trackingNumber') return { zh: '受理编号', en: 'Tracking number' }
  if (field === 'contact') return { zh: '手机号码或邮箱', en: 'Mobile phone or e-mail' }
  if (field.startsWith('post.')) {
    return MARKET_POST_FIELD_LABELS[field.slice(5) as MarketPostField] ?? INQUIRY_FIELD_LABELS.post
  }
  return INQUIRY_FIELD_LABELS[field as InquiryField]
}

/** The text of an error code for a field, in the visitor's language. */
export function inquiryErrorMessage(
  code: InquiryErrorCode,
  field: ErrorField,
  locale: Locale,
  limit?: number,
): string {
  return ERROR_MESSAGES[code][locale]
    .replace('{field}', fieldLabel(field)[locale])
    .replace('{limit}', String(limit ?? ''))
}

/** Removes the separators people type in phone numbers: spaces, dashes, dots, brackets. */
function compactPhone(value: string): string {
  return value.replace(/[\s\-.()（）]/g, '').replace(/^00/, '+')
}

const MAINLAND_MOBILE = /^(?:\+?86)?(1[3-9]\d{9})$/
const INTERNATIONAL = /^\+[1-9]\d{6,14}$/

/**
 * The canonical form of a mobile number: 11 digits for a mainland number
 * (with or without +86), `+` and digits (E.164) for an international one, or
 * null when it is neither.
 */
export function normalizePhone(value: string): string | null {
  const compact = compactPhone(value.trim())
  const mainland = MAINLAND_MOBILE.exec(compact)
  if (mainland) return mainland[1] ?? null
  if (INTERNATIONAL.test(compact)) return compact
  return null
}

const phone = text.transform((value, ctx) => {
  if (value === '') return null
  const normalized = normalizePhone(value)
  if (!normalized) {
    ctx.addIssue({ code: 'custom', message: issue('phone') })
    return z.NEVER
  }
  return normalized
})

const email = text.transform((value, ctx) => {
  if (value === '') return null
  const lower = value.toLowerCase()
  if (lower.length > INQUIRY_LIMITS.email || !z.email().safeParse(lower).success) {
    ctx.addIssue({ code: 'custom', message: issue('email') })
    return z.NEVER
  }
  return lower
})

/** A checkbox as HTML posts it (`on`), or a boolean from JSON. */
const consent = z.preprocess(
  (v) => v === true || v === 'on' || v === 'true' || v === '1',
  z.boolean(),
)

/** What a required field says when it is left empty: a list asks to choose, consent to accept. */
const MISSING: Partial<Record<InquiryField, InquiryErrorCode>> = {
  province: 'choice',
  intent: 'choice',
  consent: 'consent',
}

/**
 * The fields of a filed inquiry, as the CMS stores them: what the portal
 * sends inside an `InquirySubmission`, and what `InquiryForm` gives once a
 * form has passed. A kind whose form could pass without one of the fields
 * required here cannot be filed until this contract (and the CMS) allows it.
 */
const FiledFields = z.object({
  type: z.enum(INQUIRY_TYPES),
  project: z.string().nullable(),
  // Optional on the way in, so that an outbox written before error reports still delivers.
  pagePath: z.string().max(SITE_PATH_MAX).nullable().default(null),
  /** The market post a `market-contact` inquiry is about (its id). */
  marketPost: z.string().nullable(),
  name: z.string().min(1).max(INQUIRY_LIMITS.name),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  organisation: z.string().max(INQUIRY_LIMITS.organisation).nullable(),
  province: z.enum(PROVINCES).nullable(),
  city: z.string().max(INQUIRY_LIMITS.city).nullable(),
  industry: z.string().max(INQUIRY_LIMITS.industry).nullable(),
  intent: z.enum(RETURNEE_INTENTS).nullable(),
  /** What a `market-post` inquiry offers or asks for; the CMS files it as a market post. */
  post: MarketPostInput.nullable(),
  message: z.string().min(INQUIRY_LIMITS.messageMin).max(INQUIRY_LIMITS.messageMax),
  consent: z.literal(true),
})
export type InquiryFields = z.output<typeof FiledFields>

/**
 * What a visitor fills in. Input may be the strings of an HTML form; output is
 * trimmed and normalised (phone canonical, e-mail lower case, empty optional
 * fields as null). Each field is checked for its form first; then the kind's
 * entry in `INQUIRY_KINDS` says which fields must be filled in (and whether a
 * phone or an e-mail is needed), and fields the kind does not ask for are
 * dropped.
 */
const InquiryFormFields = z
  .object({
    type: choice(INQUIRY_TYPES),
    /** The project's slug, for project inquiries. */
    project: optionalText(120),
    /** The page an error report is about; anything but a path of this site is dropped. */
    pagePath: text.transform((value) => sameSitePath(value)),
    /** The market post's id, for market contacts. */
    marketPost: optionalText(24),
    name: optionalText(INQUIRY_LIMITS.name),
    phone,
    email,
    organisation: optionalText(INQUIRY_LIMITS.organisation),
    province: optionalChoice(PROVINCES),
    city: optionalText(INQUIRY_LIMITS.city),
    industry: optionalText(INQUIRY_LIMITS.industry),
    intent: optionalChoice(RETURNEE_INTENTS),
    post: MarketPostInput.nullish().transform((value) => value ?? null),
    message: optionalText(INQUIRY_LIMITS.messageMax, INQUIRY_LIMITS.messageMin),
    consent,
  })
  .superRefine(
    (form, ctx) => {
      const kind = inquiryKind(form.type)
      if (!kind) return
      // A field already refused for its form keeps that one message.
      const refused = new Set(ctx.issues.map((problem) => problem.path?.[0]))
      const missing = (field: InquiryField | InquiryContextField, code: InquiryErrorCode) => {
        if (!refused.has(field) && !filled(form[field])) {
          ctx.addIssue({ code: 'custom', path: [field], message: issue(code) })
        }
      }
      if (kind.contactRequired && !refused.has('phone') && !refused.has('email')) {
        if (!filled(form.phone) && !filled(form.email)) {
          ctx.addIssue({ code: 'custom', path: ['phone'], message: issue('contact') })
        }
      }
      for (const field of kind.context) missing(field, 'required')
      for (const field of kind.required) missing(field, MISSING[field] ?? 'required')
    },
    // Also when other fields were refused, so that every problem is told at once.
    { when: () => true },
  )
  .transform((form, ctx) => {
    const cleaned = Object.fromEntries(
      Object.entries(form).map(([field, value]) => [
        field,
        field === 'type' || kindShows(form.type, field as InquiryField | InquiryContextField)
          ? value
          : null,
      ]),
    )
    const filed = FiledFields.safeParse(cleaned)
    if (filed.success) return filed.data
    for (const problem of filed.error.issues) {
      ctx.addIssue({ code: 'custom', path: problem.path, message: issue('required') })
    }
    return z.NEVER
  })
// The HTML form posts a market post's fields flat (`post.variety`); the contract sees one object.
export const InquiryForm = z.preprocess(gatherPostFields, InquiryFormFields)
export type InquiryFormInput = z.input<typeof InquiryFormFields>

/** Field name → message, in the visitor's language, for every refused field. */
export type InquiryErrors = Partial<Record<ErrorField | InquiryContextField | 'type', string>>

/** Turns the issues of a failed `InquiryForm` (or lookup) parse into one message per field. */
export function inquiryErrors(error: z.ZodError, locale: Locale): InquiryErrors {
  const out: Record<string, string> = {}
  for (const problem of error.issues) {
    // A market post's fields are told one by one (`post.variety`), like the inquiry's own.
    const nested = problem.path[0] === 'post' && problem.path.length > 1
    const field = nested ? `post.${String(problem.path[1])}` : String(problem.path[0] ?? 'message')
    if (out[field]) continue
    const [code, limit] = problem.message.split(':')
    const known = (INQUIRY_ERROR_CODES as readonly string[]).includes(code ?? '')
    const labelField = (
      nested || field in INQUIRY_FIELD_LABELS || field === 'trackingNumber' || field === 'contact'
        ? field
        : 'message'
    ) as ErrorField
    out[field] = known
      ? inquiryErrorMessage(
          code as InquiryErrorCode,
          labelField,
          locale,
          limit ? Number(limit) : undefined,
        )
      : inquiryErrorMessage('required', labelField, locale)
  }
  return out
}

const trackingNumber = text.transform((value, ctx) => {
  const normalized = normalizeTrackingNumber(value)
  if (!normalized) {
    ctx.addIssue({ code: 'custom', message: issue(value ? 'tracking_number' : 'required') })
    return z.NEVER
  }
  return normalized
})

/** The status lookup: the number and the phone or e-mail given with the inquiry. */
export const InquiryLookup = z.object({
  trackingNumber,
  contact: text.transform((value, ctx) => {
    if (value === '') {
      ctx.addIssue({ code: 'custom', message: issue('required') })
      return z.NEVER
    }
    if (value.includes('@')) return value.toLowerCase()
    const normalized = normalizePhone(value)
    if (!normalized) {
      ctx.addIssue({ code: 'custom', message: issue('phone') })
      return z.NEVER
    }
    return normalized
  }),
})
export type InquiryLookup = z.output<typeof InquiryLookup>

/**
 * What the portal sends the CMS for a new inquiry: the validated form plus the
 * identifiers the portal assigned. `submissionId` makes delivery idempotent
 * (the outbox may send the same inquiry twice; the CMS stores it once).
 */
export const InquirySubmission = z.object({
  submissionId: z.uuid(),
  trackingNumber: z.string().regex(TRACKING_NUMBER),
  submittedAt: z.iso.datetime(),
  locale: z.enum(['zh', 'en']),
  /** Keep the number even if another inquiry already has it (the visitor already holds it). */
  keepNumber: z.boolean().default(false),
  fields: FiledFields,
})
export type InquirySubmission = z.input<typeof InquirySubmission>

/** The CMS's answer to a submission. */
export const InquiryReceipt = z.object({
  trackingNumber: z.string().regex(TRACKING_NUMBER),
  /** True when this submission had been delivered before (nothing new was stored). */
  duplicate: z.boolean(),
})
export type InquiryReceipt = z.infer<typeof InquiryReceipt>

/** The CMS's refusal when a proposed tracking number is taken; the portal proposes another. */
export const NUMBER_TAKEN = 'tracking-number-taken'

/**
 * What a visitor sees of their inquiry, and nothing else: the status, the
 * reply, and what they asked (the message, the project or the page it was
 * about), so that the answer can be read against the question. The message
 * is null once the inquiry has been anonymised.
 */
export const InquiryStatusView = z.object({
  trackingNumber: z.string().regex(TRACKING_NUMBER),
  type: z.enum(INQUIRY_TYPES),
  status: z.enum(INQUIRY_STATUSES),
  submittedAt: z.string(),
  publicReply: z.string().nullable(),
  repliedAt: z.string().nullable(),
  message: z.string().nullable().default(null),
  /** The project's title in both languages (English may be missing), or its slug as sent. */
  project: z
    .object({
      slug: z.string(),
      title: z.object({ zh: z.string(), en: z.string().nullish() }).nullable(),
    })
    .nullable()
    .default(null),
  pagePath: z.string().nullable().default(null),
})
export type InquiryStatusView = z.infer<typeof InquiryStatusView>
