import type { Access } from 'payload'

/** Staff read everything; the public reads published documents only. */
export const publishedOrStaff: Access = ({ req }) => {
  if (req.user) return true
  return { _status: { equals: 'published' } }
}
