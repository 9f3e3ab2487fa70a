import type { Access, Where } from 'payload'
import { PUBLIC_PROJECT_STAGES } from '@portal/shared/constants'
import { isStaffUser } from './roles'

/**
 * Projects: staff read everything; the public (and the portal's service
 * account, which reads what the public reads) reads published projects in a
 * public stage only. A dropped project (已终止) stays in the CMS for the record
 * but never leaves it: not in a list, a page, the sitemap or a feed.
 */
export const listedProjectOrStaff: Access = ({ req }) => {
  if (isStaffUser(req.user)) return true
  const listed: Where[] = [
    { _status: { equals: 'published' } },
    { stage: { in: [...PUBLIC_PROJECT_STAGES] } },
  ]
  return { and: listed }
}
