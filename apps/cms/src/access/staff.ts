import type { Access, FieldAccess } from 'payload'
import { STAFF_ROLES, type StaffRole } from '@portal/shared/constants'
import { isStaffUser } from './roles'

/** Every staff role. */
export const ALL_STAFF: readonly StaffRole[] = STAFF_ROLES

/** Any signed-in staff member (used where the public must never see a field). */
export const staffOnlyField: FieldAccess = ({ req }) => isStaffUser(req.user)

/** Any signed-in staff member, at collection level. */
export const staffOnly: Access = ({ req }) => isStaffUser(req.user)
