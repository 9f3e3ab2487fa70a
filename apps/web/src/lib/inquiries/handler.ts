import {
  INQUIRY_FIELDS,
  InquiryForm,
  InquiryLookup,
  inquiryErrors,
  type InquiryErrors,
  type InquiryFields,
  type InquiryStatusView,
  type InquiryType,
} from '@portal/shared/inquiry'
import type { Locale } from '@portal/shared/locales'
import { MARKET_FORM_NAMES } from '@portal/shared/market'
import { localePath } from '../i18n'
import type { LookupResult } from './cms-api'
import type { OutboxRecord, SubmitResult } from './outbox'
import {
  FORM_TOKEN_FIELD,
  checkFormToken,
  isHoneypotFilled,
  isJsonRequest,
  isSameOrigin,
  parseBody,
  rateLimitKey,
  readLimitedBody,
  type PostedFields,
  type RateLimit,
} from './protection'

/**
 * The inquiry form's POST, from request to outcome, and the status lookup's.
 * Pages call these through `services.ts`; tests call them with fakes.
 *
 * Order of the checks, cheapest first and none of them storing anything:
 * origin (403), body size (413), body format (415/400), rate limit (429),
 * honeypot (400), form token (400), the fields themselves (400). Only then
 * does the outbox see the inquiry.
 *
 * Rate limit: every POST that gets as far as the limiter counts, robots'
 * included (a filled honeypot or a forged token keeps its point, so probing
 * costs). A post refused only for its fields gives its point back: that is a
 * person fixing a typo, and nothing was stored. Bodies are read (capped)
 * before counting so that a 429 can still show the visitor what they typed.
 */

/** Why a post was refused. */
export type Refusal =
  | 'origin'
  | 'too-large'
  | 'unsupported'
  | 'malformed'
  | 'rate-limited'
  | 'honeypot'
  | 'token-too-fast'
  | 'token-invalid'
  | 'invalid'
  | 'not-sent'

const REFUSALS: Record<Refusal, { zh: string; en: string }> = {
  origin: {
    zh: '提交未被接受：请在本网站的页面上填写并提交表单。',
    en: 'This form was not accepted: please fill it in and send it from a page of this website.',
  },
  'too-large': {
    zh: '提交的内容过长，请精简留言后再试。',
    en: 'What you sent is too long. Please shorten your message and try again.',
  },
  unsupported: {
    zh: '无法识别提交的内容，请刷新页面后再试。',
    en: 'What you sent could not be read. Please reload the page and try again.',
  },
  malformed: {
    zh: '无法识别提交的内容，请刷新页面后再试。',
    en: 'What you sent could not be read. Please reload the page and try again.',
  },
  'rate-limited': {
    zh: '您的网络提交次数过多，请在 {minutes} 分钟后再试，或直接来电咨询。',
    en: 'Too many attempts from your connection. Please try again in {minutes} minutes, or call us.',
  },
  honeypot: {
    zh: '留言未能提交，请稍后再试，或直接来电咨询。',
    en: 'Your inquiry could not be sent. Please try again later, or call us.',
  },
  'token-too-fast': {
    zh: '请稍候片刻再提交：为防止自动程序滥用，表单打开几秒钟后才能提交。您填写的内容已保留，请核对后再次点击“提交”。',
    en: 'Please take a moment: to keep automated programs out, the form can only be sent a few seconds after it is opened. Your entries are kept; check them and press “Send” again.',
  },
  'token-invalid': {
    zh: '表单已过期。您填写的内容已保留，请核对后再次点击“提交”。',
    en: 'This form has expired. Your entries are kept; check them and press “Send” again.',
  },
  invalid: {
    zh: '请更正以下问题后再提交。',
    en: 'Please correct the problems below and send again.',
  },
  'not-sent': {
    zh: '留言暂时无法提交，请稍后再试，或直接来电咨询。',
    en: 'Your inquiry cannot be sent right now. Please try again later, or call us.',
  },
}

/** A refusal's explanation in the visitor's language. */
export function refusalMessage(reason: Refusal, locale: Locale, retryAfterSeconds = 60): string {
  return REFUSALS[reason][locale].replace(
    '{minutes}',
    String(Math.max(1, Math.ceil(retryAfterSeconds / 60))),
  )
}

/** What the form shows again after a refusal: the text of each field as it was posted. */
export type FormValues = Partial<Record<string, string>>

const CONSENTED = new Set<unknown>([true, 'on', 'true', '1'])

function formValues(fields: PostedFields, names: readonly string[]): FormValues {
  const values: FormValues = {}
  for (const name of names) {
    const value = fields[name]
    if (name === 'consent') values.consent = CONSENTED.has(value) ? 'on' : ''
    else if (typeof value === 'string') values[name] = value
    else if (typeof value === 'number') values[name] = String(value)
  }
  return values
}

