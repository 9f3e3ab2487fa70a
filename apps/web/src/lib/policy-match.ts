import {
  INVESTOR_TYPE_LABELS,
  SECTOR_LABELS,
  type InvestorType,
  type Sector,
} from '@portal/shared/constants'
import type { PublicPolicyMatchCard } from '@portal/shared/content'
import { pickLocale, type Locale } from '@portal/shared/locales'
import type { MatchReason } from '@portal/shared/policy-match'
import { formatInvestment } from './format'
import { t } from './i18n'

/** Park titles by slug, to name the parks a policy is limited to. */
export type ParkNames = ReadonlyMap<string, { zh: string; en?: string | null | undefined }>

/** One line saying why a policy matched on one criterion, in the reader's language. */
export function describeReason(reason: MatchReason, locale: Locale, parks: ParkNames): string {
  const m = t(locale).policyMatch
  const { criterion } = reason
  if (reason.kind === 'open') return m.open[criterion]
  const name = (value: string | number): string => {
    switch (criterion) {
      case 'sector':
        return SECTOR_LABELS[value as Sector]?.[locale] ?? String(value)
      case 'investor':
        return INVESTOR_TYPE_LABELS[value as InvestorType]?.[locale] ?? String(value)
      case 'park':
        return pickLocale(parks.get(String(value)), locale).text || String(value)
      case 'investment':
        return formatInvestment({ amount: Number(value), unit: 'cny-10k' }, locale)
    }
  }
  const required = reason.required.map(name).join(m.separator)
  if (reason.kind === 'condition')
    return criterion === 'investment'
      ? m.condition.investment(required)
      : m.condition[criterion](required)
  const value = name(reason.value)
  return criterion === 'investment' ? m.met.investment(value, required) : m.met[criterion](value)
}

/** The names of the parks the policies are limited to, from their populated `applicability.parks`. */
export function parkNamesOf(policies: readonly PublicPolicyMatchCard[]): ParkNames {
  const names = new Map<string, { zh: string; en?: string | null | undefined }>()
  for (const policy of policies)
    for (const park of policy.applicability?.parks ?? [])
      if (typeof park === 'object' && park.title) names.set(park.slug, park.title)
  return names
}
