import { z } from 'zod'
import {
  INVESTMENT_SIZES,
  NEWS_CATEGORIES,
  POLICY_TOPICS,
  PROJECT_STAGES,
  SECTORS,
} from './constants'
import { Slug } from './project'
import { MARKET_CATEGORIES, MARKET_LIMITS, MARKET_POST_KINDS } from './market'

/** A search phrase from a visitor: trimmed, at most 50 characters, no control characters. */
export const SearchPhrase = z
  .string()
  .transform((s) =>
    Array.from(s, (c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 ? ' ' : c))
      .join('')
      .trim()
      .slice(0, 50),
  )
  .pipe(z.string().min(1))

const Page = z.coerce.number().int().min(1).max(1000)

/**
 * Reads one filter from a URL: a value outside the allowed set is dropped, not
 * an error, so a mistyped or tampered link still shows a useful page and never
 * reaches the CMS.
 */
function lenient<T extends z.ZodType>(schema: T, raw: string | null): z.infer<T> | undefined {
  if (raw === null || raw === '') return undefined
  const parsed = schema.safeParse(raw)
  return parsed.success ? parsed.data : undefined
}

export const INVESTMENT_SIZE_KEYS = INVESTMENT_SIZES.map((s) => s.key) as [
  (typeof INVESTMENT_SIZES)[number]['key'],
  ...(typeof INVESTMENT_SIZES)[number]['key'][],
]

export interface ProjectFilters {
  sector?: (typeof SECTORS)[number]
  stage?: (typeof PROJECT_STAGES)[number]
  park?: string
  size?: (typeof INVESTMENT_SIZES)[number]['key']
  q?: string
  page: number
}

/** The project library's filters, from the query string. */
export function parseProjectFilters(params: URLSearchParams): ProjectFilters {
  return {
    sector: lenient(z.enum(SECTORS), params.get('sector')),
    stage: lenient(z.enum(PROJECT_STAGES), params.get('stage')),
    park: lenient(Slug, params.get('park')),
    size: lenient(z.enum(INVESTMENT_SIZE_KEYS), params.get('size')),
    q: lenient(SearchPhrase, params.get('q')),
    page: lenient(Page, params.get('page')) ?? 1,
  }
}

export interface PolicyFilters {
  topic?: (typeof POLICY_TOPICS)[number]
  status?: 'in-force' | 'expired'
  q?: string
  page: number
}

/** The policy list's filters, from the query string. */
export function parsePolicyFilters(params: URLSearchParams): PolicyFilters {
  return {
    topic: lenient(z.enum(POLICY_TOPICS), params.get('topic')),
    status: lenient(z.enum(['in-force', 'expired']), params.get('status')),
    q: lenient(SearchPhrase, params.get('q')),
    page: lenient(Page, params.get('page')) ?? 1,
  }
}

export interface NewsFilters {
  category?: (typeof NEWS_CATEGORIES)[number]
  page: number
}

/** The news list's filters, from the query string. */
export function parseNewsFilters(params: URLSearchParams): NewsFilters {
  return {
    category: lenient(z.enum(NEWS_CATEGORIES), params.get('category')),
    page: lenient(Page, params.get('page')) ?? 1,
  }
}

export interface MarketFilters {
  kind?: (typeof MARKET_POST_KINDS)[number]
  category?: (typeof MARKET_CATEGORIES)[number]
  /** A township's name as posts give it (乡镇): letters of any script, no punctuation. */
  township?: string
  page: number
}

const Township = z
  .string()
  .trim()
  .max(MARKET_LIMITS.township)
  .regex(/^[\p{L}\p{N} ]+$/u)

/** The supply and demand board's filters, from the query string. */
export function parseMarketFilters(params: URLSearchParams): MarketFilters {
  return {
    kind: lenient(z.enum(MARKET_POST_KINDS), params.get('kind')),
    category: lenient(z.enum(MARKET_CATEGORIES), params.get('category')),
    township: lenient(Township, params.get('township')),
    page: lenient(Page, params.get('page')) ?? 1,
  }
}

/** A site-wide search request. */
export function parseSearch(params: URLSearchParams): { q?: string; page: number } {
  return {
    q: lenient(SearchPhrase, params.get('q')),
    page: lenient(Page, params.get('page')) ?? 1,
  }
}

/** The query parameters each list and the site search read, by page. */
export const FILTER_PARAMS = {
  projects: ['sector', 'stage', 'park', 'size', 'q', 'page'],
  policies: ['topic', 'status', 'q', 'page'],
  news: ['category', 'page'],
  market: ['kind', 'category', 'township', 'page'],
  search: ['q', 'page'],
} as const satisfies {
  projects: ReadonlyArray<keyof ProjectFilters>
  policies: ReadonlyArray<keyof PolicyFilters>
  news: ReadonlyArray<keyof NewsFilters>
  market: ReadonlyArray<keyof MarketFilters>
  search: ReadonlyArray<keyof ReturnType<typeof parseSearch>>
}

/**
 * Fails to compile when a filters interface gains a field that is missing
 * from FILTER_PARAMS: a parameter left out there would let two filtered views
 * share one cached page.
 */
type Covers<T, Names extends readonly string[]> =
  Exclude<keyof T, Names[number]> extends never ? true : never
export const FILTER_PARAMS_COVER_FILTERS: [
  Covers<ProjectFilters, typeof FILTER_PARAMS.projects>,
  Covers<PolicyFilters, typeof FILTER_PARAMS.policies>,
  Covers<NewsFilters, typeof FILTER_PARAMS.news>,
  Covers<MarketFilters, typeof FILTER_PARAMS.market>,
  Covers<ReturnType<typeof parseSearch>, typeof FILTER_PARAMS.search>,
] = [true, true, true, true, true]

/** Every query parameter that changes what a public page shows (the page cache keys on these). */
export const ALL_FILTER_PARAMS: ReadonlySet<string> = new Set(Object.values(FILTER_PARAMS).flat())
