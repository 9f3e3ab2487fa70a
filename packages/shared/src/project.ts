import { z } from 'zod'
import { INVESTMENT_UNITS, PROJECT_STAGES, SECTORS } from './constants'

/**
 * What the portal reads from the CMS about a project. The portal asks the REST
 * API with `locale=all`, so every localized field arrives as `{ zh, en }` and
 * the portal itself decides when to fall back to Chinese and say so.
 */

/** A localized text whose Chinese version is required. */
export const LocalizedText = z.object({
  zh: z.string().trim().min(1, 'Chinese text is required'),
  en: z.string().nullish(),
})
export type LocalizedText = z.infer<typeof LocalizedText>

/** A localized text that may be empty in both languages. */
export const OptionalLocalizedText = z.object({
  zh: z.string().nullish(),
  en: z.string().nullish(),
})
export type OptionalLocalizedText = z.infer<typeof OptionalLocalizedText>

export const Slug = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and single hyphens only')
export type Slug = z.infer<typeof Slug>

export const ProjectStage = z.enum(PROJECT_STAGES)
export const Sector = z.enum(SECTORS)
export const InvestmentUnit = z.enum(INVESTMENT_UNITS)

export const Investment = z.object({
  amount: z.number().positive(),
  unit: InvestmentUnit,
})
export type Investment = z.infer<typeof Investment>

/** A published project as the public sees it: no internal field belongs here. */
export const PublicProject = z.object({
  id: z.union([z.number(), z.string()]),
  slug: Slug,
  title: LocalizedText,
  summary: OptionalLocalizedText.nullish(),
  sector: Sector,
  stage: ProjectStage,
  investment: Investment,
  location: OptionalLocalizedText.nullish(),
  updatedAt: z.string(),
})
export type PublicProject = z.infer<typeof PublicProject>

/** Payload's paginated list envelope around any document schema. */
export function Paginated<T extends z.ZodType>(doc: T) {
  return z.object({
    docs: z.array(doc),
    totalDocs: z.number().int().nonnegative(),
    limit: z.number().int().nonnegative(),
    page: z.number().int().positive().optional(),
    totalPages: z.number().int().nonnegative(),
    hasNextPage: z.boolean(),
    hasPrevPage: z.boolean(),
  })
}

export const PublicProjectList = Paginated(PublicProject)
export type PublicProjectList = z.infer<typeof PublicProjectList>
