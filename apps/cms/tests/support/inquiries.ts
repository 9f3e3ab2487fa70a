import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { expect } from 'vitest'
import type { Inquiry, ServiceAccount } from '@portal/shared/payload-types'
import { intakeInquiry } from '../../src/collections/Inquiries/intake'
import { asUser, submission } from '../helpers'

/** What staff may send when they save an inquiry. */
export type InquiryChanges = Partial<RequiredDataFromCollectionSlug<'inquiries'>>

/** Files a submission as the portal does and answers the stored inquiry, unpopulated. */
export async function fileInquiry(
  payload: Payload,
  portal: ServiceAccount,
  fields: Parameters<typeof submission>[0],
): Promise<Inquiry> {
  const sent = submission(fields)
  const result = await intakeInquiry(payload, portal, sent)
  expect(result.status).toBe(201)
  const found = await payload.find({
    collection: 'inquiries',
    where: { submissionId: { equals: sent.submissionId } },
    depth: 0,
  })
  return found.docs[0] as Inquiry
}

/** Saves changes to an inquiry as `user`, with the access rules and hooks applied. */
export function updateInquiry(
  payload: Payload,
  user: Parameters<typeof asUser>[0],
  id: Inquiry['id'],
  data: InquiryChanges,
): Promise<Inquiry> {
  return payload.update({ collection: 'inquiries', id, data, depth: 0, ...asUser(user) })
}

/**
 * Writes straight to the database, past hooks and access: how a test moves an
 * inquiry back in time or gives it the shape older versions left behind.
 */
export async function writeRaw(
  payload: Payload,
  id: Inquiry['id'],
  data: Partial<Inquiry>,
): Promise<void> {
  await payload.db.updateOne({ collection: 'inquiries', id, data, returning: false })
}

/** Reads an inquiry as stored, unpopulated and without access rules. */
export function readInquiry(payload: Payload, id: Inquiry['id']): Promise<Inquiry> {
  return payload.findByID({ collection: 'inquiries', id, depth: 0, overrideAccess: true })
}
