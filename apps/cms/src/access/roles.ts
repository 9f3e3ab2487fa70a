import type { StaffRole } from '@portal/shared/constants'

/** The shape of a signed-in staff user as access functions see it. */
export interface StaffUser {
  id: number | string
  roles?: StaffRole[] | null
  collection?: string
}

/** True when the request's user is a staff member holding one of the roles. */
export function userHasRole(user: unknown, roles: readonly StaffRole[]): boolean {
  const staff = user as StaffUser | null | undefined
  if (!staff || (staff.collection && staff.collection !== 'users')) return false
  return (staff.roles ?? []).some((role) => roles.includes(role))
}
