import { z } from 'zod'
import {
  INVESTMENT_SIZES,
  INVESTOR_TYPES,
  NEWS_CATEGORIES,
  POLICY_TOPICS,
  POLICY_VALIDITY,
  PROJECT_VIEWS,
  PUBLIC_PROJECT_STAGES,
  SECTORS,
  type ProjectStage,
  type ProjectView,
} from './constants'
import { Slug } from './project'
import type { CompareSelection } from './compare'
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

/** Orders the project library offers; `featured` (featured first, then newest) is the default. */
export const PROJECT_SORTS = ['featured', 'newest', 'size'] as const
export type ProjectSort = (typeof PROJECT_SORTS)[number]

export interface ProjectFilters {
  /** `open` (储备, 在谈: the default) or `landed` (签约, 在建, 投产). */
  view?: ProjectView
  /** Several sectors may be chosen (`?sector=a&sector=b`); none means all. */
  sector: (typeof SECTORS)[number][]
  /** Several stages may be chosen; only stages the public may see are kept. */
  stage: ProjectStage[]
  park?: string
  size?: (typeof INVESTMENT_SIZES)[number]['key']
  sort?: ProjectSort
  q?: string
  page: number
}

/**
 * Reads a repeatable parameter: the allowed values among all given, each once,
 * in the order of `allowed` (so `?sector=b&sector=a` and `?sector=a&sector=b`
 * ask the CMS the same thing).
 */
function lenientMany<T extends string>(allowed: readonly T[], raw: string[]): T[] {
  const given = new Set(raw)
  return allowed.filter((value) => given.has(value))
}

/** The project library's filters, from the query string. */
export function parseProjectFilters(params: URLSearchParams): ProjectFilters {
  return {
    view: lenient(z.enum(['open', 'landed']), params.get('view')),
    sector: lenientMany(SECTORS, params.getAll('sector')),
    stage: lenientMany(PUBLIC_PROJECT_STAGES, params.getAll('stage')),
    park: lenient(Slug, params.get('park')),
    size: lenient(z.enum(INVESTMENT_SIZE_KEYS), params.get('size')),
    sort: lenient(z.enum(PROJECT_SORTS), params.get('sort')),
    q: lenient(SearchPhrase, params.get('q')),
    page: lenient(Page, params.get('page')) ?? 1,
  }
}

/**
 * The view a project list shows: the one asked for, else "landed" when every
 * chosen stage is a landed one (an old `?stage=signed` link), else "open".
 */
export function projectView(filters: Pick<ProjectFilters, 'view' | 'stage'>): ProjectView {
  if (filters.view) return filters.view
  const landed: readonly ProjectStage[] = PROJECT_VIEWS.landed
  const allLanded = filters.stage.length > 0 && filters.stage.every((s) => landed.includes(s))
  return allLanded ? 'landed' : 'open'
}

/** The stages a project list asks the CMS for: the chosen ones within its view, or the whole view. */
export function projectStages(filters: Pick<ProjectFilters, 'view' | 'stage'>): ProjectStage[] {
  const inView: readonly ProjectStage[] = PROJECT_VIEWS[projectView(filters)]
  const chosen = filters.stage.filter((s) => inView.includes(s))
  return chosen.length ? chosen : [...inView]
}

/** True when a project list is narrowed by anything beyond its view and order. */
export function projectFiltersActive(filters: ProjectFilters): boolean {
  return Boolean(
    filters.sector.length || filters.stage.length || filters.park || filters.size || filters.q,
  )
}

export interface PolicyFilters {
  topic?: (typeof POLICY_TOPICS)[number]
  /** One of the four legal states (`./policy-validity`). */
  status?: (typeof POLICY_VALIDITY)[number]
  q?: string
  page: number
}

/** The policy list's filters, from the query string. */
export function parsePolicyFilters(params: URLSearchParams): PolicyFilters {
  return {
    topic: lenient(z.enum(POLICY_TOPICS), params.get('topic')),
    status: lenient(z.enum(POLICY_VALIDITY), params.get('status')),
    q: lenient(SearchPhrase, params.get('q')),
    page: lenient(Page, params.get('page')) ?? 1,
  }
}

/** What the policy finder (政策匹配) asks: planned investment is in 万元 (10k CNY). */
export interface PolicyFinderFilters {
  sector?: (typeof SECTORS)[number]
  park?: string
  investor?: (typeof INVESTOR_TYPES)[number]
  investment?: number
}

/** A planned investment in 万元: a positive number up to 10 million (1,000 亿元). */
export const PlannedInvestment = z.coerce.number().positive().max(10_000_000)

/**
 * The policy finder's question, from the query string, and the parameters that
 * were given but not understood (dropped, so the page can say so).
 */
export function parsePolicyFinder(params: URLSearchParams): {
  filters: PolicyFinderFilters
  rejected: Array<keyof PolicyFinderFilters>
} {
  const filters: PolicyFinderFilters = {
    sector: lenient(z.enum(SECTORS), params.get('sector')),
    park: lenient(Slug, params.get('park')),
    investor: lenient(z.enum(INVESTOR_TYPES), params.get('investor')),
    investment: lenient(PlannedInvestment, params.get('investment')?.trim() ?? null),
  }
  const rejected = FILTER_PARAMS.finder.filter(
    (name) => (params.get(name)?.trim() ?? '') !== '' && filters[name] === undefined,
  )
  return { filters, rejected }
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
  projects: ['view', 'sector', 'stage', 'park', 'size', 'sort', 'q', 'page'],
  policies: ['topic', 'status', 'q', 'page'],
  finder: ['sector', 'park', 'investor', 'investment'],
  news: ['category', 'page'],
  market: ['kind', 'category', 'township', 'page'],
  search: ['q', 'page'],
  compare: ['id'],
} as const satisfies {
  projects: ReadonlyArray<keyof ProjectFilters>
  policies: ReadonlyArray<keyof PolicyFilters>
  finder: ReadonlyArray<keyof PolicyFinderFilters>
  news: ReadonlyArray<keyof NewsFilters>
  market: ReadonlyArray<keyof MarketFilters>
  search: ReadonlyArray<keyof ReturnType<typeof parseSearch>>
  compare: ReadonlyArray<keyof CompareSelection>
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
  Covers<PolicyFinderFilters, typeof FILTER_PARAMS.finder>,
  Covers<NewsFilters, typeof FILTER_PARAMS.news>,
  Covers<MarketFilters, typeof FILTER_PARAMS.market>,
  Covers<ReturnType<typeof parseSearch>, typeof FILTER_PARAMS.search>,
  Covers<CompareSelection, typeof FILTER_PARAMS.compare>,
] = [true, true, true, true, true, true, true]

/** Every query parameter that changes what a public page shows (the page cache keys on these). */
export const ALL_FILTER_PARAMS: ReadonlySet<string> = new Set(Object.values(FILTER_PARAMS).flat())
