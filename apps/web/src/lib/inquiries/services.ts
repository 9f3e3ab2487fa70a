import { STATUS_CODES } from 'node:http'
import { Redis } from 'ioredis'
import { DEV_PORTAL_SECRET, portalApiKey } from '@portal/shared/env'
import type { InquiryErrors, InquiryType } from '@portal/shared/inquiry'
import type { ResponseRecord } from '@portal/shared/inspection'
import type { Locale } from '@portal/shared/locales'
import { env } from '../env'
import { lookupInquiry, readResponseRecord } from './cms-api'
import {
  PRIVATE_NO_STORE,
  inquiryResponse,
  lookupResponse,
  processInquiry,
  processLookup,
  refusalHeaders,
  type FormValues,
  type LookupOutcome,
} from './handler'
import { createOutbox, resolveOutboxDir } from './outbox'
import {
  clientAddressesTrusted,
  createRateLimit,
  issueFormToken,
  trustClientAddresses,
} from './protection'

/**
 * The inquiry machinery of this process, configured from the environment
 * (CMS_URL, CMS_API_KEY, PORTAL_SECRET, OUTBOX_DIR, INQUIRY_*, LOOKUP_RATE_LIMIT,
 * TRUST_PROXY_HOPS), and the two helpers the pages call.
 */

const api = { cmsUrl: env.CMS_URL, apiKey: portalApiKey(env.CMS_API_KEY) }
const secret = env.PORTAL_SECRET || DEV_PORTAL_SECRET
const maxBodyBytes = env.INQUIRY_MAX_BODY_KB * 1024

export const outbox = createOutbox({ dir: resolveOutboxDir(env.OUTBOX_DIR), ...api })

// One connection for both limits; commands fail fast while Redis is away (the limits then count in memory).
const redis = env.REDIS_URL
  ? new Redis(env.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1 })
  : null
let redisDown = false
redis?.on('error', (error: Error) => {
  if (redisDown) return
  redisDown = true
  console.warn(`[rate limit] Redis unreachable, counting in this process for now: ${error.message}`)
})
redis?.on('ready', () => {
  if (redisDown) console.info('[rate limit] Redis reachable again: limits shared')
  redisDown = false
})

const inquiryLimit = createRateLimit({
  points: env.INQUIRY_RATE_LIMIT,
  windowMinutes: env.INQUIRY_RATE_WINDOW_MINUTES,
  prefix: 'inquiry',
  redis,
})
const lookupLimit = createRateLimit({
  points: env.LOOKUP_RATE_LIMIT,
  windowMinutes: env.INQUIRY_RATE_WINDOW_MINUTES,
  prefix: 'lookup',
  redis,
})

let started = false

/** Trusts client addresses as configured and starts the outbox's delivery loop. Idempotent. */
export function startInquiryServices(): void {
  if (started) return
  started = true
  trustClientAddresses(env.TRUST_PROXY_HOPS)
  outbox.start()
  console.info(`[outbox] delivering inquiries from ${outbox.dir} to ${env.CMS_URL}`)
}

/** What the helpers need of Astro's page global (`Astro`). */
export interface PageContext {
  request: Request
  locals: { locale: Locale }
  readonly clientAddress: string
  response: { status?: number; statusText?: string; headers: Headers }
}

/** Sets a page's status, with its reason phrase (Astro would keep “OK”). */
function setStatus(page: PageContext, status: number): void {
  page.response.status = status
  page.response.statusText = STATUS_CODES[status] ?? ''
}

let warned = false
function clientAddress(page: PageContext): string {
  if (!clientAddressesTrusted() && !warned) {
    warned = true
    console.warn('[inquiries] client addresses are not checked yet: X-Forwarded-For is trusted')
  }
  try {
    return page.clientAddress
  } catch {
    return 'unknown'
  }
}

/** A fresh token for a form of this type, signed now. */
export function formToken(type: InquiryType): string {
  return issueFormToken(secret, type)
}

