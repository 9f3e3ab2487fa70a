import type { FieldHook } from 'payload'
import type { PolicyValidity } from '@portal/shared/constants'

/** Whether a policy applies on `now`, from its dates and whether a newer policy replaced it. */
export function policyValidity(
  policy: { effectiveAt?: string | null; expiresAt?: string | null; supersededBy?: unknown },
  now: Date = new Date(),
): PolicyValidity {
  if (policy.supersededBy) return 'superseded'
  if (policy.expiresAt && new Date(policy.expiresAt) < now) return 'expired'
  if (policy.effectiveAt && new Date(policy.effectiveAt) > now) return 'not-yet-effective'
  return 'in-force'
}

/**
 * Computes the virtual `validity` field on every read, so an expired or
 * superseded policy is marked so everywhere without anyone editing it.
 */
export const computeValidity: FieldHook = ({ siblingData }) => policyValidity(siblingData ?? {})
