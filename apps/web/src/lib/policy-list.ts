import {
  POLICY_TOPIC_LABELS,
  POLICY_VALIDITY_LABELS,
  type PolicyValidity,
} from '@portal/shared/constants'
import type { PolicyFilters } from '@portal/shared/filters'
import type { Locale } from '@portal/shared/locales'
import { t } from './i18n'

/** The words for a state in the policy list's filter: the fourth state is "repealed or superseded". */
export function statusOptionLabel(status: PolicyValidity, locale: Locale): string {
  return status === 'repealed'
    ? t(locale).policyMatch.statusRepealedOption
    : POLICY_VALIDITY_LABELS[status][locale]
}

/** The policy list's filters as the list page and its feed name them ("现行有效 · 税收优惠 · 关键词"). */
export function policyFilterWords(filters: Partial<PolicyFilters>, locale: Locale): string[] {
  return [
    filters.status ? statusOptionLabel(filters.status, locale) : '',
    filters.topic ? POLICY_TOPIC_LABELS[filters.topic][locale] : '',
    filters.q ?? '',
  ].filter(Boolean)
}

/** The filters a policy list and its feed share, without the page number. */
export function policyFeedFilters(filters: Partial<PolicyFilters>) {
  return { topic: filters.topic, status: filters.status, q: filters.q }
}
