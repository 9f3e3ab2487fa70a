import type { Access } from 'payload'

/** Any signed-in staff user. */
export const authenticated: Access = ({ req }) => Boolean(req.user)
