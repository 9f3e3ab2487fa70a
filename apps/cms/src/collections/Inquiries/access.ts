import type { Access, Where } from 'payload'
import type { StaffRole } from '@portal/shared/constants'
import { INQUIRY_TYPES, type InquiryType } from '@portal/shared/inquiry'
import { userHasRole } from '../../access/roles'

/**
 * Which staff handle which inquiries: investment officers the project and
 * general ones, chamber staff the returnees; admins all of them. Editors,
 * the public and the portal's service account none.
 */
export const INQUIRY_HANDLERS: Record<InquiryType, readonly StaffRole[]> = {
  project: ['admin', 'investment-officer'],
  general: ['admin', 'investment-officer'],
  returnee: ['admin', 'chamber-staff'],
}

/** The inquiry types a user handles (all for an admin, none for anyone else without a handling role). */
export function inquiryTypesFor(user: unknown): InquiryType[] {
  return INQUIRY_TYPES.filter((type) => userHasRole(user, INQUIRY_HANDLERS[type]))
}

/** True when a staff user may be put in charge of an inquiry of this type. */
export function handlesInquiry(user: unknown, type: InquiryType): boolean {
  return userHasRole(user, INQUIRY_HANDLERS[type])
}

/**
 * Read and update: the inquiries of the types the user handles, as a query
 * constraint so that lists, counts and single documents all obey it.
 */
export const inquiryScope: Access = ({ req }) => {
  if (userHasRole(req.user, ['admin'])) return true
  const types = inquiryTypesFor(req.user)
  if (types.length === 0) return false
  return { type: { in: types } } satisfies Where
}
