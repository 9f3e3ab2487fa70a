import { z } from 'zod'
import { choice, issue, requiredText, text } from './form-rules'
import { bilingualChoices, type Bilingual } from './locales'

/**
 * The agricultural supply and demand board (农产品供求): what a post is, in
 * the words visitors and staff see, and the contract of what a visitor posts
 * (`MarketPostInput`). A post is filed as an inquiry of the kind
 * `market-post` (see ./inquiry-kinds), so it passes the same protections and
 * gets a tracking number; the CMS turns it into a `market-posts` document
 * that staff review before it appears on the board.
 */

/** Supply (供应: a co-operative offers) or demand (求购: a buyer wants). */
const kindChoices = bilingualChoices({
  supply: { zh: '供应', en: 'Supply' },
  demand: { zh: '求购', en: 'Demand' },
})
export const MARKET_POST_KINDS = kindChoices.values
export type MarketPostKind = (typeof MARKET_POST_KINDS)[number]
export const MARKET_POST_KIND_LABELS = kindChoices.labels

/** Product categories of the county's farms. */
const categoryChoices = bilingualChoices({
  tea: { zh: '茶叶', en: 'Tea' },
  vegetables: { zh: '蔬菜', en: 'Vegetables' },
  fruit: { zh: '水果', en: 'Fruit' },
  herbs: { zh: '中药材', en: 'Medicinal herbs' },
  pork: { zh: '生猪及猪肉', en: 'Pigs and pork' },
  poultry: { zh: '禽蛋', en: 'Poultry and eggs' },
  grain: { zh: '粮油', en: 'Grain and oil' },
  fungi: { zh: '食用菌', en: 'Edible fungi' },
})
export const MARKET_CATEGORIES = categoryChoices.values
export type MarketCategory = (typeof MARKET_CATEGORIES)[number]
export const MARKET_CATEGORY_LABELS = categoryChoices.labels

/** Units a quantity is given in. */
const unitChoices = bilingualChoices({
  kg: { zh: '公斤', en: 'kg' },
  jin: { zh: '斤', en: 'jin (500 g)' },
  tonne: { zh: '吨', en: 'tonnes' },
  head: { zh: '头', en: 'head' },
  box: { zh: '箱', en: 'boxes' },
})
export const MARKET_UNITS = unitChoices.values
export type MarketUnit = (typeof MARKET_UNITS)[number]
export const MARKET_UNIT_LABELS = unitChoices.labels

/** Certifications a product may carry. */
const certificationChoices = bilingualChoices({
  'green-food': { zh: '绿色食品', en: 'Green Food' },
  organic: { zh: '有机产品', en: 'Organic' },
  'geographical-indication': { zh: '地理标志', en: 'Geographical indication' },
})
export const MARKET_CERTIFICATIONS = certificationChoices.values
export type MarketCertification = (typeof MARKET_CERTIFICATIONS)[number]
export const MARKET_CERTIFICATION_LABELS = certificationChoices.labels

/**
 * Where a post stands in review (审核). Only `approved` posts whose expiry
 * date has not passed are public; the poster sees the state and the staff's
 * note on the status page of their tracking number.
 */
const reviewChoices = bilingualChoices({
  pending: { zh: '待审核', en: 'Awaiting review' },
  'changes-requested': { zh: '需修改', en: 'Changes requested' },
  approved: { zh: '已发布', en: 'Published' },
  rejected: { zh: '未通过', en: 'Not accepted' },
})
export const MARKET_REVIEW_STATUSES = reviewChoices.values
export type MarketReviewStatus = (typeof MARKET_REVIEW_STATUSES)[number]
export const MARKET_REVIEW_LABELS = reviewChoices.labels

/** Length and range limits of a post. */
export const MARKET_LIMITS = {
  variety: 40,
  township: 30,
  quantityMax: 1_000_000_000,
  priceMax: 100_000_000,
  /** How far ahead a poster may set the expiry date, in days. */
  expiryDaysMax: 366,
  reviewNote: 1000,
} as const

/** The fields of a post as the form shows them, in order, with their labels. */
const fieldChoices = bilingualChoices({
  kind: { zh: '供求类型', en: 'Supply or demand' },
  category: { zh: '产品类别', en: 'Product category' },
  variety: { zh: '品种', en: 'Variety' },
  quantity: { zh: '数量', en: 'Quantity' },
  unit: { zh: '单位', en: 'Unit' },
  price: { zh: '单价（元）', en: 'Unit price (CNY)' },
  township: { zh: '产地（乡镇）', en: 'Origin (township)' },
  availableFrom: { zh: '供货或需求开始日期', en: 'Available or wanted from' },
  availableUntil: { zh: '截止日期', en: 'Until' },
  certifications: { zh: '认证', en: 'Certification' },
  expiresAt: { zh: '信息有效期至', en: 'Post expires on' },
})
export const MARKET_POST_FIELDS = fieldChoices.values
export type MarketPostField = (typeof MARKET_POST_FIELDS)[number]
export const MARKET_POST_FIELD_LABELS: Record<MarketPostField, Bilingual> = fieldChoices.labels

