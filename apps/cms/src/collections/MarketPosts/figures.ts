import type { Payload, Where } from 'payload'

/** The board's figures for one year, for the annual report (年度工作总结). */
export interface MarketFigures {
  year: number
  /** Posts first published in the year (approved by a reviewer). */
  postsPublished: number
  /** Of those, supply and demand posts. */
  supply: number
  demand: number
  /** Replies to posts (联系供方/需方) staff passed on: answered in the year. */
  contactsForwarded: number
}

/** The year's bounds in China time (UTC+8), as ISO moments. */
function yearRange(year: number, field: string): Where {
  return {
    and: [
      { [field]: { greater_than_equal: new Date(`${year}-01-01T00:00:00+08:00`).toISOString() } },
      { [field]: { less_than: new Date(`${year + 1}-01-01T00:00:00+08:00`).toISOString() } },
    ],
  }
}

/**
 * Counts what the supply and demand board did in a calendar year: posts
 * published (by kind) and replies forwarded. A reply counts as forwarded
 * when staff first answer it (the public reply says it was passed on), so
 * its year is that of `repliedAt`. Reads with full access: a report's totals,
 * not a listing of anyone's data.
 */
export async function marketFigures(payload: Payload, year: number): Promise<MarketFigures> {
  const published = yearRange(year, 'publishedAt')
  const count = async (collection: 'market-posts' | 'inquiries', where: Where) =>
    (await payload.count({ collection, where, overrideAccess: true })).totalDocs
  const [postsPublished, supply, demand, contactsForwarded] = await Promise.all([
    count('market-posts', published),
    count('market-posts', { and: [published, { kind: { equals: 'supply' } }] }),
    count('market-posts', { and: [published, { kind: { equals: 'demand' } }] }),
    count('inquiries', {
      and: [yearRange(year, 'repliedAt'), { type: { equals: 'market-contact' } }],
    }),
  ])
  return { year, postsPublished, supply, demand, contactsForwarded }
}
