import type { CollectionAfterChangeHook } from 'payload'
import type { Inquiry } from '@portal/shared/payload-types'
import { env } from '#cms/env'
import { sendInBackground } from '#cms/lib/sendInBackground'
import { inquiryNotice, type NoticeReason } from '../mail'
import { relationId } from '#cms/lib/relationId'

/**
 * Tells staff about an inquiry by mail: on creation the assignee, or the duty
 * inbox (inquiry settings) when nobody is assigned; later, whoever it is
 * assigned to next. Everything the mail needs is read here, inside the
 * request; only the delivery runs in the background. Seeding sends nothing.
 */
export const notifyStaff: CollectionAfterChangeHook<Inquiry> = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (context.seeding) return doc
  const { payload } = req
  const assigneeId = relationId(doc.assignee)
  const previousAssignee = operation === 'update' ? relationId(previousDoc?.assignee) : null

  let reason: NoticeReason
  if (operation === 'create') reason = assigneeId !== null ? 'new-assigned' : 'new-unassigned'
  else if (assigneeId !== null && assigneeId !== previousAssignee) reason = 'reassigned'
  else return doc

  let to: string | null | undefined
  if (assigneeId !== null) {
    const assignee = await payload.findByID({
      collection: 'users',
      id: assigneeId,
      depth: 0,
      disableErrors: true,
      req,
    })
    to = assignee?.email
  } else {
    const settings = await payload.findGlobal({ slug: 'inquiry-settings', depth: 0, req })
    to = settings.dutyEmail
  }
  if (!to) {
    payload.logger.warn(
      `[inquiries] ${doc.trackingNumber}: nobody was notified (no assignee address and no duty inbox in 咨询设置)`,
    )
    return doc
  }

  const projectId = relationId(doc.project)
  const project =
    projectId !== null
      ? await payload.findByID({
          collection: 'projects',
          id: projectId,
          depth: 0,
          locale: 'zh',
          disableErrors: true,
          select: { title: true },
          req,
        })
      : null
  const notice = inquiryNotice(doc, {
    reason,
    projectTitle: project?.title,
    cmsPublicUrl: env.CMS_PUBLIC_URL,
  })
  sendInBackground(payload, { to, ...notice }, `the notice of ${doc.trackingNumber}`)
  return doc
}
