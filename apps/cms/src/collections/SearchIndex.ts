import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone'

/** Kinds of public document the site-wide search covers. */
export const SEARCHABLE = ['projects', 'policies', 'news', 'guides'] as const
export type Searchable = (typeof SEARCHABLE)[number]

/**
 * One row per published document, in both languages, kept in step by the
 * `syncSearchIndex` hooks: the portal's single search over projects, policies,
 * news and guides. Only hooks write here; everyone may read (it holds public text only).
 */
export const SearchIndex: CollectionConfig = {
  slug: 'search',
  labels: {
    singular: { zh: '搜索索引', en: 'Search entry' },
    plural: { zh: '搜索索引', en: 'Search index' },
  },
  access: {
    read: anyone,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  admin: {
    useAsTitle: 'titleZh',
    group: { zh: '系统', en: 'System' },
    defaultColumns: ['titleZh', 'docType', 'date'],
    description: {
      zh: '由系统在发布内容时自动维护，无需手动编辑。',
      en: 'Maintained automatically when content is published.',
    },
  },
  defaultSort: '-date',
  fields: [
    {
      name: 'docType',
      type: 'select',
      required: true,
      index: true,
      options: [
        { value: 'projects', label: { zh: '招商项目', en: 'Project' } },
        { value: 'policies', label: { zh: '政策措施', en: 'Policy' } },
        { value: 'news', label: { zh: '新闻动态', en: 'News' } },
        { value: 'guides', label: { zh: '办事指南', en: 'Service guide' } },
      ],
    },
    { name: 'docId', type: 'text', required: true, index: true },
    { name: 'slug', type: 'text', required: true },
    { name: 'titleZh', type: 'text', required: true },
    { name: 'titleEn', type: 'text' },
    { name: 'textZh', type: 'textarea' },
    { name: 'textEn', type: 'textarea' },
    { name: 'date', type: 'date', index: true },
  ],
}
