import type { CollectionConfig } from 'payload'
import { NEWS_CATEGORIES, NEWS_CATEGORY_LABELS } from '@portal/shared/constants'
import { hasRole } from '../access/hasRole'
import { bodyField, localizedText, localizedTextarea, titleField } from '../fields/bilingual'
import { optionsFrom } from '../fields/options'
import { slugField } from '../fields/slug'
import { recordTranslation, translationFields } from '../fields/translation'
import { publishingVersions } from './publishing'
import { ADMIN_GROUPS, bilingualLabels } from '../fields/admin'
import { contentEditors, editorialAccess } from '../access/editorial'

/** Staff who write news. */
const editors = hasRole('admin', 'editor', 'chamber-staff')

/** News (商会动态 / 招商动态 / 通知公告). Chamber staff write chamber news; editors write all. */
export const News: CollectionConfig = {
  slug: 'news',
  labels: bilingualLabels('新闻动态', 'News item', 'News'),
  access: editorialAccess(editors, contentEditors),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'publishedAt', '_status'],
    group: ADMIN_GROUPS.content,
  },
  defaultSort: '-publishedAt',
  indexes: [{ fields: ['_status', 'publishedAt'] }],
  fields: [
    titleField({ zh: '标题', en: 'Title' }, 160),
    {
      type: 'row',
      fields: [
        {
          name: 'category',
          type: 'select',
          label: { zh: '栏目', en: 'Category' },
          required: true,
          index: true,
          options: optionsFrom(NEWS_CATEGORIES, NEWS_CATEGORY_LABELS),
        },
        {
          name: 'publishedAt',
          type: 'date',
          label: { zh: '发布时间', en: 'Published' },
          required: true,
          index: true,
          defaultValue: () => new Date().toISOString(),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        localizedText('author', { zh: '来源 / 作者', en: 'Source / author' }, 80),
      ],
    },
    localizedTextarea('excerpt', { zh: '摘要', en: 'Excerpt' }, 500),
    { name: 'cover', type: 'upload', relationTo: 'media', label: { zh: '封面图片', en: 'Cover' } },
    bodyField(),
    slugField('news'),
    ...translationFields(),
  ],
  hooks: {
    beforeChange: [recordTranslation],
  },
  versions: publishingVersions(30),
}
