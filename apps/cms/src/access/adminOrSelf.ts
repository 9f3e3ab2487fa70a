import type { Access } from 'payload'
import { isStaffUser, userHasRole } from './roles'

/**
 * Admins reach every account; other staff only their own. Ids are per
 * collection, so a service account (whose id may equal a staff user's) gets nothing.
 */
export const adminOrSelf: Access = ({ req }) => {
  if (!isStaffUser(req.user)) return false
  if (userHasRole(req.user, ['admin'])) return true
  return { id: { equals: req.user.id } }
}