/** What the board shows when a post gives no price. */
export const NEGOTIABLE: Bilingual = { zh: '面议', en: 'Negotiable' }

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** A calendar day `YYYY-MM-DD` that exists. */
const day = text.pipe(
  z
    .string()
    .min(1, { error: issue('required') })
    .refine((v) => DAY.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), {
      error: issue('date'),
    }),
)

/** A number typed in a form (or sent as JSON), 0 < value ≤ `max`; empty is null. */
const amount = (max: number) =>
  z.unknown().transform((value, ctx) => {
    const raw = typeof value === 'string' ? value.trim().replace(/[,，\s]/g, '') : value
    if (raw === '' || raw === null || raw === undefined) return null
    const number = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : NaN
    if (!Number.isFinite(number) || number <= 0 || number > max) {
      ctx.addIssue({ code: 'custom', message: issue('number') })
      return z.NEVER
    }
    return number
  })

/** Today as `YYYY-MM-DD` (UTC). */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10)
}

/** The day `days` after `from` (`YYYY-MM-DD`). */
export function addDays(from: string, days: number): string {
  return today(new Date(Date.parse(`${from}T00:00:00Z`) + days * 86_400_000))
}

/**
 * What a visitor posts: the goods, not who they are (the poster's name and
 * contact are the inquiry's own fields, never part of the public post).
 * The HTML form posts these as `post.<field>` (certifications as one
 * checkbox each, `post.certifications.<value>`); see `gatherPostFields`.
 */
export const MarketPostInput = z
  .object({
    kind: choice(MARKET_POST_KINDS),
    category: choice(MARKET_CATEGORIES),
    variety: requiredText(MARKET_LIMITS.variety),
    quantity: amount(MARKET_LIMITS.quantityMax).refine((v) => v !== null, {
      error: issue('required'),
    }),
    unit: choice(MARKET_UNITS),
    /** Yuan per unit; none means 面议 (to be agreed). */
    price: amount(MARKET_LIMITS.priceMax),
    township: requiredText(MARKET_LIMITS.township),
    availableFrom: day,
    availableUntil: z.union([z.literal('').transform(() => null), z.null(), day]).default(null),
    certifications: z
      .array(z.enum(MARKET_CERTIFICATIONS, { error: issue('choice') }))
      .default([])
      .transform((list) => [...new Set(list)]),
    expiresAt: day,
  })
  .superRefine(
    (post, ctx) => {
      const { availableFrom: from, availableUntil: until, expiresAt } = post
      if (typeof until === 'string' && typeof from === 'string' && until < from) {
        ctx.addIssue({ code: 'custom', path: ['availableUntil'], message: issue('date') })
      }
      const now = today()
      if (
        typeof expiresAt === 'string' &&
        DAY.test(expiresAt) &&
        (expiresAt < now || expiresAt > addDays(now, MARKET_LIMITS.expiryDaysMax))
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['expiresAt'],
          message: issue('expiry', MARKET_LIMITS.expiryDaysMax),
        })
      }
    },
    // Also when other fields were refused, so that every problem is told at once.
    { when: () => true },
  )
export type MarketPostInput = z.output<typeof MarketPostInput>

const PREFIX = 'post.'
const CERTIFICATIONS = `${PREFIX}certifications.`

/**
 * Gathers the `post.<field>` entries of an HTML form into one `post` object
 * (a JSON body may send `post` as an object already). Anything else is left
 * as it is; without any `post.` entry there is no `post`.
 */
export function gatherPostFields(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw
  const fields = raw as Record<string, unknown>
  const post: Record<string, unknown> = {}
  const certifications: string[] = []
  let found = false
  for (const [key, value] of Object.entries(fields)) {
    if (key.startsWith(CERTIFICATIONS)) {
      found = true
      if (value === 'on' || value === true) certifications.push(key.slice(CERTIFICATIONS.length))
    } else if (key.startsWith(PREFIX)) {
      found = true
      post[key.slice(PREFIX.length)] = value
    }
  }
  if (!found) return raw
  const rest = Object.fromEntries(Object.entries(fields).filter(([k]) => !k.startsWith(PREFIX)))
  return { ...rest, post: { ...post, certifications } }
}

/** The names the HTML posting form gives its controls, each `post.`-prefixed (see `gatherPostFields`). */
export const MARKET_FORM_NAMES: readonly string[] = MARKET_POST_FIELDS.flatMap((field) =>
  field === 'certifications'
    ? MARKET_CERTIFICATIONS.map((value) => `${CERTIFICATIONS}${value}`)
    : [`${PREFIX}${field}`],
)

/** The error keys of a form's fields: a market post's own fields stand in for `post`. */
export function errorKeysOf(fields: readonly string[]): string[] {
  return fields.flatMap((field) =>
    field === 'post' ? MARKET_POST_FIELDS.map((name) => `${PREFIX}${name}`) : [field],
  )
}
