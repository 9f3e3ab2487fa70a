import type { FieldHook } from 'payload'
import { isStaffUser } from '#cms/access/roles'

/**
 * The next follow-up date belongs to the follow-up log (see
 * FollowUps/hooks/syncNextFollowUp.ts): what staff send for it is replaced
 * by the stored date, so it can only move by adding an entry. Server code
 * without a staff user (the seed, imports) may still set it.
 */
export const keepNextFollowUp: FieldHook = ({ value, previousValue, operation, req }) => {
  if (!isStaffUser(req.user)) return value
  return operation === 'create' ? null : (previousValue ?? null)
}
