import type { MarketFilters } from '@portal/shared/filters'
import type { MarketCategory } from '@portal/shared/market'
import { MARKET_CARD_FIELDS, PublicMarketList, PublicMarketPost } from '@portal/shared/market-board'
import { CARD_MEDIA_FIELDS } from '@portal/shared/content'
import type { z } from 'zod'

/**
 * The supply and demand board's reads, part of the CMS client (`cms.ts`),
 * over its `list` and `get`. The CMS itself keeps expired and unapproved
 * posts and every poster's details out of what the portal may read; these
 * reads only choose and sort.
 */

type Where = Record<string, unknown>
interface ClientParts {
  list: <T extends z.ZodType>(
    collection: string,
    schema: T,
    where: Where,
    options: {
      page?: number
      limit?: number
      sort?: string
      depth?: number
      select?: readonly string[]
      populate?: Record<string, readonly string[]>
    },
  ) => Promise<z.infer<T>>
  get: <T extends z.ZodType>(
    path: string,
    params: Record<string, string | number | undefined>,
    schema: T,
  ) => Promise<z.infer<T>>
  /** True for the CMS's “no such document” (404), which a read turns into null. */
  isMissing: (error: unknown) => boolean
}

/** A post's id as the CMS gives it: digits (SQLite) or a 24-digit hex ObjectId (MongoDB). */
const POST_ID = /^(?:\d{1,12}|[0-9a-f]{24})$/

/** The board's reads for the CMS client. */
export function marketReads({ list, get, isMissing }: ClientParts) {
  return {
    /** Posts on the board (approved, not expired) matching the filters, newest first. */
    listMarketPosts(
      filters: Partial<MarketFilters> & { categories?: MarketCategory[]; limit?: number } = {},
    ) {
      const and: Where[] = []
      if (filters.kind) and.push({ kind: { equals: filters.kind } })
      if (filters.category) and.push({ category: { equals: filters.category } })
      if (filters.categories) and.push({ category: { in: filters.categories.join(',') } })
      if (filters.township) and.push({ township: { equals: filters.township } })
      return list('market-posts', PublicMarketList, and.length ? { and } : {}, {
        page: filters.page,
        limit: filters.limit ?? 12,
        sort: '-publishedAt',
        depth: 0,
        select: MARKET_CARD_FIELDS,
      })
    },

    /** One post on the board by id, or null (unknown, not approved, expired or malformed id). */
    async getMarketPost(id: string) {
      if (!POST_ID.test(id)) return null
      try {
        return await get(
          `market-posts/${id}`,
          {
            locale: 'all',
            depth: 1,
            ...Object.fromEntries(CARD_MEDIA_FIELDS.map((f) => [`populate[media][${f}]`, 'true'])),
          },
          PublicMarketPost,
        )
      } catch (error) {
        if (isMissing(error)) return null
        throw error
      }
    },
  }
}
