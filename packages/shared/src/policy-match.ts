import {
  investmentIn10kCny,
  type InvestmentUnit,
  type InvestorType,
  type Sector,
} from './constants'
import { policyValidity, type PolicyDates } from './policy-validity'

/**
 * Policy matching (政策匹配): which policies in force apply to an investor or a
 * project, and why. One rule, used by the project page, the policy finder and
 * the compare page's count, so the three never disagree.
 */

/** Whom a policy applies to, as staff enter it; an empty or missing list means "all". */
export interface PolicyApplicability {
  sectors?: readonly Sector[] | null
  /** Park slugs, or park documents carrying their slug (a read at depth 1). */
  parks?: readonly unknown[] | null
  investorTypes?: readonly InvestorType[] | null
  /** Smallest planned investment the policy applies to, in 万元 (10k CNY). */
  minInvestment?: number | null
}

/** A policy as far as matching needs it: its dates (only policies in force match) and applicability. */
export interface MatchablePolicy extends PolicyDates {
  applicability?: PolicyApplicability | null
}

/** What an investor or a project brings; each part left out is not asked about. */
export interface MatchQuery {
  sector?: Sector | undefined
  /** A park's slug; null when known to be in no park (a project outside every park). */
  park?: string | null | undefined
  investor?: InvestorType | undefined
  /** Planned investment in 万元 (10k CNY). */
  investment?: number | undefined
}

export type MatchCriterion = 'sector' | 'park' | 'investor' | 'investment'

/**
 * Why a policy matched on one criterion: `open`, the policy sets no limit;
 * `met`, the query's value lies within the limit; `condition`, the query did
 * not say and the policy is limited to `required` (the visitor must check it).
 * For investment, `required` holds the minimum in 万元.
 */
export type MatchReason =
  | { criterion: MatchCriterion; kind: 'open' }
  | {
      criterion: MatchCriterion
      kind: 'met'
      value: string | number
      required: ReadonlyArray<string | number>
    }
  | { criterion: MatchCriterion; kind: 'condition'; required: ReadonlyArray<string | number> }

export interface PolicyMatch<P> {
  policy: P
  reasons: MatchReason[]
}

/** A park's slug from a slug or a populated park document; an unpopulated id has none. */
function parkSlug(park: unknown): string | null {
  if (typeof park === 'string') return park
  if (park && typeof park === 'object' && 'slug' in park && typeof park.slug === 'string')
    return park.slug
  return null
}

/** One criterion of a list kind (sector, park, investor): null when the query's value is outside the list. */
function listReason(
  criterion: MatchCriterion,
  listed: readonly string[],
  wanted: string | null | undefined,
): MatchReason | null {
  if (listed.length === 0) return { criterion, kind: 'open' }
  if (wanted === undefined) return { criterion, kind: 'condition', required: listed }
  return wanted !== null && listed.includes(wanted)
    ? { criterion, kind: 'met', value: wanted, required: listed }
    : null
}

/**
 * The matching rule: the reasons a policy's applicability admits `query`, one
 * per criterion, or null when any criterion excludes it. Validity is not
 * looked at here; `matchPolicies` keeps policies in force only.
 */
export function matchPolicy(
  applicability: PolicyApplicability | null | undefined,
  query: MatchQuery,
): MatchReason[] | null {
  const parks = (applicability?.parks ?? []).map(parkSlug)
  // A park that could not be read (an id without its slug) still limits the policy.
  const parkSlugs = parks.map((slug) => slug ?? '')
  const min = applicability?.minInvestment ?? 0
  const investment: MatchReason | null =
    min <= 0
      ? { criterion: 'investment', kind: 'open' }
      : query.investment === undefined
        ? { criterion: 'investment', kind: 'condition', required: [min] }
        : query.investment >= min
          ? { criterion: 'investment', kind: 'met', value: query.investment, required: [min] }
          : null
  const reasons = [
    listReason('sector', applicability?.sectors ?? [], query.sector),
    listReason('park', parkSlugs, query.park),
    listReason('investor', applicability?.investorTypes ?? [], query.investor),
    investment,
  ]
  return reasons.every((r) => r !== null) ? reasons : null
}

/** The policies in force on `now` that apply to `query`, in the order given, each with why it matched. */
export function matchPolicies<P extends MatchablePolicy>(
  policies: readonly P[],
  query: MatchQuery,
  now: Date = new Date(),
): PolicyMatch<P>[] {
  return policies.flatMap((policy) => {
    if (policyValidity(policy, now) !== 'in-force') return []
    const reasons = matchPolicy(policy.applicability, query)
    return reasons ? [{ policy, reasons }] : []
  })
}

/** How many policies in force on `now` apply to `query` (the compare page's "matched policies"). */
export function countMatchedPolicies(
  policies: readonly MatchablePolicy[],
  query: MatchQuery,
  now: Date = new Date(),
): number {
  return matchPolicies(policies, query, now).length
}

/** What a project brings to matching: its sector, its park and its investment in 万元. */
export function projectMatchQuery(project: {
  sector: Sector
  park?: unknown
  investment: { amount: number; unit: InvestmentUnit }
}): MatchQuery {
  return {
    sector: project.sector,
    park: project.park ? parkSlug(project.park) : null,
    investment: investmentIn10kCny(project.investment.amount, project.investment.unit),
  }
}
