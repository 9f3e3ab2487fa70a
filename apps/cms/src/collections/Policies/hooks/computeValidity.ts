import type { FieldHook } from 'payload'
import { policyValidity } from '@portal/shared/policy-validity'

/**
 * Computes the virtual `validity` field on every read, so a policy is marked
 * expired, repealed or in force the day that happens, without anyone editing
 * it. The rule is the shared one the portal's filters use.
 */
export const computeValidity: FieldHook = ({ siblingData }) => policyValidity(siblingData ?? {})
