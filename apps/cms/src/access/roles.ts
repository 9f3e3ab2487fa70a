import { STAFF_ROLES, type StaffRole } from '@portal/shared/constants'

/** The shape of a signed-in staff user as access functions see it. */
export interface StaffUser {
  id: number | string
  roles?: StaffRole[] | null
  collection?: string
}

/** Slug of the auth collection of machine accounts (the portal's identity). */
export const SERVICE_ACCOUNTS_SLUG = 'service-accounts'

/** True when the request's user is a staff member holding one of the roles. */
export function userHasRole(user: unknown, roles: readonly StaffRole[]): boolean {
  const staff = user as StaffUser | null | undefined
  if (!staff || (staff.collection && staff.collection !== 'users')) return false
  return (staff.roles ?? []).some((role) => roles.includes(role))
}

/**
 * True for a real staff member: an account of the `users` collection with a
 * role. Never true for a service account, so "signed in" alone grants nothing
 * beyond what the public gets.
 */
export function isStaffUser(user: unknown): user is StaffUser {
  return userHasRole(user, STAFF_ROLES)
}

/** True when the request comes from the portal's service account (its API key). */
export function isPortalService(user: unknown): boolean {
  const account = user as { collection?: string } | null | undefined
  return account?.collection === SERVICE_ACCOUNTS_SLUG
}
