import {
  CARD_MEDIA_FIELDS,
  Chamber,
  Indicators,
  NEWS_CARD_FIELDS,
  POLICY_CARD_FIELDS,
  POLICY_MATCH_FIELDS,
  PROJECT_CARD_FIELDS,
  PublicGuide,
  PublicNews,
  PublicNewsCard,
  PublicPark,
  PublicPolicy,
  PublicPolicyCard,
  PublicPolicyMatchCard,
  PublicProjectCard,
  PublicProjectDetail,
  SITEMAP_FIELDS,
  SearchEntry,
  SitemapEntry,
  SiteSettings,
} from '@portal/shared/content'
import { INVESTMENT_SIZES } from '@portal/shared/constants'
import { AnnualReport } from '@portal/shared/inspection'
import { validityWhere } from '@portal/shared/policy-validity'
import {
  projectStages,
  type NewsFilters,
  type PolicyFilters,
  type ProjectFilters,
  type ProjectSort,
} from '@portal/shared/filters'
import { Paginated, Slug } from '@portal/shared/project'
import { PREVIEW_TOKEN_HEADER } from '@portal/shared/signing'
import { z } from 'zod'
import { marketReads } from './cms-market'
import { env } from './env'
import { parkReads } from './park-reads'

/**
 * The portal's only door to the CMS. Every response is validated with the
 * shared contract, so a change on the CMS side that breaks the portal fails
 * loudly here instead of rendering half a page. Filters reach this module
 * already validated (`@portal/shared/filters`).
 */

/** The CMS could not be reached, answered an error, or sent data outside the contract. */
export class CmsError extends Error {
  override name = 'CmsError'
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message)
  }
}

type Fetch = typeof fetch
type Where = Record<string, unknown>
type Params = Record<string, string | number | undefined>

