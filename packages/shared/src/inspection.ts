import { z } from 'zod'
import { LocalizedText, OptionalLocalizedText } from './project'

/**
 * What the portal reads from the CMS for the site-inspection features: the
 * published response record (答复时效) and the annual report (政府网站工作年度报表).
 * The figures are computed in the CMS from the data (siteHealth/figures.ts).
 */

/** The reply promise and the measured record of the last 90 days. */
export const ResponseRecord = z.object({
  /** The bureau's promise, in working days (inquiry settings). */
  promisedWorkingDays: z.number().int().positive(),
  windowDays: z.number().int().positive(),
  received: z.number().int().nonnegative(),
  answered: z.number().int().nonnegative(),
  medianWorkingDays: z.number().nonnegative().nullable(),
})
export type ResponseRecord = z.infer<typeof ResponseRecord>

const count = z.number().int().nonnegative()
const optionalCount = z.number().nonnegative().nullable().optional()

/** A published annual report, as the portal shows it. */
export const AnnualReport = z.object({
  year: z.number().int(),
  siteName: LocalizedText,
  siteCode: z.string(),
  domain: z.string(),
  organiser: LocalizedText,
  budget: z
    .object({
      operatingBudget: optionalCount,
      staffCount: optionalCount,
      securityChecks: optionalCount,
      problemsFound: optionalCount,
      problemsFixed: optionalCount,
    })
    .nullable()
    .optional(),
  notes: OptionalLocalizedText.nullish(),
  figures: z.object({
    columns: z.array(
      z.object({
        key: z.string(),
        label: z.object({ zh: z.string(), en: z.string() }),
        published: count,
      }),
    ),
    inquiries: z.object({
      received: count,
      answered: count,
      medianWorkingDays: z.number().nonnegative().nullable(),
    }),
    errorReports: z.object({ received: count, fixed: count }),
    /** The agricultural supply and demand board (农产品供求信息); reports saved before it have none. */
    market: z
      .object({
        postsPublished: count,
        supply: count,
        demand: count,
        contactsForwarded: count,
      })
      .optional(),
  }),
})
export type AnnualReport = z.infer<typeof AnnualReport>
