import type { CollectionBeforeChangeHook } from 'payload'
import type { Inquiry } from '@portal/shared/payload-types'
import { isStaffUser } from '#cms/access/roles'

type StatusEntry = NonNullable<Inquiry['statusHistory']>[number]

/**
 * Appends to the status history on creation (received) and whenever the
 * status changes: when, from what, to what, and which staff member. The
 * history is the hook's alone: what a request sends for it is replaced.
 * Also keeps `closedAt`, from which the retention of personal data counts:
 * stamped when the status becomes closed, cleared when it is reopened.
 */
export const recordStatusChange: CollectionBeforeChangeHook<Inquiry> = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const stored: StatusEntry[] = (originalDoc?.statusHistory ?? []).map((entry) => ({ ...entry }))
  const previous = operation === 'create' ? null : (originalDoc?.status ?? null)
  const next = data.status ?? previous ?? 'received'
  if (next !== previous) {
    const at = new Date().toISOString()
    stored.push({
      at,
      from: previous,
      to: next,
      // Generated types say number (SQLite ids); on MongoDB the id is a string, stored the same way.
      by: isStaffUser(req.user) ? (req.user.id as number) : null,
    })
    data.closedAt = next === 'closed' ? at : null
  }
  data.statusHistory = stored
  return data
}