/** Flattens a Payload `where` object into the bracket query parameters its REST API reads. */
export function whereParams(where: Where, prefix = 'where'): Params {
  const out: Params = {}
  const walk = (value: unknown, key: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${key}[${i}]`))
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) walk(v, `${key}[${k}]`)
    else if (value !== undefined) out[key] = String(value)
  }
  walk(where, prefix)
  return out
}

/**
 * Payload's `select` and `populate` query parameters: only the named fields of
 * the documents, and of related documents only the named fields of each
 * collection. Lists ask for what their cards show and nothing else.
 */
export function selectParams(
  fields: readonly string[],
  populate: Record<string, readonly string[]> = {},
): Params {
  const out: Params = {}
  for (const field of fields) out[`select[${field}]`] = 'true'
  for (const [collection, names] of Object.entries(populate))
    for (const name of names) out[`populate[${collection}][${name}]`] = 'true'
  return out
}

const ProjectList = Paginated(PublicProjectCard)
const PolicyList = Paginated(PublicPolicyCard)
const NewsList = Paginated(PublicNewsCard)
const SitemapList = Paginated(SitemapEntry)
const MatchList = Paginated(PublicPolicyMatchCard)
const GuideList = Paginated(PublicGuide)
const ParkList = Paginated(PublicPark)
const SearchList = Paginated(SearchEntry)
const AnnualReportList = Paginated(AnnualReport)
export type ProjectList = z.infer<typeof ProjectList>
export type SitemapList = z.infer<typeof SitemapList>
export type PolicyList = z.infer<typeof PolicyList>
export type NewsList = z.infer<typeof NewsList>
export type SearchList = z.infer<typeof SearchList>

/** The CMS's sort for each order of the project library; ties go to the newest. */
const PROJECT_SORT_FIELDS: Record<ProjectSort, string> = {
  featured: '-featured,-updatedAt',
  newest: '-updatedAt',
  size: '-investmentSize,-updatedAt',
}

/** A draft preview: the token the CMS signed for one document of `collection`. */
export interface PreviewContext {
  token: string
  collection: string
}

/**
 * Creates a client for the CMS REST API at `baseUrl`. With `preview`, reads of
 * that collection's documents ask for the latest draft and carry the token,
 * which the CMS honours for the one document it names.
 */
export function createCmsClient(
  baseUrl: string,
  fetchImpl: Fetch = fetch,
  timeoutMs = 5000,
  preview?: PreviewContext,
) {
  async function get<T extends z.ZodType>(
    path: string,
    params: Params,
    schema: T,
    headers: Record<string, string> = {},
  ) {
    const url = new URL(`/api/${path}`, baseUrl)
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined) url.searchParams.set(key, String(value))
    }
    let response: Response
    try {
      response = await fetchImpl(url, {
        headers: { accept: 'application/json', ...headers },
        signal: AbortSignal.timeout(timeoutMs),
      })
    } catch (error) {
      throw new CmsError(`CMS unreachable at ${url.origin}: ${(error as Error).message}`)
    }
    if (!response.ok) {
      throw new CmsError(`CMS answered ${response.status} for ${url.pathname}`, response.status)
    }
    const parsed = schema.safeParse(await response.json())
    if (!parsed.success) {
      const first = parsed.error.issues[0]
      throw new CmsError(
        `CMS response for ${url.pathname} breaks the contract at ${first?.path.join('.')}: ${first?.message}`,
      )
    }
    return parsed.data as z.infer<T>
  }

  const list = <T extends z.ZodType>(
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
  ) =>
    get(
      collection,
      {
        locale: 'all',
        depth: options.depth ?? 1,
        limit: options.limit ?? 12,
        page: options.page ?? 1,
        sort: options.sort,
        ...whereParams(where),
        ...(options.select ? selectParams(options.select, options.populate) : {}),
      },
      schema,
    )

  /**
   * A list page filtered by the conditions in `and` and by the search words in
   * `filters.q` (title and summary), 12 to a page unless `filters.limit` says.
   */
  const filteredList = <T extends z.ZodType>(
    collection: string,
    schema: T,
    and: Where[],
    filters: { q?: string; page?: number; limit?: number },
    options: {
      sort: string
      select: readonly string[]
      populate: Record<string, readonly string[]>
    },
  ) => {
    if (filters.q) and.push(textMatch(filters.q, ['title', 'summary']))
    return list(collection, schema, and.length ? { and } : {}, {
      page: filters.page,
      limit: filters.limit ?? 12,
      ...options,
    })
  }

  async function bySlug<T extends z.ZodType>(collection: string, slug: string, schema: T) {
    if (!Slug.safeParse(slug).success) return null
    const previewing = preview?.collection === collection
    const found = await get(
      collection,
      {
        locale: 'all',
        depth: 1,
        limit: 1,
        draft: previewing ? 'true' : undefined,
        ...whereParams({ slug: { equals: slug } }),
      },
      Paginated(schema),
      previewing && preview ? { [PREVIEW_TOKEN_HEADER]: preview.token } : {},
    )
    return (found.docs[0] ?? null) as z.infer<T> | null
  }

  /** The slug of the document a preview token names (its latest draft), or null. */
  async function previewSlug(collection: string, id: string | number): Promise<string | null> {
    if (!preview) return null
    const doc = await get(
      `${collection}/${encodeURIComponent(String(id))}`,
      { draft: 'true', depth: 0, locale: 'zh' },
      z.object({ slug: Slug }),
      { [PREVIEW_TOKEN_HEADER]: preview.token },
    ).catch((error: unknown) => {
      if (error instanceof CmsError && (error.status === 404 || error.status === 403)) return null
      throw error
    })
    return doc?.slug ?? null
  }

  /** Every document of a list read page by page (the CMS answers at most 100 per request), up to `max`. */
  async function readAll<T extends z.ZodType>(
    collection: string,
    schema: ReturnType<typeof Paginated<T>>,
    where: Where,
    max: number,
    options: Omit<Parameters<typeof list>[3], 'page' | 'limit'>,
  ): Promise<z.infer<T>[]> {
    const docs: z.infer<T>[] = []
    for (let page = 1; docs.length < max; page++) {
      const found = await list(collection, schema, where, { ...options, page, limit: 100 })
      docs.push(...(found.docs as z.infer<T>[]))
      if (!found.hasNextPage) break
    }
    return docs.slice(0, max)
  }

  /** `title` or `summary` containing the phrase, in either language. */
  const textMatch = (q: string, fields: string[]) => ({
    or: fields.flatMap((field) => [
      { [`${field}.zh`]: { like: q } },
      { [`${field}.en`]: { like: q } },
    ]),
  })

  const isMissing = (error: unknown) => error instanceof CmsError && error.status === 404

  return {
    previewSlug,
    ...parkReads(list, bySlug),
    ...marketReads({ list, get, isMissing }),

    /**
     * Published projects matching the library's filters: the stages of its
     * view (open to investors unless `view` says landed), any of the chosen
     * sectors and stages, featured first unless `sort` says otherwise.
     */
    listProjects(filters: Partial<ProjectFilters> & { featured?: boolean; limit?: number } = {}) {
      const and: Where[] = [
        { stage: { in: projectStages({ view: filters.view, stage: filters.stage ?? [] }) } },
      ]
      if (filters.sector?.length) and.push({ sector: { in: filters.sector } })
      if (filters.park) and.push({ 'park.slug': { equals: filters.park } })
      if (filters.featured) and.push({ featured: { equals: true } })
      const band = INVESTMENT_SIZES.find((s) => s.key === filters.size)
      if (band) {
        and.push({ investmentSize: { greater_than_equal: band.min } })
        if (band.max !== null) and.push({ investmentSize: { less_than: band.max } })
      }
      return filteredList('projects', ProjectList, and, filters, {
        sort: PROJECT_SORT_FIELDS[filters.sort ?? 'featured'],
        select: PROJECT_CARD_FIELDS,
        populate: { media: CARD_MEDIA_FIELDS },
      })
    },

    /** One published project by slug, or `null` when there is none (or the slug is malformed). */
    getProject: (slug: string) => bySlug('projects', slug, PublicProjectDetail),

    /** The county's parks, in the order staff set. */
    async listParks() {
      return (await list('parks', ParkList, {}, { limit: 100, sort: 'order', depth: 0 })).docs
    },

    /**
     * Published policies, filtered by topic, words and legal state; the state
     * filter is the shared rule the policy's own page shows (`validityWhere`).
     */
    listPolicies(filters: Partial<PolicyFilters> & { limit?: number } = {}) {
      const and: Where[] = []
      if (filters.topic) and.push({ topic: { equals: filters.topic } })
      if (filters.status) and.push(validityWhere(filters.status))
      return filteredList('policies', PolicyList, and, filters, {
        sort: '-issuedAt',
        select: POLICY_CARD_FIELDS,
        populate: { policies: ['slug', 'title'] },
      })
    },

    getPolicy: (slug: string) => bySlug('policies', slug, PublicPolicy),

    /** Published news, newest first. */
    listNews(filters: Partial<NewsFilters> & { limit?: number } = {}) {
      const where = filters.category ? { category: { equals: filters.category } } : {}
      return list('news', NewsList, where, {
        page: filters.page,
        limit: filters.limit ?? 12,
        sort: '-publishedAt',
        select: NEWS_CARD_FIELDS,
        populate: { media: CARD_MEDIA_FIELDS },
      })
    },

    /**
     * Every published document of a collection, for the sitemap: slug and date
     * only, read page by page (the CMS answers at most 100 per request), up to
     * `max` documents.
     */
    listAllForSitemap: (collection: 'projects' | 'policies' | 'news', max = 50_000) =>
      readAll(collection, SitemapList, {}, max, {
        sort: '-updatedAt',
        depth: 0,
        select: SITEMAP_FIELDS,
      }),

    /**
     * Every published policy in force with what matching reads (applicability,
     * parks with their slugs, the one-line benefit), newest first, for the
     * project page and the policy finder to match in `@portal/shared/policy-match`.
     */
    listMatchablePolicies: (max = 1000) =>
      readAll('policies', MatchList, validityWhere('in-force'), max, {
        sort: '-issuedAt',
        depth: 1,
        select: POLICY_MATCH_FIELDS,
        populate: { parks: ['slug', 'title'], policies: ['slug', 'title'] },
      }),

    getNews: (slug: string) => bySlug('news', slug, PublicNews),

    async listGuides() {
      return (await list('guides', GuideList, {}, { limit: 100, sort: 'title', depth: 0 })).docs
    },

    getGuide: (slug: string) => bySlug('guides', slug, PublicGuide),

    /** One search over projects, policies, news and guides, in both languages. */
    search(q: string, page = 1) {
      // `title` is the Chinese title in the search plugin's rows.
      const fields = ['title', 'titleEn', 'textZh', 'textEn']
      return get(
        'search',
        {
          depth: 0,
          limit: 10,
          page,
          sort: '-date',
          ...whereParams({ or: fields.map((f) => ({ [f]: { like: q } })) }),
        },
        SearchList,
      )
    },

    getSettings: () => get('globals/site-settings', { locale: 'all', depth: 1 }, SiteSettings),
    getChamber: () => get('globals/chamber', { locale: 'all', depth: 0 }, Chamber),
    getIndicators: () => get('globals/indicators', { depth: 0 }, Indicators),

    /** The published annual report (政府网站工作年度报表) of a year, or null. */
    getAnnualReport: async (year: number) =>
      (
        await get(
          'annual-reports',
          { locale: 'all', depth: 0, limit: 1, ...whereParams({ year: { equals: year } }) },
          AnnualReportList,
        )
      ).docs[0] ?? null,
    /** The year of the newest published annual report, for the home page's link, or null. */
    latestAnnualReportYear: async () =>
      (
        await get(
          'annual-reports',
          { depth: 0, limit: 1, sort: '-year', 'select[year]': 'true' },
          Paginated(z.object({ year: z.number() })),
        )
      ).docs[0]?.year ?? null,
  }
}

export type CmsClient = ReturnType<typeof createCmsClient>

/** The client the pages use, pointed at the configured CMS. */
export const cms: CmsClient = createCmsClient(env.CMS_URL)

/** The client for one request: the shared one, or a preview client on a draft preview. */
export function cmsFor(locals: { preview?: PreviewContext }): CmsClient {
  return locals.preview ? createCmsClient(env.CMS_URL, fetch, 5000, locals.preview) : cms
}
