import type { TaskConfig } from 'payload'
import { env } from '#cms/env'
import { anonymiseExpiredInquiries } from '../collections/Inquiries/retention'
import { anonymiseInactiveContacts } from '../collections/Investors/retention'

/** The queue of housekeeping jobs; `jobs.autoRun` in payload.config.ts runs it. */
export const MAINTENANCE_QUEUE = 'maintenance'

/** When the anonymisation is queued: RETENTION_CRON, by default every day at 03:15, server time. */
export const ANONYMISE_INQUIRIES_CRON = env.RETENTION_CRON

/**
 * Removes the visitor's personal data from inquiries closed longer than the
 * retention period in the inquiry settings (collections/Inquiries/retention.ts),
 * and from investor contacts inactive that long (collections/Investors/retention.ts).
 * Payload's scheduler queues it daily on the maintenance queue; a job whose
 * write failed for some inquiry fails, is retried, and shows in the jobs log.
 */
export const anonymiseInquiriesTask: TaskConfig<{
  input: Record<string, never>
  output: { anonymised: number; contacts: number }
}> = {
  slug: 'anonymiseInquiries',
  label: '咨询留言到期匿名化 / Anonymise expired inquiries',
  outputSchema: [
    { name: 'anonymised', type: 'number', required: true },
    { name: 'contacts', type: 'number', required: true },
  ],
  schedule: [{ cron: ANONYMISE_INQUIRIES_CRON, queue: MAINTENANCE_QUEUE }],
  retries: 2,
  handler: async ({ req }) => {
    const { anonymised, failed } = await anonymiseExpiredInquiries(req.payload, { req })
    const contacts = await anonymiseInactiveContacts(req.payload, { req })
    if (failed.length > 0) {
      throw new Error(
        `anonymised ${anonymised} inquiries, ${failed.length} could not be written (ids ${failed.join(', ')})`,
      )
    }
    return { output: { anonymised, contacts } }
  },
}
