import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import type { FollowUp } from '@portal/shared/payload-types'
import { relationId } from '#cms/lib/relationId'

/** The next follow-up date a project's log asks for: that of its latest entry. */
export async function latestNextDate(
  req: PayloadRequest,
  project: number | string,
): Promise<string | null> {
  const { docs } = await req.payload.find({
    collection: 'follow-ups',
    where: { project: { equals: project } },
    sort: ['-date', '-createdAt'],
    limit: 1,
    depth: 0,
    select: { nextDate: true },
    req,
  })
  return docs[0]?.nextDate ?? null
}

/**
 * Writes the date into the project and into its latest version (the one the
 * admin shows and the dashboard reads) without saving a new version: a log
 * entry must neither publish a pending draft nor notify the portal, and the
 * date is staff-only, so nothing public changes.
 */
async function writeNextFollowUp(req: PayloadRequest, project: number | string): Promise<void> {
  const nextFollowUp = await latestNextDate(req, project)
  const { db } = req.payload
  const found = await db.find<Record<string, unknown>>({
    collection: 'projects',
    where: { id: { equals: project } },
    limit: 1,
    req,
  })
  const current = found.docs[0]
  if (!current) return
  const tracking = { ...(current.tracking as object | undefined), nextFollowUp }
  await db.updateOne({ collection: 'projects', id: project, data: { tracking }, req })
  const versions = await db.findVersions<Record<string, unknown>>({
    collection: 'projects',
    where: { and: [{ parent: { equals: project } }, { latest: { equals: true } }] },
    limit: 1,
    req,
  })
  const latest = versions.docs[0]
  if (!latest) return
  const version = latest.version as Record<string, unknown>
  await db.updateVersion({
    collection: 'projects',
    id: latest.id,
    versionData: {
      ...latest,
      version: { ...version, tracking: { ...(version.tracking as object), nextFollowUp } },
    } as never,
    req,
  })
}

/** After an entry is saved, the project's next follow-up date follows the latest entry. */
export const syncNextFollowUp: CollectionAfterChangeHook<FollowUp> = async ({
  doc,
  previousDoc,
  req,
}) => {
  const project = relationId(doc.project)
  if (project !== null) await writeNextFollowUp(req, project)
  // An admin who moves an entry to another project changes the old project's latest entry too.
  const before = relationId(previousDoc?.project)
  if (before !== null && before !== project) await writeNextFollowUp(req, before)
  return doc
}

/** After an admin removes an entry, the date falls back to the entry now latest. */
export const syncNextFollowUpAfterDelete: CollectionAfterDeleteHook<FollowUp> = async ({
  doc,
  req,
}) => {
  const project = relationId(doc.project)
  if (project !== null) await writeNextFollowUp(req, project)
  return doc
}
