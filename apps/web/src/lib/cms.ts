import {
  PublicProjectList,
  Slug,
  type PublicProject,
  type PublicProjectList as ProjectList,
} from '@portal/shared/project'
import type { z } from 'zod'
import { env } from './env'

/**
 * The portal's only door to the CMS. Every response is validated with the
 * shared contract, so a change on the CMS side that breaks the portal fails
 * loudly here instead of rendering half a page.
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
type Params = Record<string, string | number | undefined>

export interface ListProjectsOptions {
  page?: number
  limit?: number
}

/** Creates a client for the CMS REST API at `baseUrl`. */
export function createCmsClient(baseUrl: string, fetchImpl: Fetch = fetch, timeoutMs = 5000) {
  async function get<T extends z.ZodType>(path: string, params: Params, schema: T) {
    const url = new URL(`/api/${path}`, baseUrl)
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined) url.searchParams.set(key, String(value))
    }
    let response: Response
    try {
      response = await fetchImpl(url, {
        headers: { accept: 'application/json' },
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

  return {
    /** Published projects, newest first, with both languages of every text. */
    listProjects(options: ListProjectsOptions = {}): Promise<ProjectList> {
      return get(
        'projects',
        {
          locale: 'all',
          depth: 0,
          sort: '-updatedAt',
          limit: options.limit ?? 12,
          page: options.page ?? 1,
        },
        PublicProjectList,
      )
    },

    /** One published project by slug, or `null` when there is none (or the slug is malformed). */
    async getProject(slug: string): Promise<PublicProject | null> {
      if (!Slug.safeParse(slug).success) return null
      const list = await get(
        'projects',
        { locale: 'all', depth: 0, limit: 1, 'where[slug][equals]': slug },
        PublicProjectList,
      )
      return list.docs[0] ?? null
    },
  }
}

export type CmsClient = ReturnType<typeof createCmsClient>

/** The client the pages use, pointed at the configured CMS. */
export const cms: CmsClient = createCmsClient(env.CMS_URL)
