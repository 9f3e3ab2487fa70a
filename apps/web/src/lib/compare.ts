import type { Sector } from '@portal/shared/constants'
import type { PolicyValidity } from '@portal/shared/constants'

/** A policy as far as the comparison's count needs it. */
export interface CountedPolicy {
  validity: PolicyValidity
  /** Sectors the policy names, once policies carry them; none means it applies to every sector. */
  sectors?: readonly string[] | null
}

/**
 * The comparison's "matched policies" figure: in-force policies linked to
 * the project's sector. A stand-in, kept in this one function so that it can
 * be switched to the shared policy matcher (`@portal/shared/policy-match`)
 * once that exists; today's policies name no sectors, so each in-force policy
 * counts for every sector.
 */
export function countInForcePoliciesForSector(
  sector: Sector,
  policies: readonly CountedPolicy[],
): number {
  return policies.filter(
    (policy) =>
      policy.validity === 'in-force' &&
      (!policy.sectors || policy.sectors.length === 0 || policy.sectors.includes(sector)),
  ).length
}
