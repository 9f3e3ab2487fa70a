import type { InquiryStatus } from '@portal/shared/inquiry'

/** Statuses in which an inquiry still waits for staff, and can be overdue. */
export const OPEN_INQUIRY_STATUSES: readonly InquiryStatus[] = ['received', 'in-progress']

/** True when an open inquiry is past its reply deadline at `now`. */
export function isOverdue(
  inquiry: { status?: string | null; replyDueAt?: string | null },
  now: Date = new Date(),
): boolean {
  if (!inquiry.replyDueAt) return false
  if (!OPEN_INQUIRY_STATUSES.includes(inquiry.status as InquiryStatus)) return false
  return new Date(inquiry.replyDueAt).getTime() < now.getTime()
}
