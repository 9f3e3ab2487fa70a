import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A project's follow-up log goes with it: the entries cannot outlive their
 * project (the log's `project` is required, so the database refuses to clear
 * it), and staff who may delete a project may drop its log with it.
 */
export const removeFollowUps: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'follow-ups',
    where: { project: { equals: id } },
    overrideAccess: true,
    req,
  })
}
