import type { Access, FieldAccess } from 'payload'
import { userHasRole } from './roles'
import type { StaffRole } from '@portal/shared/constants'

/** Every staff role. */
export const ALL_STAFF: readonly StaffRole[] = [
  'admin',
  'editor',
  'investment-officer',
  'chamber-staff',
]

/** Any signed-in staff member (used where the public must never see a field). */
export const staffOnlyField: FieldAccess = ({ req }) => userHasRole(req.user, ALL_STAFF)

/** Any signed-in staff member, at collection level. */
export const staffOnly: Access = ({ req }) => userHasRole(req.user, ALL_STAFF)
