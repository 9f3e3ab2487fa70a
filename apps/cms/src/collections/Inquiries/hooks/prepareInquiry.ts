import type { CollectionBeforeChangeHook } from 'payload'
import { INQUIRY_KINDS } from '@portal/shared/inquiry-kinds'
import type { Inquiry } from '@portal/shared/payload-types'
import { relationId } from '#cms/lib/relationId'
import { addWorkingDays } from '../workingDays'
import { handlesInquiry } from '../access'

/**
 * On creation: stamps when the inquiry was sent and consent given, sets the
 * reply deadline (working days, see workingDays.ts: the kind's own, or the
 * inquiry settings' when the kind lets staff set it), and puts an inquiry of
 * a kind routed to the project officer in the hands of its project's
 * responsible officer, when that officer handles the kind. Others start unassigned.
 */
export const prepareInquiry: CollectionBeforeChangeHook<Inquiry> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const submittedAt = data.submittedAt ? new Date(data.submittedAt) : new Date()
  data.submittedAt = submittedAt.toISOString()
  if (data.consent && !data.consentAt) data.consentAt = data.submittedAt

  const type = data.type
  // Without a type the document is refused anyway (the field is required).
  if (!type) return data
  const kind = INQUIRY_KINDS[type]
  if (!data.replyDueAt) {
    const settings = kind.replyDaysInSettings
      ? await req.payload.findGlobal({ slug: 'inquiry-settings', depth: 0, req })
      : null
    const days = settings?.replyWorkingDays ?? kind.replyWorkingDays
    data.replyDueAt = addWorkingDays(submittedAt, days).toISOString()
  }

  const projectId = relationId(data.project)
  if (
    relationId(data.assignee) === null &&
    kind.notify === 'project-officer' &&
    projectId !== null
  ) {
    const project = await req.payload.findByID({
      collection: 'projects',
      id: projectId,
      depth: 0,
      disableErrors: true,
      select: { tracking: { responsibleOfficer: true } },
      req,
    })
    const officerId = relationId(project?.tracking?.responsibleOfficer)
    if (officerId !== null) {
      const officer = await req.payload.findByID({
        collection: 'users',
        id: officerId,
        depth: 0,
        disableErrors: true,
        req,
      })
      if (officer && handlesInquiry({ ...officer, collection: 'users' }, type)) {
        data.assignee = officer.id
      }
    }
  }
  return data
}
