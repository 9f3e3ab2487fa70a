import type { MarketFilters } from '@portal/shared/filters'
import {
  MARKET_CATEGORY_LABELS,
  MARKET_POST_KIND_LABELS,
  MARKET_UNIT_LABELS,
  NEGOTIABLE,
  type MarketUnit,
} from '@portal/shared/market'
import type { PublicMarketCard } from '@portal/shared/market-board'
import { pickLocale, type Locale } from '@portal/shared/locales'
import { formatDate } from './format'
import { localePath, t } from './i18n'
import { listHref } from './url'

/**
 * How the supply and demand board writes a post's figures, in the reader's
 * language, and its filtered addresses (page and RSS feed from one query).
 */

const number = (value: number, locale: Locale) =>
  new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 3 }).format(
    value,
  )

/** 5 吨 / 5 tonnes. */
export function formatQuantity(quantity: number, unit: MarketUnit, locale: Locale): string {
  return `${number(quantity, locale)} ${MARKET_UNIT_LABELS[unit][locale]}`
}

/** 680 元/公斤, or 面议 when the post gives no price. */
export function formatPrice(price: number | null | undefined, unit: MarketUnit, locale: Locale) {
  if (price === null || price === undefined) return NEGOTIABLE[locale]
  return t(locale).market.perUnit(number(price, locale), MARKET_UNIT_LABELS[unit][locale])
}

/** 2027年3月1日起, or a range when the post gives an end. */
export function formatPeriod(from: string, until: string | null | undefined, locale: Locale) {
  const text = t(locale).market
  const start = formatDate(from, locale)
  return until ? text.range(start, formatDate(until, locale)) : text.from(start)
}

/** The board's filters without the page, for links, the feed and the cache key alike. */
function marketQuery(filters: MarketFilters): Record<string, string | undefined> {
  return { kind: filters.kind, category: filters.category, township: filters.township }
}

/** The filters as a query string (`?kind=supply`), or empty. */
export function marketSearch(filters: MarketFilters): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(marketQuery(filters))) if (value) params.set(key, value)
  const query = params.toString()
  return query ? `?${query}` : ''
}

/** The address of the board (or its feed, with `/rss.xml`) for these filters. */
export function marketHref(locale: Locale, filters: MarketFilters, path = '/market', page = 1) {
  return listHref(locale, path, marketQuery(filters), page)
}

/** What a filtered board is about, for the feed's title: 供应 · 茶叶 · 金山镇. */
export function marketFilterTitle(filters: MarketFilters, locale: Locale): string {
  const parts = [
    filters.kind && MARKET_POST_KIND_LABELS[filters.kind][locale],
    filters.category && MARKET_CATEGORY_LABELS[filters.category][locale],
    filters.township,
  ].filter(Boolean)
  return parts.length ? parts.join(' · ') : t(locale).all
}

/** Posts as a short headline list (the home page, an agri-food project's page). */
export function marketHeadlines(posts: readonly PublicMarketCard[], locale: Locale) {
  return posts.map((post) => ({
    href: localePath(locale, `/market/${post.id}`),
    title: pickLocale(post.title, locale).text,
    meta: `${MARKET_POST_KIND_LABELS[post.kind][locale]} · ${MARKET_CATEGORY_LABELS[post.category][locale]} · ${post.township}`,
  }))
}
