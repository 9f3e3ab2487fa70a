import type { Access } from 'payload'
import { isStaffUser } from './roles'

/** Any signed-in staff user (a service account is signed in, but is not staff). */
export const authenticated: Access = ({ req }) => isStaffUser(req.user)
