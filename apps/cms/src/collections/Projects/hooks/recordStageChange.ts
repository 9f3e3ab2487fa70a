import type { CollectionBeforeChangeHook } from 'payload'
import type { Project } from '@portal/shared/payload-types'

type StageEntry = NonNullable<NonNullable<Project['tracking']>['stageHistory']>[number]

/**
 * Appends to the stage history whenever a project's stage changes (or on
 * creation): when, from which stage, to which, and who did it. Staff cannot
 * edit the history by hand; what they send for it is replaced by the stored one.
 */
export const recordStageChange: CollectionBeforeChangeHook<Project> = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const stored: StageEntry[] = (originalDoc?.tracking?.stageHistory ?? []).map((entry) => ({
    ...entry,
  }))
  const previous = operation === 'create' ? null : (originalDoc?.stage ?? null)
  const next = data.stage ?? previous
  if (next && next !== previous) {
    stored.push({
      at: new Date().toISOString(),
      from: previous,
      to: next,
      // Generated types say number (SQLite ids); on MongoDB the id is a string, stored the same way.
      by: req.user?.collection === 'users' ? (req.user.id as number) : null,
    })
  }
  data.tracking = { ...originalDoc?.tracking, ...data.tracking, stageHistory: stored }
  return data
}
