import type { CollectionAfterChangeHook } from 'payload'
import { MARKET_REVIEW_LABELS, type MarketReviewStatus } from '@portal/shared/market'
import type { InquiryStatus } from '@portal/shared/inquiry'
import type { Locale } from '@portal/shared/locales'
import type { MarketPost } from '@portal/shared/payload-types'
import { relationId } from '#cms/lib/relationId'

/** The inquiry status a poster sees for each review state. */
const INQUIRY_STATUS: Record<MarketReviewStatus, InquiryStatus> = {
  pending: 'received',
  'changes-requested': 'in-progress',
  approved: 'answered',
  rejected: 'closed',
}

const OUTCOME: Record<MarketReviewStatus, { zh: string; en: string }> = {
  pending: { zh: '您的供求信息正在审核。', en: 'Your post is being reviewed.' },
  'changes-requested': {
    zh: '审核人员请您修改后重新提交：',
    en: 'The reviewers ask you to change your post and send it again:',
  },
  approved: {
    zh: '您的供求信息已通过审核，在有效期内公开展示。',
    en: 'Your post was accepted and is on the board until it expires.',
  },
  rejected: { zh: '您的供求信息未通过审核。原因：', en: 'Your post was not accepted. Reason:' },
}

/** What the poster reads on the status page of their number, in their language. */
export function reviewReply(status: MarketReviewStatus, note: string | null, locale: Locale) {
  const head = `【${MARKET_REVIEW_LABELS[status][locale]}】${OUTCOME[status][locale]}`
  return note?.trim() ? `${head}${locale === 'en' ? ' ' : ''}${note.trim()}` : head
}

/**
 * After a review: the post's filing inquiry takes the outcome as its status
 * and public reply, so the poster sees it (and the reason of a refusal) when
 * they look up their tracking number. Nothing happens when neither the state
 * nor the note changed, or the post was not filed through the portal.
 */
export const reportReview: CollectionAfterChangeHook<MarketPost> = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  const inquiryId = relationId(doc.inquiry)
  if (inquiryId === null || context.seeding) return doc
  const changed =
    operation === 'update' &&
    (doc.reviewStatus !== previousDoc?.reviewStatus ||
      (doc.reviewNote ?? '') !== (previousDoc?.reviewNote ?? ''))
  if (!changed) return doc
  const status = doc.reviewStatus ?? 'pending'
  const locale = doc.poster?.locale === 'en' ? 'en' : 'zh'
  await req.payload.update({
    collection: 'inquiries',
    id: inquiryId,
    data: {
      status: INQUIRY_STATUS[status],
      publicReply: reviewReply(status, doc.reviewNote ?? null, locale),
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
  return doc
}
