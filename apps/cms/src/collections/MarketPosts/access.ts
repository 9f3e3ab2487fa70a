import type { Access, FieldAccess, Where } from 'payload'
import { INQUIRY_KINDS } from '@portal/shared/inquiry-kinds'
import { userHasRole } from '#cms/access/roles'

/**
 * Who reviews the supply and demand board: the staff who handle its posting
 * inquiries (the `market-post` kind's handlers in the shared table), so the
 * people who read a poster's contact details are the same in both places.
 */
export const MARKET_REVIEWERS = INQUIRY_KINDS['market-post'].handlers

/** Staff who review posts and see who posted them. */
export const isMarketReviewer = (user: unknown) => userHasRole(user, MARKET_REVIEWERS)

export const marketReviewers: Access = ({ req }) => isMarketReviewer(req.user)

/** Field level: the poster's name and contact, for reviewers only (never the public, never the portal). */
export const marketReviewersField: FieldAccess = ({ req }) => isMarketReviewer(req.user)

/**
 * What the public and the portal's service account read: approved posts
 * whose expiry has not passed, decided at read time, so a post leaves the
 * board by itself when it expires. Reviewers read every post.
 */
export const publicMarketPosts: Access = ({ req }) => {
  if (isMarketReviewer(req.user)) return true
  const onBoard: Where[] = [
    { reviewStatus: { equals: 'approved' } },
    { expiresAt: { greater_than: new Date().toISOString() } },
  ]
  return { and: onBoard }
}
