import type { Payload, PayloadRequest } from 'payload'
import { MARKET_POST_KIND_LABELS, MARKET_UNIT_LABELS } from '@portal/shared/market'
import type { InquiryFields, InquirySubmission } from '@portal/shared/inquiry'
import type { Locale } from '@portal/shared/locales'
import { relationId } from '#cms/lib/relationId'
import { endOfChinaDay } from './expiry'

type Post = NonNullable<InquiryFields['post']>

/** A title the board can show until a reviewer writes a better one: 供应 高山绿茶 5 吨. */
function draftTitle(post: Post, locale: Locale): string {
  const kind = MARKET_POST_KIND_LABELS[post.kind][locale]
  const unit = MARKET_UNIT_LABELS[post.unit][locale]
  return `${kind} ${post.variety} ${post.quantity} ${unit}`.slice(0, 80)
}

/**
 * Files the post of a `market-post` inquiry as a market post awaiting review,
 * linked both ways, unless the inquiry has one already (a second delivery of
 * the same submission, or one that was interrupted between the two writes).
 * The texts are stored in Chinese, the board's default language, and also in
 * English when the poster wrote in English, so neither page shows nothing.
 */
export async function fileMarketPost(
  payload: Payload,
  inquiry: { id: number | string; marketPost?: unknown },
  fields: InquiryFields,
  submission: Pick<InquirySubmission, 'trackingNumber' | 'locale'>,
): Promise<void> {
  const post = fields.post
  if (!post || relationId(inquiry.marketPost) !== null) return
  const locale = submission.locale === 'en' ? 'en' : 'zh'
  const texts = {
    title: draftTitle(post, locale),
    variety: post.variety,
    description: fields.message,
  }
  const created = await payload.create({
    collection: 'market-posts',
    locale: 'zh',
    overrideAccess: true,
    depth: 0,
    data: {
      ...texts,
      kind: post.kind,
      category: post.category,
      quantity: post.quantity,
      unit: post.unit,
      price: post.price,
      township: post.township,
      availableFrom: post.availableFrom,
      availableUntil: post.availableUntil,
      certifications: post.certifications,
      expiresAt: endOfChinaDay(post.expiresAt),
      reviewStatus: 'pending',
      trackingNumber: submission.trackingNumber,
      inquiry: inquiry.id as number,
      poster: {
        name: fields.name,
        organisation: fields.organisation,
        phone: fields.phone,
        email: fields.email,
        locale,
      },
    },
  })
  if (locale === 'en') {
    await payload.update({
      collection: 'market-posts',
      id: created.id,
      locale: 'en',
      overrideAccess: true,
      depth: 0,
      data: texts,
    })
  }
  await payload.update({
    collection: 'inquiries',
    id: inquiry.id,
    overrideAccess: true,
    depth: 0,
    data: { marketPost: created.id },
  })
}

/** The id of the post a `market-contact` inquiry names, if that post exists (expired or not). */
export async function findMarketPost(payload: Payload, id: string | null) {
  if (!id || !/^\d{1,12}$|^[0-9a-f]{24}$/.test(id)) return null
  const found = await payload.find({
    collection: 'market-posts',
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { reviewStatus: true },
  })
  return found.docs[0]?.id ?? null
}

/**
 * When the inquiry a post was filed with is anonymised (retention, see
 * Inquiries/retention.ts), the copy of the poster's details on the post goes
 * too; the goods stay, they were public.
 */
export async function forgetPoster(
  payload: Payload,
  inquiry: { type?: string | null; marketPost?: unknown },
  anonymisedName: string,
  req?: PayloadRequest,
): Promise<void> {
  const postId = relationId(inquiry.marketPost)
  if (inquiry.type !== 'market-post' || postId === null) return
  await payload.update({
    collection: 'market-posts',
    id: postId,
    data: { poster: { name: anonymisedName, organisation: null, phone: null, email: null } },
    overrideAccess: true,
    depth: 0,
    req,
  })
}
