import type { CollectionBeforeChangeHook } from 'payload'
import type { MarketPost } from '@portal/shared/payload-types'
import { endOfChinaDay } from '../expiry'

/**
 * Before a save: the expiry moves to the end of its day (China time), and
 * the first approval stamps `publishedAt`, which the board sorts by and the
 * annual figures count.
 */
export const prepareMarketPost: CollectionBeforeChangeHook<MarketPost> = ({
  data,
  originalDoc,
}) => {
  if (data.expiresAt) data.expiresAt = endOfChinaDay(data.expiresAt)
  const status = data.reviewStatus ?? originalDoc?.reviewStatus
  if (status === 'approved' && !(data.publishedAt ?? originalDoc?.publishedAt)) {
    data.publishedAt = new Date().toISOString()
  }
  return data
}
