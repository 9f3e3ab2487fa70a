import { z } from 'zod'
import { PublicMedia } from './content'
import { bilingualChoices, type Bilingual } from './locales'
import { LocalizedText, OptionalLocalizedText, Slug } from './project'

/**
 * The costs an investor compares between parks (要素成本). Each kind has one
 * fixed unit, so staff type only the figure and two parks always compare like
 * with like; the unit is shown beside every figure in both languages.
 */
const parkCostChoices = bilingualChoices({
  'land-price': { zh: '工业用地出让价', en: 'Industrial land price' },
  'factory-rent': { zh: '标准厂房租金', en: 'Standard factory rent' },
  electricity: { zh: '工业用电价格', en: 'Industrial electricity' },
  water: { zh: '工业用水价格', en: 'Industrial water' },
  gas: { zh: '工业天然气价格', en: 'Industrial natural gas' },
  wages: { zh: '普通工人月工资', en: 'Typical worker wage' },
})
export const PARK_COST_KINDS = parkCostChoices.values
export type ParkCostKind = (typeof PARK_COST_KINDS)[number]
export const PARK_COST_LABELS = parkCostChoices.labels

/** The one unit of each cost kind. */
export const PARK_COST_UNITS: Record<ParkCostKind, Bilingual> = {
  'land-price': { zh: '万元/亩', en: '10k CNY per mu' },
  'factory-rent': { zh: '元/平方米·月', en: 'CNY per m² per month' },
  electricity: { zh: '元/千瓦时', en: 'CNY per kWh' },
  water: { zh: '元/吨', en: 'CNY per tonne' },
  gas: { zh: '元/立方米', en: 'CNY per m³' },
  wages: { zh: '元/月', en: 'CNY per month' },
}

/** Marker positions are percentages of the map image's width and height. */
export const MapPercent = z.number().min(0).max(100)

const Id = z.union([z.number(), z.string()])

export const ParkCost = z.object({
  kind: z.enum(PARK_COST_KINDS),
  amount: z.number().nonnegative(),
  /** The top of a range (0.58–0.66 元/千瓦时), when the figure is one. */
  amountMax: z.number().nonnegative().nullish(),
  note: OptionalLocalizedText.nullish(),
  /** The day staff last confirmed the figure. */
  confirmedAt: z.string(),
})
export type ParkCost = z.infer<typeof ParkCost>

/** A staff-placed marker: which project, where on the image. */
export const ParkMapMarker = z.object({
  project: z.union([z.object({ id: Id }).loose(), Id]).nullish(),
  x: MapPercent,
  y: MapPercent,
})
export type ParkMapMarker = z.infer<typeof ParkMapMarker>

/** A park with everything its page shows (read at depth 1: the map image comes populated). */
export const PublicParkDetail = z.object({
  id: Id,
  slug: Slug,
  title: LocalizedText,
  description: OptionalLocalizedText.nullish(),
  industries: OptionalLocalizedText.nullish(),
  availableLandMu: z.number().nullish(),
  factorySpaceSqm: z.number().nullish(),
  costs: z.array(ParkCost).nullish(),
  distances: z
    .array(
      z.object({
        place: LocalizedText,
        km: z.number().nonnegative(),
        minutes: z.number().nullish(),
      }),
    )
    .nullish(),
  contacts: z
    .array(
      z.object({
        name: LocalizedText,
        role: OptionalLocalizedText.nullish(),
        phone: z.string().nullish(),
        email: z.string().nullish(),
      }),
    )
    .nullish(),
  map: z
    .object({
      image: z.union([PublicMedia, Id]).nullish(),
      approvalNumber: z.string().nullish(),
      caption: OptionalLocalizedText.nullish(),
      markers: z.array(ParkMapMarker).nullish(),
    })
    .nullish(),
  order: z.number().nullish(),
  updatedAt: z.string(),
})
export type PublicParkDetail = z.infer<typeof PublicParkDetail>

/** A park's card in the list: what it is for, land, factory space; no map, costs or contacts. */
export const PARK_CARD_FIELDS = [
  'slug',
  'title',
  'description',
  'industries',
  'availableLandMu',
  'factorySpaceSqm',
  'order',
  'updatedAt',
] as const
export const PublicParkCard = PublicParkDetail.pick({
  id: true,
  slug: true,
  title: true,
  description: true,
  industries: true,
  availableLandMu: true,
  factorySpaceSqm: true,
  order: true,
  updatedAt: true,
})
export type PublicParkCard = z.infer<typeof PublicParkCard>
