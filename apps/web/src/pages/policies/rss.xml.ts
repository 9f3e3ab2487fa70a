import { parsePolicyFilters } from '@portal/shared/filters'
import { pickLocale } from '@portal/shared/locales'
import { validityLabel } from '@portal/shared/policy-validity'
import type { APIRoute } from 'astro'
import { cms } from '../../lib/cms'
import { rssResponse } from '../../lib/feed'
import { t } from '../../lib/i18n'
import { loadPage, unavailableResponse } from '../../lib/page'
import { policyFeedFilters, policyFilterWords } from '../../lib/policy-list'

// The newest published policies as RSS 2.0, in the language of the URL
// (`/policies/rss.xml` in Chinese, `/en/policies/rss.xml` in English), filtered
// exactly as the list page with the same query (`?status=in-force&topic=tax`).
export const GET: APIRoute = async ({ locals, url }) => {
  const locale = locals.locale ?? 'zh'
  const m = t(locale)
  const filters = { ...parsePolicyFilters(url.searchParams), page: 1 }
  const list = await loadPage(() => cms.listPolicies({ ...filters, limit: 30 }))
  if (!list) return unavailableResponse()
  const channel = {
    title: [m.navPolicies, ...policyFilterWords(filters, locale), m.siteName].join(' · '),
    path: '/policies',
    filters: policyFeedFilters(filters),
    description: m.feeds.policies,
  }
  return rssResponse(
    locale,
    channel,
    list.docs.map((policy) => ({
      title: pickLocale(policy.title, locale).text,
      path: `/policies/${policy.slug}`,
      date: policy.issuedAt,
      description: pickLocale(policy.summary, locale).text,
      category: validityLabel(policy)[locale],
    })),
  )
}
