import { NEWS_CATEGORY_LABELS } from '@portal/shared/constants'
import { pickLocale } from '@portal/shared/locales'
import type { APIRoute } from 'astro'
import { cms } from '../../lib/cms'
import { rssResponse } from '../../lib/feed'
import { t } from '../../lib/i18n'
import { loadPage, unavailableResponse } from '../../lib/page'
import { loadSettings } from '../../lib/settings'

/** RSS 2.0 feed of the 30 newest published news items, in the visitor's language. */
export const GET: APIRoute = async ({ locals }) => {
  const locale = locals.locale ?? 'zh'
  const m = t(locale)
  const list = await loadPage(() => cms.listNews({ page: 1, limit: 30 }))
  if (!list) return unavailableResponse()
  const settings = await loadSettings()
  const bureau = settings ? pickLocale(settings.bureauName, locale).text : ''
  const channel = {
    title: `${bureau || m.siteName} · ${m.navNews}`,
    path: '/news',
    description: m.feeds.news,
  }
  return rssResponse(
    locale,
    channel,
    list.docs.map((news) => ({
      title: pickLocale(news.title, locale).text,
      path: `/news/${news.slug}`,
      date: news.publishedAt,
      description: pickLocale(news.excerpt, locale).text,
      category: NEWS_CATEGORY_LABELS[news.category][locale],
    })),
  )
}
