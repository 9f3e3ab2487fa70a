import type { Bilingual } from '@portal/shared/locales'
import type { HealthThresholds } from './thresholds'

/**
 * 站点体检: what the inspection checks, as one pure function of the site's
 * data, the time and the thresholds, so that each rule can be driven from
 * green to red by dated fixtures, and the admin view, the dashboard panel and
 * the daily digest all say the same thing. Reading the data is `gather.ts`.
 */

export type HealthLevel = 'green' | 'amber' | 'red'

/** One thing to fix, with where to fix it. */
export interface HealthEntry {
  label: string
  href: string
  note?: Bilingual
}

export interface HealthItem {
  /** Stable key (the digest compares runs by it). */
  key: string
  level: HealthLevel
  title: Bilingual
  summary: Bilingual
  /** Where to fix it: the admin list or document, or the pages holding a broken link. */
  href: string
  entries: HealthEntry[]
}

/** How often a column must have something new: 动态 / news weekly, 通知公告 and policies half-yearly. */
export type ColumnPace = 'news' | 'notice' | 'static'

export interface ColumnData {
  key: string
  label: Bilingual
  pace: ColumnPace
  href: string
  count: number
  lastPublishedAt: string | null
}

export interface OpenInquiryData {
  id: number | string
  trackingNumber: string
  type: string
  submittedAt: string
  replyDueAt: string | null
  href: string
}

export interface GuideData {
  title: string
  href: string
  /** The checklist's elements the published guide lacks (labels in Chinese). */
  missing: string[]
}

export interface PolicyData {
  title: string
  href: string
  expiresAt: string | null
  superseded: boolean
}

export interface LinkData {
  url: string
  /** Pages (titles and admin links) that hold the link. */
  pages: { label: string; href: string }[]
}

export interface HealthData {
  columns: ColumnData[]
  /** Open inquiries without a first reply, error reports included. */
  unanswered: OpenInquiryData[]
  guides: GuideData[]
  policies: PolicyData[]
  links: { checkedAt: string | null; broken: LinkData[]; unreachable: LinkData[]; href: string }
}

const DAY_MS = 24 * 60 * 60 * 1000

const daysSince = (at: string, now: Date) => (now.getTime() - new Date(at).getTime()) / DAY_MS

const worst = (levels: HealthLevel[]): HealthLevel =>
  levels.includes('red') ? 'red' : levels.includes('amber') ? 'amber' : 'green'

function paceLimits(pace: ColumnPace, limits: HealthThresholds) {
  if (pace === 'news') return { amber: limits.newsAmberDays, red: limits.newsStaleDays }
  if (pace === 'notice') return { amber: limits.noticeAmberDays, red: limits.noticeStaleDays }
  return null
}

function columnItem(column: ColumnData, now: Date, limits: HealthThresholds): HealthItem {
  const base = { key: `column:${column.key}`, title: column.label, href: column.href, entries: [] }
  if (column.count === 0 || !column.lastPublishedAt) {
    return {
      ...base,
      level: 'red',
      summary: { zh: '空白栏目：没有已发布的内容', en: 'Empty column: nothing published' },
    }
  }
  const days = Math.floor(daysSince(column.lastPublishedAt, now))
  const pace = paceLimits(column.pace, limits)
  const level: HealthLevel = !pace
    ? 'green'
    : days >= pace.red
      ? 'red'
      : days >= pace.amber
        ? 'amber'
        : 'green'
  const limit = pace
    ? { zh: `（${pace.red} 天内须更新）`, en: ` (must change within ${pace.red} days)` }
    : { zh: '', en: '' }
  return {
    ...base,
    level,
    summary: {
      zh: `最近发布于 ${days} 天前${limit.zh}`,
      en: `Last published ${days} days ago${limit.en}`,
    },
  }
}

function homeItem(columns: ColumnData[], now: Date, limits: HealthThresholds): HealthItem {
  const latest = columns
    .map((column) => column.lastPublishedAt)
    .filter((at): at is string => Boolean(at))
    .sort()
    .at(-1)
  const days = latest ? Math.floor(daysSince(latest, now)) : null
  const level: HealthLevel =
    days === null || days >= limits.newsStaleDays
      ? 'red'
      : days >= limits.newsAmberDays
        ? 'amber'
        : 'green'
  return {
    key: 'home',
    level,
    title: { zh: '首页更新', en: 'Home page updates' },
    summary:
      days === null
        ? { zh: '首页没有任何带发布日期的内容', en: 'Nothing dated on the home page' }
        : {
            zh: `首页最新内容发布于 ${days} 天前`,
            en: `Newest item on the home page: ${days} days ago`,
          },
    href: '/admin/collections/news/create',
    entries: [],
  }
}

