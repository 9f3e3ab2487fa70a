import type { CollectionBeforeChangeHook } from 'payload'
import type { Inquiry } from '@portal/shared/payload-types'
import { OPEN_INQUIRY_STATUSES } from '../status'

/**
 * A public reply: stamps `repliedAt` the first time one is saved, and marks an
 * open inquiry answered, unless the same save sets its status on purpose.
 */
export const applyReply: CollectionBeforeChangeHook<Inquiry> = ({
  data,
  originalDoc,
  operation,
}) => {
  if (typeof data.publicReply === 'string') data.publicReply = data.publicReply.trim() || null
  const reply = data.publicReply
  const before = originalDoc?.publicReply?.trim() || null
  if (!reply || reply === before) return data

  if (!originalDoc?.repliedAt) data.repliedAt = data.repliedAt ?? new Date().toISOString()
  if (operation === 'update' && originalDoc) {
    const statusChosen = data.status !== undefined && data.status !== originalDoc.status
    if (!statusChosen && OPEN_INQUIRY_STATUSES.includes(originalDoc.status)) {
      data.status = 'answered'
    }
  }
  return data
}
