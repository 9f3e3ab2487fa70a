import { pickLocale } from '@portal/shared/locales'
import type { APIRoute } from 'astro'
import { cms } from '../../lib/cms'
import { rssResponse } from '../../lib/feed'
import { t } from '../../lib/i18n'
import { loadPage, unavailableResponse } from '../../lib/page'

// The newest published policies as RSS 2.0, in the language of the URL
// (`/policies/rss.xml` in Chinese, `/en/policies/rss.xml` in English).
export const GET: APIRoute = async ({ locals }) => {
  const locale = locals.locale ?? 'zh'
  const m = t(locale)
  const list = await loadPage(() => cms.listPolicies({ page: 1, limit: 30 }))
  if (!list) return unavailableResponse()
  const channel = {
    title: `${m.navPolicies} · ${m.siteName}`,
    path: '/policies',
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
    })),
  )
}
