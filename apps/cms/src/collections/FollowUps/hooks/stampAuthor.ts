import type { CollectionBeforeChangeHook } from 'payload'
import type { FollowUp } from '@portal/shared/payload-types'
import { isStaffUser } from '#cms/access/roles'
import { relationId } from '#cms/lib/relationId'

/**
 * The author of an entry is whoever saved it, never what the form sent; an
 * admin's correction keeps the original author. Server code writing without a
 * staff user (the seed, the migration of old notes) names the author itself.
 */
export const stampAuthor: CollectionBeforeChangeHook<FollowUp> = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation === 'update') {
    data.author = relationId(originalDoc?.author) as number | null
  } else if (isStaffUser(req.user)) {
    // Generated types say number (SQLite ids); on MongoDB the id is a string, stored the same way.
    data.author = req.user.id as number
  }
  return data
}
