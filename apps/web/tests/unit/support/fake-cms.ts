import { InquiryStatusView, NUMBER_TAKEN, type InquirySubmission } from '@portal/shared/inquiry'
import { SAMPLE_PROJECT_FIELDS } from '@portal/shared/testing'

/** How the fake CMS behaves for the next requests. */
export type CmsMode =
  /** Stores new submissions (201), recognises repeated ones (200), refuses taken numbers (409). */
  | 'up'
  /** Connection refused. */
  | 'down'
  /** Answers 503. */
  | 'overloaded'
  /** Stores the submission, then never answers (the caller's timeout fires). */
  | 'stores-then-hangs'
  /** Refuses every submission as invalid (400). */
  | 'refuses'
  /** Refuses the portal's key (401). */
  | 'bad-key'

/**
 * A CMS with the intake and lookup endpoints of the inquiry contract, as a
 * `fetch` function. It counts what it stored as new and what it recognised as
 * a repeat, so tests can check that every inquiry was stored exactly once.
 */
export function fakeCms(apiKey = 'test-api-key') {
  const stored = new Map<string, InquirySubmission>()
  const state = {
    mode: 'up' as CmsMode,
    /** Requests that reached the intake endpoint. */
    calls: 0,
    created: 0,
    duplicates: 0,
    /** Tracking numbers already used by other inquiries. */
    taken: new Set<string>(),
    /** Delay before answering, in milliseconds. */
    delayMs: 0,
    /** While set, every request waits for this promise before it is answered. */
    hold: null as Promise<void> | null,
    /** Requests waiting on `hold`. */
    held: 0,
    lookups: 0,
  }
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    })

  const fetchImpl = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input)
    const headers = new Headers(init?.headers)
    const signal = init?.signal ?? undefined
    if (state.mode === 'down') throw new TypeError('fetch failed: connect ECONNREFUSED')
    if (state.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, state.delayMs))
    if (state.hold) {
      state.held += 1
      await state.hold
      state.held -= 1
    }
    if (headers.get('authorization') !== `service-accounts API-Key ${apiKey}`) {
      return json(401, { errors: [{ message: 'unauthorised' }] })
    }
    const body = JSON.parse(String(init?.body)) as Record<string, unknown>
    if (url.pathname === '/api/inquiries/lookup') {
      state.lookups += 1
      const match = [...stored.values()].find(
        (s) =>
          s.trackingNumber === body.trackingNumber &&
          (s.fields.phone === body.contact || s.fields.email === body.contact),
      )
      if (!match) return json(404, { error: 'not-found' })
      return json(
        200,
        InquiryStatusView.parse({
          trackingNumber: match.trackingNumber,
          type: match.fields.type,
          status: 'answered',
          submittedAt: match.submittedAt,
          publicReply: '您好，\n用地条件请见附件。<b>谢谢</b>',
          repliedAt: '2026-11-30T02:00:00.000Z',
        }),
      )
    }
    if (url.pathname !== '/api/inquiries/intake') return json(404, {})
    state.calls += 1
    const submission = body as unknown as InquirySubmission
    if (state.mode === 'overloaded') return json(503, { errors: [{ message: 'busy' }] })
    if (state.mode === 'refuses') return json(400, { errors: { message: 'bad' } })
    if (state.mode === 'bad-key') return json(403, { errors: [{ message: 'forbidden' }] })
    const earlier = stored.get(submission.submissionId)
    if (earlier) {
      state.duplicates += 1
      return json(200, { trackingNumber: earlier.trackingNumber, duplicate: true })
    }
    if (state.taken.has(submission.trackingNumber) && !submission.keepNumber) {
      return json(409, { error: NUMBER_TAKEN })
    }
    stored.set(submission.submissionId, submission)
    state.taken.add(submission.trackingNumber)
    state.created += 1
    if (state.mode === 'stores-then-hangs') {
      return new Promise<Response>((_, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason))
      })
    }
    return json(201, { trackingNumber: submission.trackingNumber, duplicate: false })
  }) as typeof fetch

  return { fetch: fetchImpl, state, stored, apiKey }
}

/** A logger that keeps what it is told. */
export function memoryLog() {
  const lines = { info: [] as string[], warn: [] as string[], error: [] as string[] }
  return {
    lines,
    info: (message: string) => void lines.info.push(message),
    warn: (message: string) => void lines.warn.push(message),
    error: (message: string) => void lines.error.push(message),
  }
}

/** Fields as `InquiryForm` outputs them for a project inquiry. */
export const projectFields = SAMPLE_PROJECT_FIELDS
