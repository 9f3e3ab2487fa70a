import { CARD_MEDIA_FIELDS, PROJECT_CARD_FIELDS, PublicProjectCard } from '@portal/shared/content'
import {
  COMPARE_FIELDS,
  COMPARE_MAX,
  COMPARE_PARK_FIELDS,
  ComparedProject,
} from '@portal/shared/compare'
import { PARK_CARD_FIELDS, PublicParkCard, PublicParkDetail } from '@portal/shared/park'
import { Paginated, Slug } from '@portal/shared/project'
import type { z } from 'zod'

/**
 * The park pages' and the comparison's reads, made through the CMS client's
 * own `list` and `bySlug` (see `createCmsClient` in `cms.ts`, the portal's
 * one door to the CMS): this module only says what to ask for.
 */

type Where = Record<string, unknown>
type List = <T extends z.ZodType>(
  collection: string,
  schema: T,
  where: Where,
  options: {
    limit?: number
    sort?: string
    depth?: number
    select?: readonly string[]
    populate?: Record<string, readonly string[]>
  },
) => Promise<z.infer<T>>
type BySlug = <T extends z.ZodType>(
  collection: string,
  slug: string,
  schema: T,
) => Promise<z.infer<T> | null>

const ParkCards = Paginated(PublicParkCard)
const ProjectCards = Paginated(PublicProjectCard)
const Compared = Paginated(ComparedProject)

/** The reads of the park pages and the project comparison, for the CMS client. */
export function parkReads(list: List, bySlug: BySlug) {
  return {
    /** The parks as their cards show them, in the order staff set. */
    async listParkCards() {
      const found = await list(
        'parks',
        ParkCards,
        {},
        {
          limit: 100,
          sort: 'order',
          depth: 0,
          select: PARK_CARD_FIELDS,
        },
      )
      return found.docs
    },

    /** One park with its costs, contacts and map (the image populated), or `null`. */
    getPark: (slug: string) => bySlug('parks', slug, PublicParkDetail),

    /**
     * The park's public projects that are still going (a dropped project,
     * 已终止, is no offer to an investor), oldest first so their numbers on
     * the map stay put as projects are added.
     */
    async listParkProjects(parkId: string | number) {
      const where = { and: [{ park: { equals: parkId } }, { stage: { not_equals: 'dropped' } }] }
      const found = await list('projects', ProjectCards, where, {
        limit: 100,
        sort: 'createdAt',
        select: PROJECT_CARD_FIELDS,
        populate: { media: CARD_MEDIA_FIELDS },
      })
      return found.docs
    },

    /** The published projects among `slugs` (well-formed ones only), with their parks' costs. */
    async compareProjects(slugs: readonly string[]) {
      const wellFormed = slugs.filter((slug) => Slug.safeParse(slug).success)
      if (wellFormed.length === 0) return []
      const found = await list(
        'projects',
        Compared,
        { slug: { in: wellFormed.join(',') } },
        {
          limit: COMPARE_MAX,
          depth: 1,
          select: COMPARE_FIELDS,
          populate: { parks: COMPARE_PARK_FIELDS },
        },
      )
      return found.docs
    },
  }
}
