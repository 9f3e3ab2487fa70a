import { ResponseRecord } from '@portal/shared/inspection'
import {
  InquiryReceipt,
  InquiryStatusView,
  NUMBER_TAKEN,
  type InquiryLookup,
  type InquirySubmission,
} from '@portal/shared/inquiry'

/**
 * The two CMS endpoints the portal calls for inquiries, with the service
 * account's key. Both answer with the shared contract; anything else is
 * reported, never thrown at a page.
 */

export interface InquiryApiOptions {
  /** The CMS's base URL (CMS_URL). */
  cmsUrl: string
  /** The service account's API key (CMS_API_KEY). */
  apiKey: string
  fetch?: typeof fetch
  timeoutMs?: number
}

/** What became of one delivery of an inquiry to the CMS. */
export type DeliveryResult =
  /** Stored now, or stored before (`duplicate`): the outbox may forget it. */
  | { kind: 'stored'; trackingNumber: string; duplicate: boolean }
  /** The proposed tracking number belongs to another inquiry. */
  | { kind: 'number-taken' }
  /** Not delivered this time (CMS unreachable, slow, overloaded or refusing our key): try again later. */
  | { kind: 'retry'; reason: string }
  /** The CMS refused this inquiry itself: sending it again will not help. */
  | { kind: 'refused'; status: number; reason: string }

/** What the status lookup found. */
export type LookupResult =
  | { kind: 'found'; view: InquiryStatusView }
  | { kind: 'not-found' }
  | { kind: 'unavailable'; reason: string }

/**
 * Statuses after which the same request may succeed later. 401 and 403 are
 * here on purpose: they mean the portal's key is wrong or the service account
 * is missing, which an operator fixes; the inquiry itself is fine, so the
 * outbox keeps it (and logs loudly) instead of filing it as failed.
 */
const RETRYABLE = new Set([401, 403, 408, 425, 429])

async function postJson(
  path: string,
  body: unknown,
  options: InquiryApiOptions,
): Promise<{ status: number; body: unknown }> {
  const fetchImpl = options.fetch ?? fetch
  const response = await fetchImpl(new URL(path, options.cmsUrl), {
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      authorization: `service-accounts API-Key ${options.apiKey}`,
    },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(options.timeoutMs ?? 3000),
  })
  const text = await response.text()
  let parsed: unknown = null
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    parsed = text.slice(0, 200)
  }
  return { status: response.status, body: parsed }
}

/** `postJson`, with a failure to reach the CMS at all given as the reason. */
async function ask(
  path: string,
  body: unknown,
  options: InquiryApiOptions,
): Promise<{ status: number; body: unknown } | { unreachable: string }> {
  try {
    return await postJson(path, body, options)
  } catch (error) {
    return { unreachable: `CMS unreachable: ${(error as Error).message}` }
  }
}

const describe = (body: unknown) => JSON.stringify(body)?.slice(0, 300) ?? ''

/** Sends one inquiry to the CMS's intake endpoint. Never throws. */
export async function deliverInquiry(
  submission: InquirySubmission,
  options: InquiryApiOptions,
): Promise<DeliveryResult> {
  const answer = await ask('/api/inquiries/intake', submission, options)
  if ('unreachable' in answer) return { kind: 'retry', reason: answer.unreachable }
  const { status, body } = answer
  if (status >= 200 && status < 300) {
    const receipt = InquiryReceipt.safeParse(body)
    if (receipt.success) return { kind: 'stored', ...receipt.data }
    // Stored all the same: the CMS said so. Keep the number the portal proposed.
    console.warn(
      `[inquiries] CMS intake answered ${status} outside the contract: ${describe(body)}`,
    )
    return { kind: 'stored', trackingNumber: submission.trackingNumber, duplicate: status === 200 }
  }
  if (
    status === 409 &&
    body !== null &&
    typeof body === 'object' &&
    (body as { error?: unknown }).error === NUMBER_TAKEN
  ) {
    return { kind: 'number-taken' }
  }
  if (status >= 500 || RETRYABLE.has(status)) {
    return { kind: 'retry', reason: `CMS answered ${status}: ${describe(body)}` }
  }
  return { kind: 'refused', status, reason: `CMS answered ${status}: ${describe(body)}` }
}

/** Asks the CMS for the status of an inquiry by number and contact. Never throws. */
export async function lookupInquiry(
  query: InquiryLookup,
  options: InquiryApiOptions,
): Promise<LookupResult> {
  const answer = await ask('/api/inquiries/lookup', query, options)
  if ('unreachable' in answer) return { kind: 'unavailable', reason: answer.unreachable }
  if (answer.status === 404) return { kind: 'not-found' }
  if (answer.status !== 200) {
    return { kind: 'unavailable', reason: `CMS lookup answered ${answer.status}` }
  }
  const view = InquiryStatusView.safeParse(answer.body)
  if (!view.success) {
    const first = view.error.issues[0]
    return {
      kind: 'unavailable',
      reason: `CMS lookup breaks the contract at ${first?.path.join('.')}: ${first?.message}`,
    }
  }
  return { kind: 'found', view: view.data }
}

/** The published response record (reply promise and the last 90 days), or null when unavailable. */
export async function readResponseRecord(
  options: InquiryApiOptions,
): Promise<ResponseRecord | null> {
  try {
    const response = await (options.fetch ?? fetch)(
      new URL('/api/inquiries/record', options.cmsUrl),
      {
        headers: {
          accept: 'application/json',
          authorization: `service-accounts API-Key ${options.apiKey}`,
        },
        signal: AbortSignal.timeout(options.timeoutMs ?? 5000),
      },
    )
    const record = ResponseRecord.safeParse(response.ok ? await response.json() : null)
    if (record.success) return record.data
    console.error(
      `[inquiries] response record: CMS answered ${response.status} outside the contract`,
    )
  } catch (error) {
    console.error(`[inquiries] response record: ${(error as Error).message}`)
  }
  return null
}