function inquiryItems(data: HealthData, now: Date, limits: HealthThresholds): HealthItem[] {
  const overdue = (inquiry: OpenInquiryData) =>
    inquiry.replyDueAt !== null && new Date(inquiry.replyDueAt).getTime() < now.getTime()
  const entry = (inquiry: OpenInquiryData): HealthEntry => ({
    label: inquiry.trackingNumber,
    href: inquiry.href,
    note: {
      zh: `${Math.floor(daysSince(inquiry.submittedAt, now))} 天前提交`,
      en: `sent ${Math.floor(daysSince(inquiry.submittedAt, now))} days ago`,
    },
  })
  const questions = data.unanswered.filter((inquiry) => inquiry.type !== 'error-report')
  const late = questions.filter(overdue)
  const failing = questions.filter(
    (inquiry) => daysSince(inquiry.submittedAt, now) > limits.inquiryFailDays,
  )
  const reports = data.unanswered.filter(
    (inquiry) => inquiry.type === 'error-report' && overdue(inquiry),
  )
  const list = '/admin/collections/inquiries'
  return [
    {
      key: 'inquiries-overdue',
      level: late.length > 0 ? 'amber' : 'green',
      title: { zh: '逾期未答复的留言', en: 'Inquiries past their reply deadline' },
      summary: { zh: `${late.length} 条`, en: `${late.length}` },
      href: list,
      entries: late.map(entry),
    },
    {
      key: 'inquiries-failing',
      level: failing.length > 0 ? 'red' : 'green',
      title: {
        zh: '超过 3 个月未答复的留言（单项否决）',
        en: 'Inquiries unanswered over 3 months (fails inspection)',
      },
      summary: { zh: `${failing.length} 条`, en: `${failing.length}` },
      href: list,
      entries: failing.map(entry),
    },
    {
      key: 'error-reports',
      level: reports.length > 0 ? 'red' : 'green',
      title: {
        zh: '超过 3 个工作日未答复的纠错',
        en: 'Error reports unanswered after 3 working days',
      },
      summary: { zh: `${reports.length} 条`, en: `${reports.length}` },
      href: list,
      entries: reports.map(entry),
    },
  ]
}

function guideItem(data: HealthData): HealthItem {
  const incomplete = data.guides.filter((guide) => guide.missing.length > 0)
  return {
    key: 'guides',
    level: incomplete.length > 0 ? 'red' : 'green',
    title: { zh: '办事指南要素', en: 'Service guide elements' },
    summary: {
      zh: `${incomplete.length} 份指南缺少要素`,
      en: `${incomplete.length} guides lack elements`,
    },
    href: '/admin/collections/guides',
    entries: incomplete.map((guide) => ({
      label: guide.title,
      href: guide.href,
      note: { zh: `缺：${guide.missing.join('、')}`, en: `missing: ${guide.missing.join(', ')}` },
    })),
  }
}

function policyItem(data: HealthData, now: Date): HealthItem {
  const expired = data.policies.filter(
    (policy) =>
      !policy.superseded &&
      policy.expiresAt &&
      new Date(policy.expiresAt).getTime() < now.getTime(),
  )
  return {
    key: 'policies-expired',
    level: expired.length > 0 ? 'amber' : 'green',
    title: { zh: '已过有效期的政策', en: 'Policies past their expiry date' },
    summary: {
      zh: `${expired.length} 份：请确认已标注“已失效”，有替代文件的请关联`,
      en: `${expired.length}: check they show as expired and link what replaced them`,
    },
    href: '/admin/collections/policies',
    entries: expired.map((policy) => ({ label: policy.title, href: policy.href })),
  }
}

function linkItems(data: HealthData): HealthItem[] {
  const { links } = data
  const entries = (list: LinkData[]) =>
    list.flatMap((link) =>
      link.pages.map((page) => ({
        label: page.label,
        href: page.href,
        note: { zh: link.url, en: link.url },
      })),
    )
  return [
    {
      key: 'links-broken',
      level: !links.checkedAt ? 'amber' : links.broken.length > 0 ? 'red' : 'green',
      title: { zh: '错误链接', en: 'Broken links' },
      summary: !links.checkedAt
        ? { zh: '尚未检查', en: 'Not checked yet' }
        : { zh: `${links.broken.length} 个`, en: `${links.broken.length}` },
      href: links.href,
      entries: entries(links.broken),
    },
    {
      key: 'links-unreachable',
      level: links.unreachable.length > 0 ? 'amber' : 'green',
      title: { zh: '服务器无法访问的外部链接', en: 'External links not reachable from the server' },
      summary: {
        zh: `${links.unreachable.length} 个（可能是服务器无法连接外网，请人工确认）`,
        en: `${links.unreachable.length} (the server may have no internet access: check by hand)`,
      },
      href: links.href,
      entries: entries(links.unreachable),
    },
  ]
}

/** Every health item, in the order staff read them. */
export function siteHealth(data: HealthData, now: Date, limits: HealthThresholds): HealthItem[] {
  return [
    homeItem(data.columns, now, limits),
    ...data.columns.map((column) => columnItem(column, now, limits)),
    ...inquiryItems(data, now, limits),
    guideItem(data),
    policyItem(data, now),
    ...linkItems(data),
  ]
}

/** The worst level among the items: the colour of the whole site. */
export function overallLevel(items: HealthItem[]): HealthLevel {
  return worst(items.map((item) => item.level))
}

/** Items that are amber or red now but were green (or absent) before, or went from amber to red. */
export function worsened(items: HealthItem[], before: Record<string, HealthLevel>): HealthItem[] {
  const rank: Record<HealthLevel, number> = { green: 0, amber: 1, red: 2 }
  return items.filter((item) => rank[item.level] > rank[before[item.key] ?? 'green'])
}
