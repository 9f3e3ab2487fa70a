import type { Access } from 'payload'
import { isStaffUser } from './roles'

/**
 * Staff read everything; the public reads published documents only. A service
 * account is signed in but not staff: it reads what the public reads.
 */
export const publishedOrStaff: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  return { _status: { equals: 'published' } }
}
