import type { CollectionBeforeChangeHook } from 'payload'
import type { Inquiry } from '@portal/shared/payload-types'
import { DEFAULT_REPLY_WORKING_DAYS } from '../../../globals/InquirySettings'
import { relationId } from '../../../inquiries/relation'
import { addWorkingDays } from '../../../inquiries/workingDays'
import { handlesInquiry } from '../access'

/**
 * On creation: stamps when the inquiry was sent and consent given, sets the
 * reply deadline from the inquiry settings (working days, see workingDays.ts),
 * and puts a project inquiry in the hands of the project's responsible
 * officer, when that officer handles project inquiries. Others start unassigned.
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

  if (!data.replyDueAt) {
    const settings = await req.payload.findGlobal({ slug: 'inquiry-settings', depth: 0, req })
    const days = settings.replyWorkingDays ?? DEFAULT_REPLY_WORKING_DAYS
    data.replyDueAt = addWorkingDays(submittedAt, days).toISOString()
  }

  const projectId = relationId(data.project)
  if (relationId(data.assignee) === null && data.type === 'project' && projectId !== null) {
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
      if (officer && handlesInquiry({ ...officer, collection: 'users' }, 'project')) {
        data.assignee = officer.id
      }
    }
  }
  return data
}
