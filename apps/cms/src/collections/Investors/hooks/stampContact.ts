import type { CollectionBeforeChangeHook } from 'payload'
import { normalizeEmail, normalizePhone } from '@portal/shared/investors'
import type { Contact } from '@portal/shared/payload-types'

/** Context flag of writes that are not the contact's own activity (the retention run). */
export const NOT_ACTIVITY = 'notActivity'

/**
 * Keeps the match keys (digits-only phone, lower-case e-mail) in step with
 * what staff typed, so an inquiry finds its person however either was
 * written, and records the save as activity: the retention period of an
 * inactive contact counts from `lastActivityAt`.
 */
export const stampContact: CollectionBeforeChangeHook<Contact> = ({
  data,
  originalDoc,
  context,
}) => {
  const phone = data.phone !== undefined ? data.phone : originalDoc?.phone
  const email = data.email !== undefined ? data.email : originalDoc?.email
  data.phoneKey = normalizePhone(phone)
  data.emailKey = normalizeEmail(email)
  if (!context[NOT_ACTIVITY]) data.lastActivityAt = new Date().toISOString()
  // Set by the retention run only (field access keeps requests from writing it).
  if (typeof context.anonymising === 'string') data.anonymisedAt = context.anonymising
  return data
}