export interface Refused {
  kind: 'refused'
  status: number
  reason: Refusal
  message: string
  errors: InquiryErrors
  values: FormValues
  retryAfterSeconds?: number
}

export type InquiryOutcome = { kind: 'sent'; trackingNumber: string; queued: boolean } | Refused

export interface InquiryContext {
  locale: Locale
  /** The form's type, decided by the page (not by the posted `type`). */
  type: InquiryType
  /** The project's slug, for project inquiries, decided by the page. */
  project: string | null
  /** The page an error report is about, decided by the page (see `sameSitePath`). */
  pagePath?: string | null
  /** The market post's id, for replies to a post, decided by the page. */
  marketPost?: string | null
  /** The client's address (see `trustClientAddresses`). */
  clientAddress: string
}

export interface InquiryDeps {
  submit: (fields: InquiryFields, locale: Locale) => Promise<SubmitResult>
  limit: RateLimit
  /** PORTAL_SECRET: signs form tokens. */
  secret: string
  siteUrl: string
  maxBodyBytes: number
  minFillMs: number
  now?: () => number
}

type Refuse = (
  status: number,
  reason: Refusal,
  extra?: Partial<Pick<Refused, 'errors' | 'retryAfterSeconds'>>,
) => Refused

/**
 * The checks both POSTs start with, in this order: origin, size, body, then
 * the rate limit, so that only a readable post from this site is counted. On
 * success, the posted fields, what the visitor typed in `names`, the client's
 * rate-limit key and a `refuse` that hands those values back, for the checks
 * that follow.
 */
async function openPost(
  request: Request,
  context: { locale: Locale; clientAddress: string },
  deps: { siteUrl: string; maxBodyBytes: number; limit: RateLimit },
  names: readonly string[],
): Promise<
  { refused: Refused } | { posted: PostedFields; values: FormValues; key: string; refuse: Refuse }
> {
  let values: FormValues = {}
  const refuse: Refuse = (status, reason, extra = {}) => ({
    kind: 'refused',
    status,
    reason,
    message: refusalMessage(reason, context.locale, extra.retryAfterSeconds),
    errors: extra.errors ?? {},
    values,
    ...(extra.retryAfterSeconds ? { retryAfterSeconds: extra.retryAfterSeconds } : {}),
  })
  if (!isSameOrigin(request, deps.siteUrl)) return { refused: refuse(403, 'origin') }
  const body = await readLimitedBody(request, deps.maxBodyBytes)
  if (!body) return { refused: refuse(413, 'too-large') }
  const parsed = await parseBody(request, body)
  if (parsed.kind === 'unsupported') return { refused: refuse(415, 'unsupported') }
  if (parsed.kind === 'malformed') return { refused: refuse(400, 'malformed') }
  values = formValues(parsed.fields, names)
  const key = rateLimitKey(context.clientAddress)
  const allowed = await deps.limit.consume(key)
  if (!allowed.ok) {
    return {
      refused: refuse(429, 'rate-limited', { retryAfterSeconds: allowed.retryAfterSeconds }),
    }
  }
  return { posted: parsed.fields, values, key, refuse }
}

/** Reads, checks and files an inquiry POST. Nothing is stored unless every check passes. */
export async function processInquiry(
  request: Request,
  context: InquiryContext,
  deps: InquiryDeps,
): Promise<InquiryOutcome> {
  const { locale } = context
  const post = await openPost(request, context, deps, [...INQUIRY_FIELDS, ...MARKET_FORM_NAMES])
  if ('refused' in post) return post.refused
  const { posted, key, refuse } = post
  if (isHoneypotFilled(posted)) return refuse(400, 'honeypot')
  const token = checkFormToken(posted[FORM_TOKEN_FIELD], deps.secret, context.type, {
    nowMs: (deps.now ?? Date.now)(),
    minFillMs: deps.minFillMs,
  })
  const form = InquiryForm.safeParse({
    ...posted,
    type: context.type,
    project: context.project ?? '',
    pagePath: context.pagePath ?? '',
    marketPost: context.marketPost ?? '',
  })
  if (token !== 'ok') {
    // Say what else needs fixing now, rather than after the next try.
    const errors = form.success ? {} : inquiryErrors(form.error, locale)
    return refuse(400, token === 'too-fast' ? 'token-too-fast' : 'token-invalid', { errors })
  }
  if (!form.success) {
    await deps.limit.refund(key)
    return refuse(400, 'invalid', { errors: inquiryErrors(form.error, locale) })
  }
  const result = await deps.submit(form.data, locale)
  if (result.kind === 'failed') return refuse(502, 'not-sent')
  return {
    kind: 'sent',
    trackingNumber: result.trackingNumber,
    queued: result.kind === 'queued',
  }
}

