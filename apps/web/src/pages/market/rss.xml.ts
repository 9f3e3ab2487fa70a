import { parseMarketFilters } from '@portal/shared/filters'
import { MARKET_CATEGORY_LABELS } from '@portal/shared/market'
import { pickLocale } from '@portal/shared/locales'
import type { APIRoute } from 'astro'
import { cms } from '../../lib/cms'
import { rssResponse } from '../../lib/feed'
import { t } from '../../lib/i18n'
import { formatPrice, formatQuantity, marketFilterTitle, marketSearch } from '../../lib/market'
import { loadPage, unavailableResponse } from '../../lib/page'

/** RSS 2.0 feed of the 30 newest posts on the board, with the board's filters, in the visitor's language. */
export const GET: APIRoute = async ({ locals, url }) => {
  const locale = locals.locale ?? 'zh'
  const text = t(locale).market
  const filters = { ...parseMarketFilters(url.searchParams), page: 1 }
  const list = await loadPage(() => cms.listMarketPosts({ ...filters, limit: 30 }))
  if (!list) return unavailableResponse()
  return rssResponse(
    locale,
    {
      title: text.feedTitle(marketFilterTitle(filters, locale)),
      path: '/market',
      description: text.feedDescription,
      // Only the filters the board understood, in their normal form.
      query: marketSearch(filters),
    },
    list.docs.map((post) => ({
      title: pickLocale(post.title, locale).text,
      path: `/market/${post.id}`,
      date: post.publishedAt ?? post.updatedAt,
      description: `${formatQuantity(post.quantity, post.unit, locale)} · ${formatPrice(post.price, post.unit, locale)} · ${post.township}`,
      category: MARKET_CATEGORY_LABELS[post.category][locale],
    })),
  )
}
