import type { Locale } from '@portal/shared/locales'
import { env } from './env'
import { localePath, t } from './i18n'
import { listHref } from './url'

/**
 * RSS 2.0 for the portal's feeds (`/news/rss.xml`, `/policies/rss.xml` with
 * any of the policy list's filters, and their English twins): one writer, so every feed escapes CMS text the same
 * way and no title can break the XML.
 */

/** A character XML 1.0 allows at all (even escaped, the others make a document invalid). */
const allowed = (c: number) =>
  c === 0x9 ||
  c === 0xa ||
  c === 0xd ||
  (c >= 0x20 && c <= 0xd7ff) ||
  (c >= 0xe000 && c <= 0xfffd) ||
  c >= 0x10000

/** Escapes the five XML special characters and drops characters XML 1.0 forbids. */
export function escapeXml(value: string): string {
  return Array.from(value)
    .filter((ch) => allowed(ch.codePointAt(0) ?? 0))
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

export interface FeedItem {
  title: string
  /** The item's page on the portal, without the language prefix (`/news/some-slug`). */
  path: string
  /** ISO date of publication. */
  date: string
  description?: string
  category?: string
}

/** The list filters a feed follows, by query parameter (empty ones are left out). */
export type FeedFilters = Record<string, string | number | undefined>

export interface FeedChannel {
  title: string
  /** The list page the feed follows, without the language prefix; the feed is at `<path>/rss.xml`. */
  path: string
  /** The list's filters: the feed holds exactly what the filtered list shows. */
  filters?: FeedFilters
  /** Or the list's query string as the page built it (`sector=energy&view=landed`, `?kind=supply`). */
  query?: string
  description: string
}

/**
 * The address of the feed of a list filtered by `filters` (the page number
 * left out): `/policies/rss.xml?status=in-force&topic=tax`. Lists announce it
 * and the feed names itself with it, so a reader subscribes to what they see.
 */
export function feedHref(locale: Locale, listPath: string, filters: FeedFilters = {}): string {
  return listHref(locale, `${listPath}/rss.xml`, filters)
}

/**
 * An RSS 2.0 answer in the reader's language: addresses are absolute under
 * `SITE_URL` with the language prefix, and the newest item's date is the
 * feed's `lastBuildDate`.
 */
export function rssResponse(locale: Locale, channel: FeedChannel, items: FeedItem[]): Response {
  const absolute = (path: string) => new URL(localePath(locale, path), env.SITE_URL).href
  const filters = channel.filters ?? {}
  const rfc822 = (iso: string) => new Date(iso).toUTCString()
  const entries = items.map((item) =>
    [
      '    <item>',
      `      <title>${escapeXml(item.title)}</title>`,
      `      <link>${escapeXml(absolute(item.path))}</link>`,
      `      <guid isPermaLink="true">${escapeXml(absolute(item.path))}</guid>`,
      `      <pubDate>${rfc822(item.date)}</pubDate>`,
      item.description ? `      <description>${escapeXml(item.description)}</description>` : '',
      item.category ? `      <category>${escapeXml(item.category)}</category>` : '',
      '    </item>',
    ]
      .filter(Boolean)
      .join('\n'),
  )
  const newest = items[0]?.date
  // Pages pass the query with or without its leading `?`.
  const bare = channel.query?.replace(/^\?/, '')
  const query = bare ? `?${bare}` : ''
  const self = bare
    ? absolute(`${channel.path}/rss.xml`) + query
    : new URL(feedHref(locale, channel.path, filters), env.SITE_URL).href
  const list = bare
    ? absolute(channel.path) + query
    : new URL(listHref(locale, channel.path, filters), env.SITE_URL).href
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${escapeXml(channel.title)}</title>`,
    `    <link>${escapeXml(list)}</link>`,
    `    <description>${escapeXml(channel.description)}</description>`,
    `    <language>${t(locale).feeds.language}</language>`,
    `    <atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml" />`,
    newest ? `    <lastBuildDate>${rfc822(newest)}</lastBuildDate>` : '',
    ...entries,
    '  </channel>',
    '</rss>',
  ]
    .filter(Boolean)
    .join('\n')
  return new Response(`${xml}\n`, {
    status: 200,
    headers: {
      'content-type': 'application/rss+xml; charset=utf-8',
      'cache-control': 'public, max-age=300',
    },
  })
}