/** Headers of every answer to a POST: it carries the visitor's personal data. */
export const PRIVATE_NO_STORE = 'private, no-store'

/** The receipt page for a tracking number, in the visitor's language. */
export function receiptPath(locale: Locale, trackingNumber: string): string {
  return `${localePath(locale, '/inquiry/received')}?n=${encodeURIComponent(trackingNumber)}`
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': PRIVATE_NO_STORE,
      ...headers,
    },
  })
}

/** Headers of a refusal: no caching, and when to come back after a 429. */
export function refusalHeaders(outcome: Refused): Record<string, string> {
  return {
    'cache-control': PRIVATE_NO_STORE,
    ...(outcome.retryAfterSeconds ? { 'retry-after': String(outcome.retryAfterSeconds) } : {}),
  }
}

/**
 * The finished answer to an inquiry POST, or null when the page should render
 * the form again: a 303 to the receipt for an HTML form, JSON for a JSON post.
 */
export function inquiryResponse(
  outcome: InquiryOutcome,
  request: Request,
  locale: Locale,
): Response | null {
  if (isJsonRequest(request)) {
    if (outcome.kind === 'sent') {
      return json(201, {
        trackingNumber: outcome.trackingNumber,
        receipt: receiptPath(locale, outcome.trackingNumber),
      })
    }
    return json(
      outcome.status,
      { error: outcome.reason, message: outcome.message, errors: outcome.errors },
      refusalHeaders(outcome),
    )
  }
  if (outcome.kind === 'sent') {
    return new Response(null, {
      status: 303,
      headers: {
        location: receiptPath(locale, outcome.trackingNumber),
        'cache-control': PRIVATE_NO_STORE,
      },
    })
  }
  return null
}

// ---------------------------------------------------------------- status lookup

export type LookupOutcome =
  | { kind: 'found'; view: InquiryStatusView; values: FormValues }
  | { kind: 'not-found'; values: FormValues }
  | { kind: 'unavailable'; values: FormValues }
  | Refused

export interface LookupDeps {
  lookup: (query: InquiryLookup) => Promise<LookupResult>
  /** An inquiry still in the outbox, so it can be reported as received. */
  findWaiting?: (
    trackingNumber: string,
    contact: string,
  ) => Promise<OutboxRecord['submission'] | null>
  limit: RateLimit
  siteUrl: string
  maxBodyBytes: number
}

/**
 * Looks an inquiry up by number and contact. Every lookup counts against the
 * limit, found or not, so tracking numbers cannot be guessed in bulk; a miss
 * reads the same whether the number exists or not.
 */
export async function processLookup(
  request: Request,
  context: { locale: Locale; clientAddress: string },
  deps: LookupDeps,
): Promise<LookupOutcome> {
  const { locale } = context
  const post = await openPost(request, context, deps, ['trackingNumber', 'contact'])
  if ('refused' in post) return post.refused
  const { posted, values, refuse } = post
  const query = InquiryLookup.safeParse(posted)
  if (!query.success) {
    return refuse(400, 'invalid', { errors: inquiryErrors(query.error, locale) })
  }
  const found = await deps.lookup(query.data)
  if (found.kind === 'found') return { kind: 'found', view: found.view, values }
  if (found.kind === 'unavailable') console.error(`[inquiries] status lookup: ${found.reason}`)
  const waiting = await deps.findWaiting?.(query.data.trackingNumber, query.data.contact)
  if (waiting) {
    return {
      kind: 'found',
      values,
      view: {
        trackingNumber: waiting.trackingNumber,
        type: waiting.fields.type,
        status: 'received',
        submittedAt: waiting.submittedAt,
        publicReply: null,
        repliedAt: null,
        message: waiting.fields.message,
        project: waiting.fields.project ? { slug: waiting.fields.project, title: null } : null,
        pagePath: waiting.fields.pagePath ?? null,
      },
    }
  }
  return found.kind === 'not-found'
    ? { kind: 'not-found', values }
    : { kind: 'unavailable', values }
}

/** The JSON answer to a lookup posted as JSON; null for an HTML form (the page renders). */
export function lookupResponse(outcome: LookupOutcome, request: Request): Response | null {
  if (!isJsonRequest(request)) return null
  switch (outcome.kind) {
    case 'found':
      return json(200, outcome.view)
    case 'not-found':
      return json(404, { error: 'not-found' })
    case 'unavailable':
      return json(503, { error: 'unavailable' }, { 'retry-after': '30' })
    default:
      return json(
        outcome.status,
        { error: outcome.reason, message: outcome.message, errors: outcome.errors },
        refusalHeaders(outcome),
      )
  }
}
