import type { Payload, PayloadRequest, Where } from 'payload'
import type { Inquiry } from '@portal/shared/payload-types'
import { DEFAULT_RETENTION_DAYS, RETENTION_DAYS_LIMITS } from '#cms/globals/InquirySettings'
import { forgetPoster } from '../MarketPosts/intake'

/**
 * Retention of the visitor's personal data in inquiries (PIPL): once an
 * inquiry has been closed for longer than the retention period in the
 * inquiry settings, what identifies the visitor or was written about them is
 * removed. What is left (type, status, dates, project, province, intent,
 * handling history) still counts in statistics and names no visitor.
 * Run daily by the `anonymiseInquiries` job (src/jobs/anonymiseInquiries.ts).
 */

/** What the name becomes. */
export const ANONYMISED_NAME = '已匿名'
/** What the message and a public reply become. */
export const REMOVED_TEXT = '（已按保存期限删除）'

const DAY_MS = 24 * 60 * 60 * 1000

/** How many inquiries are read and anonymised at a time. */
export const RETENTION_BATCH_SIZE = 100

/**
 * The fields an anonymised inquiry is written with, besides `anonymisedAt`.
 * Kept: type, status, tracking number, project and the slug the visitor chose
 * (a public project), province and intent (coarse, for statistics), consent
 * and its time (the record that the data was lawfully collected), every date,
 * the assignee and the status history (they name staff, never the visitor).
 */
export function anonymisedFields(
  inquiry: Pick<Inquiry, 'publicReply'>,
): Partial<Record<keyof Inquiry, unknown>> {
  return {
    name: ANONYMISED_NAME,
    phone: null,
    email: null,
    organisation: null,
    city: null,
    industry: null,
    message: REMOVED_TEXT,
    // Written to one person, often by name and about their company; nobody can
    // look it up any more once the contact is gone. `repliedAt` keeps the fact.
    publicReply: inquiry.publicReply ? REMOVED_TEXT : null,
    // Staff notes are about the visitor (calls, their plans, assessments).
    internalNotes: [],
  }
}

/** The retention period in days, from the inquiry settings, within the allowed range. */
export async function retentionDays(payload: Payload, req?: PayloadRequest): Promise<number> {
  const settings = await payload.findGlobal({ slug: 'inquiry-settings', depth: 0, req })
  const days = Number(settings.retentionDays ?? DEFAULT_RETENTION_DAYS)
  if (!Number.isFinite(days)) return DEFAULT_RETENTION_DAYS
  return Math.min(RETENTION_DAYS_LIMITS.max, Math.max(RETENTION_DAYS_LIMITS.min, Math.floor(days)))
}

/** Inquiries closed before `closedAt` was recorded: the time of the last move to closed. */
async function stampMissingClosedAt(
  payload: Payload,
  now: Date,
  req: PayloadRequest | undefined,
): Promise<void> {
  const done = new Set<number | string>()
  for (;;) {
    const { docs } = await payload.find({
      collection: 'inquiries',
      where: { and: [{ status: { equals: 'closed' } }, { closedAt: { exists: false } }] },
      limit: RETENTION_BATCH_SIZE,
      pagination: false,
      depth: 0,
      select: { statusHistory: true, updatedAt: true },
      req,
    })
    const fresh = docs.filter((doc) => !done.has(doc.id))
    if (fresh.length === 0) return
    for (const doc of fresh) {
      const closing = (doc.statusHistory ?? []).filter((entry) => entry.to === 'closed').at(-1)
      await payload.db.updateOne({
        collection: 'inquiries',
        id: doc.id,
        data: { closedAt: closing?.at ?? doc.updatedAt ?? now.toISOString() },
        req,
        returning: false,
      })
      done.add(doc.id)
    }
  }
}

/** The innermost cause of an error (for a failed query: the database's own message, without the values). */
function rootCause(error: unknown): string {
  let current = error
  while (current instanceof Error && current.cause !== undefined) current = current.cause
  const text = current instanceof Error ? `${current.name}: ${current.message}` : String(current)
  return text.split('\n')[0]?.slice(0, 200) ?? ''
}

export interface RetentionResult {
  anonymised: number
  /** Ids that could not be written (logged); they are tried again on the next run. */
  failed: (number | string)[]
}

/**
 * Anonymises every inquiry closed more than the retention period before `now`
 * and not anonymised yet, in batches until none is left. Writes through the
 * database adapter: only the listed fields change (the rest is written back as
 * stored), no hook runs (no mail, no status history entry, the notes log may
 * be emptied), no validation can keep personal data in an older document, and
 * the visitor fields' immutability (field access) does not apply. Idempotent:
 * a second run finds nothing.
 */
export async function anonymiseExpiredInquiries(
  payload: Payload,
  options: { now?: Date; req?: PayloadRequest; batchSize?: number } = {},
): Promise<RetentionResult> {
  const { now = new Date(), req, batchSize = RETENTION_BATCH_SIZE } = options
  const days = await retentionDays(payload, req)
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString()
  await stampMissingClosedAt(payload, now, req)

  const failed: (number | string)[] = []
  const seen = new Set<number | string>()
  let anonymised = 0
  for (;;) {
    const where: Where = {
      and: [
        { status: { equals: 'closed' } },
        { closedAt: { less_than: cutoff } },
        { anonymisedAt: { exists: false } },
        ...(failed.length > 0 ? [{ id: { not_in: failed } }] : []),
      ],
    }
    const { docs } = await payload.find({
      collection: 'inquiries',
      where,
      sort: 'closedAt',
      limit: batchSize,
      pagination: false,
      depth: 0,
      select: { trackingNumber: true },
      req,
    })
    // Written documents drop out of the query; one that did not would come back forever.
    const fresh = docs.filter((doc) => !seen.has(doc.id))
    if (fresh.length === 0) break
    for (const doc of fresh) {
      seen.add(doc.id)
      try {
        // The whole stored document goes back with the changes: the SQLite adapter
        // writes a document with arrays (the notes) as a complete row.
        const stored = await payload.db.findOne<Inquiry>({
          collection: 'inquiries',
          where: { id: { equals: doc.id } },
          req,
        })
        if (!stored) continue
        const { id, ...fields } = stored
        const at = new Date().toISOString()
        await payload.db.updateOne({
          collection: 'inquiries',
          id,
          data: { ...fields, ...anonymisedFields(stored), anonymisedAt: at, updatedAt: at },
          req,
          returning: false,
        })
        await forgetPoster(payload, stored, ANONYMISED_NAME, req)
        anonymised += 1
      } catch (error) {
        failed.push(doc.id)
        // Neither the error itself nor its message: a failed query carries the
        // values written, which are the personal data being removed.
        payload.logger.error(
          `[inquiries] could not anonymise ${doc.trackingNumber} (id ${doc.id}): ${rootCause(error)}`,
        )
      }
    }
  }
  payload.logger.info(
    `[inquiries] retention ${days} days: anonymised ${anonymised} inquiries closed before ${cutoff}` +
      (failed.length > 0 ? `, ${failed.length} could not be written` : ''),
  )
  return { anonymised, failed }
}
