import type { ServiceAccount, User } from '@portal/shared/payload-types'

/**
 * Local API options that apply the access rules as `user` (none: the public).
 * Kept apart from the helpers so files that import the configuration late can use it.
 */
export const asUser = (user: User | ServiceAccount | undefined) =>
  ({ user, overrideAccess: false }) as const
