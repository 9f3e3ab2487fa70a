import type { Access, Where } from 'payload'
import type { StaffRole } from '@portal/shared/constants'
import {
  INQUIRY_KINDS,
  INQUIRY_TYPES,
  inquiryKind,
  type InquiryType,
} from '@portal/shared/inquiry-kinds'
import { userHasRole } from '#cms/access/roles'

/**
 * Which staff handle which inquiries is each kind's `handlers` in the shared
 * table (investment officers the project and general ones, chamber staff the
 * returnees, admins all of them). Editors, the public and the portal's
 * service account handle none unless a kind names them.
 */

/** The roles that handle inquiries of this type, or of any type when it is not (yet) one. */
export function inquiryHandlers(type: unknown): StaffRole[] {
  const kind = inquiryKind(type)
  const kinds = kind ? [kind] : Object.values(INQUIRY_KINDS)
  return [...new Set(kinds.flatMap((kind) => kind.handlers))]
}

/** The inquiry types a user handles (all for an admin, none for anyone else without a handling role). */
export function inquiryTypesFor(user: unknown): InquiryType[] {
  return INQUIRY_TYPES.filter((type) => handlesInquiry(user, type))
}

/** True when a staff user may be put in charge of an inquiry of this type. */
export function handlesInquiry(user: unknown, type: InquiryType): boolean {
  return userHasRole(user, INQUIRY_KINDS[type].handlers)
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
