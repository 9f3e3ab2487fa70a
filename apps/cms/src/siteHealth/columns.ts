import { NEWS_CATEGORIES, NEWS_CATEGORY_LABELS } from '@portal/shared/constants'
import type { Bilingual } from '@portal/shared/locales'
import type { CollectionSlug, Where } from 'payload'
import type { ColumnPace } from './rules'

/**
 * The portal's public columns (栏目) as the inspection counts them: what each
 * holds, how often it must change, and which date says when an item came
 * out. The health view and the annual report both read this one list.
 */
export interface Column {
  key: string
  collection: CollectionSlug
  label: Bilingual
  pace: ColumnPace
  dateField: string
  where?: Where
}

export const published: Where = { _status: { equals: 'published' } }

export const COLUMNS: Column[] = [
  ...NEWS_CATEGORIES.map((category) => ({
    key: `news-${category}`,
    collection: 'news' as const,
    label: NEWS_CATEGORY_LABELS[category],
    // 通知公告 is held to the half-year rule, the 动态 columns to the two-week one.
    pace: (category === 'notice' ? 'notice' : 'news') as ColumnPace,
    dateField: 'publishedAt',
    where: { category: { equals: category } },
  })),
  {
    key: 'policies',
    collection: 'policies',
    label: { zh: '政策文件', en: 'Policies' },
    pace: 'notice',
    dateField: 'issuedAt',
  },
  {
    key: 'projects',
    collection: 'projects',
    label: { zh: '招商项目', en: 'Projects' },
    pace: 'static',
    dateField: 'createdAt',
  },
  {
    key: 'guides',
    collection: 'guides',
    label: { zh: '办事指南', en: 'Service guides' },
    pace: 'static',
    dateField: 'createdAt',
  },
]

/** The published items of a column, and optionally only those dated in [from, to). */
export function columnWhere(column: Column, range?: { from: Date; to: Date }): Where {
  const parts: Where[] = [published]
  if (column.where) parts.push(column.where)
  if (range) {
    parts.push({
      [column.dateField]: {
        greater_than_equal: range.from.toISOString(),
        less_than: range.to.toISOString(),
      },
    })
  }
  return { and: parts }
}