/** What an inquiry form shows: its token, and after a refusal the visitor's entries and why. */
export interface InquiryFormState {
  token: string
  values: FormValues
  errors: InquiryErrors
  message: string | null
}

/**
 * For a page that carries an inquiry form. On POST it files the inquiry and
 * returns the finished response (303 to the receipt, or JSON for a JSON post);
 * when the inquiry is refused it sets the status and headers on the page and
 * returns the form to show again, with the visitor's entries and a fresh
 * token. Otherwise it returns an empty form.
 */
export async function inquiryForm(
  page: PageContext,
  form: {
    type: InquiryType
    project?: string | null
    pagePath?: string | null
    marketPost?: string | null
  },
): Promise<{ response: Response } | { state: InquiryFormState }> {
  const empty = { token: formToken(form.type), values: {}, errors: {}, message: null }
  if (page.request.method !== 'POST') return { state: empty }
  const locale = page.locals.locale
  const outcome = await processInquiry(
    page.request,
    {
      locale,
      type: form.type,
      project: form.project ?? null,
      pagePath: form.pagePath ?? null,
      marketPost: form.marketPost ?? null,
      clientAddress: clientAddress(page),
    },
    {
      submit: (fields, lang) => outbox.submit(fields, lang),
      limit: inquiryLimit,
      secret,
      siteUrl: env.SITE_URL,
      maxBodyBytes,
      minFillMs: env.INQUIRY_MIN_FILL_SECONDS * 1000,
    },
  )
  const response = inquiryResponse(outcome, page.request, locale)
  if (response) return { response }
  if (outcome.kind === 'sent') throw new Error('unreachable: a sent inquiry always has a response')
  setStatus(page, outcome.status)
  for (const [name, value] of Object.entries(refusalHeaders(outcome))) {
    page.response.headers.set(name, value)
  }
  return {
    state: {
      ...empty,
      values: outcome.values,
      errors: outcome.errors,
      message: outcome.reason === 'invalid' ? null : outcome.message,
    },
  }
}

/**
 * For the status page: on POST, looks the inquiry up; a JSON post gets its
 * answer as a response, an HTML form the outcome to render (status set).
 */
export async function inquiryLookup(
  page: PageContext,
): Promise<{ response: Response } | { outcome: LookupOutcome | null }> {
  page.response.headers.set('cache-control', PRIVATE_NO_STORE)
  if (page.request.method !== 'POST') return { outcome: null }
  const outcome = await processLookup(
    page.request,
    { locale: page.locals.locale, clientAddress: clientAddress(page) },
    {
      lookup: (query) => lookupInquiry(query, { ...api, timeoutMs: 5000 }),
      findWaiting: (number, contact) => outbox.findWaiting(number, contact),
      limit: lookupLimit,
      siteUrl: env.SITE_URL,
      maxBodyBytes,
    },
  )
  const response = lookupResponse(outcome, page.request)
  if (response) return { response }
  if (outcome.kind === 'refused') {
    setStatus(page, outcome.status)
    for (const [name, value] of Object.entries(refusalHeaders(outcome))) {
      page.response.headers.set(name, value)
    }
  } else if (outcome.kind === 'unavailable') {
    setStatus(page, 503)
    page.response.headers.set('retry-after', '30')
  }
  return { outcome }
}

/** How long the response record is reused: the CMS marks it cacheable for five minutes. */
const RECORD_TTL_MS = 5 * 60 * 1000
let record: { value: ResponseRecord; at: number } | null = null

/**
 * The published response record for the contact, receipt and status pages;
 * the last good one (up to five minutes old, or older while the CMS is away),
 * or null when the CMS never gave one.
 */
export async function loadResponseRecord(): Promise<ResponseRecord | null> {
  if (record && Date.now() - record.at < RECORD_TTL_MS) return record.value
  const fresh = await readResponseRecord({ ...api, timeoutMs: 3000 })
  if (fresh) record = { value: fresh, at: Date.now() }
  return record?.value ?? null
}
