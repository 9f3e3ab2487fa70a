import type { Access, FieldAccess } from 'payload'
import type { StaffRole } from '@portal/shared/constants'
import { userHasRole } from './roles'

/** Staff holding any of the given roles. */
export function hasRole(...roles: StaffRole[]): Access {
  return ({ req }) => userHasRole(req.user, roles)
}

/** Field-level variant of `hasRole`. */
export function fieldHasRole(...roles: StaffRole[]): FieldAccess {
  return ({ req }) => userHasRole(req.user, roles)
}
