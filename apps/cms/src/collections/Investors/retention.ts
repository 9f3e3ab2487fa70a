import type { Payload, PayloadRequest } from 'payload'
import { ANONYMISED_NAME, retentionDays } from '../Inquiries/retention'
import { NOT_ACTIVITY } from './hooks/stampContact'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Retention of investor contacts (PIPL): a contact with no activity (a save
 * by staff, a newly linked inquiry) for the inquiries' retention period loses
 * what identifies the person, unless staff recorded a basis to keep it
 * (`retentionBasis` other than `none`). The company link, type, sectors,
 * region and source stay: they name no person and still count in statistics.
 * Runs with the inquiries' anonymisation (jobs/anonymiseInquiries.ts).
 */
export async function anonymiseInactiveContacts(
  payload: Payload,
  options: { now?: Date; req?: PayloadRequest } = {},
): Promise<number> {
  const { now = new Date(), req } = options
  const days = await retentionDays(payload, req)
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString()
  const result = await payload.update({
    collection: 'contacts',
    where: {
      and: [
        { lastActivityAt: { less_than: cutoff } },
        { retentionBasis: { equals: 'none' } },
        { anonymisedAt: { exists: false } },
      ],
    },
    data: {
      name: ANONYMISED_NAME,
      position: null,
      phone: null,
      email: null,
      wechat: null,
      notes: null,
    },
    depth: 0,
    req,
    // Not the person's activity, and `anonymisedAt` is the system's to write.
    context: { [NOT_ACTIVITY]: true, anonymising: now.toISOString() },
  })
  for (const error of result.errors) {
    payload.logger.error(`[contacts] could not anonymise contact ${error.id}`)
  }
  payload.logger.info(
    `[contacts] retention ${days} days: anonymised ${result.docs.length} contacts inactive since before ${cutoff}`,
  )
  return result.docs.length
}
