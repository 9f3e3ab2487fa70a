import { z } from 'zod'
import { PublicMedia } from './content'
import { MARKET_CATEGORIES, MARKET_CERTIFICATIONS, MARKET_POST_KINDS, MARKET_UNITS } from './market'
import { LocalizedText, OptionalLocalizedText, Paginated } from './project'

/**
 * What the portal reads of the supply and demand board. A public post carries
 * the goods and never who posted them: the CMS refuses the poster's fields to
 * every reader but the reviewing staff, and these schemas do not know them.
 */

const Id = z.union([z.number(), z.string()])

export const PublicMarketPost = z.object({
  id: Id,
  kind: z.enum(MARKET_POST_KINDS),
  category: z.enum(MARKET_CATEGORIES),
  title: LocalizedText,
  variety: LocalizedText,
  description: OptionalLocalizedText.nullish(),
  quantity: z.number(),
  unit: z.enum(MARKET_UNITS),
  price: z.number().nullish(),
  township: z.string(),
  availableFrom: z.string(),
  availableUntil: z.string().nullish(),
  certifications: z.array(z.enum(MARKET_CERTIFICATIONS)).nullish(),
  photos: z.array(z.union([PublicMedia, Id])).nullish(),
  expiresAt: z.string(),
  publishedAt: z.string().nullish(),
  updatedAt: z.string(),
})
export type PublicMarketPost = z.infer<typeof PublicMarketPost>

/** The fields the board's cards show (`select`); the post page reads them all. */
export const MARKET_CARD_FIELDS = [
  'kind',
  'category',
  'title',
  'variety',
  'quantity',
  'unit',
  'price',
  'township',
  'availableFrom',
  'availableUntil',
  'certifications',
  'expiresAt',
  'publishedAt',
  'updatedAt',
] as const

/** A post as a card on the board shows it. */
export const PublicMarketCard = PublicMarketPost.pick({
  id: true,
  kind: true,
  category: true,
  title: true,
  variety: true,
  quantity: true,
  unit: true,
  price: true,
  township: true,
  availableFrom: true,
  availableUntil: true,
  certifications: true,
  expiresAt: true,
  publishedAt: true,
  updatedAt: true,
})
export type PublicMarketCard = z.infer<typeof PublicMarketCard>

export const PublicMarketList = Paginated(PublicMarketCard)
export type PublicMarketList = z.infer<typeof PublicMarketList>
