import type { CollectionConfig, NumberField } from 'payload'
import { contentEditors, editorialAccess } from '../../access/editorial'
import { hasRole } from '../../access/hasRole'
import { ADMIN_GROUPS, bilingualLabels } from '../../fields/admin'
import { localizedText, localizedTextarea } from '../../fields/bilingual'
import { computeFigures } from './hooks/computeFigures'

const amount = (name: string, label: { zh: string; en: string }): NumberField => ({
  name,
  type: 'number',
  label,
  min: 0,
})

/**
 * The yearly report on the website (政府网站工作年度报表, 国办函〔2018〕12号),
 * one per year, published on the portal before 31 January for the year
 * before. Staff fill in what the data cannot know (identity, budget,
 * security); the figures come from the data when the report is saved. Until
 * staff publish it, it is a draft and the portal's page for the year is 404.
 */
export const AnnualReports: CollectionConfig = {
  slug: 'annual-reports',
  labels: bilingualLabels('网站年度报表', 'Annual report', 'Annual reports'),
  access: editorialAccess(contentEditors, hasRole('admin')),
  admin: {
    useAsTitle: 'year',
    defaultColumns: ['year', 'siteCode', 'updatedAt', '_status'],
    group: ADMIN_GROUPS.site,
    description: {
      zh: '每年 1 月 31 日前在门户首页公开上一年度的报表。统计数字在保存时按该年度数据自动生成；其余项目请按报表模板填写。',
      en: 'Publish the report for the previous year on the portal before 31 January. The figures are computed from that year’s data on every save; fill in the rest as the template asks.',
    },
  },
  defaultSort: '-year',
  fields: [
    {
      name: 'year',
      type: 'number',
      label: { zh: '年度', en: 'Year' },
      required: true,
      unique: true,
      index: true,
      min: 2000,
      max: 2100,
    },
    {
      type: 'row',
      fields: [
        {
          ...localizedText('siteName', { zh: '网站名称', en: 'Website name' }, 120),
          required: true,
        },
        {
          name: 'siteCode',
          type: 'text',
          label: { zh: '网站标识码', en: 'Website identifier code' },
          required: true,
          maxLength: 20,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'domain',
          type: 'text',
          label: { zh: '首页网址', en: 'Home page address' },
          required: true,
          maxLength: 200,
        },
        { ...localizedText('organiser', { zh: '主办单位', en: 'Organiser' }, 120), required: true },
      ],
    },
    {
      name: 'budget',
      type: 'group',
      label: {
        zh: '运维与安全（按报表模板填写）',
        en: 'Operation and security (as the template asks)',
      },
      fields: [
        {
          type: 'row',
          fields: [
            amount('operatingBudget', {
              zh: '年度运维经费（万元）',
              en: 'Operating budget (10k CNY)',
            }),
            amount('staffCount', { zh: '网站工作人员（人）', en: 'Website staff' }),
            amount('securityChecks', { zh: '安全检测评估（次）', en: 'Security assessments' }),
          ],
        },
        {
          type: 'row',
          fields: [
            amount('problemsFound', { zh: '发现问题数', en: 'Problems found' }),
            amount('problemsFixed', { zh: '整改问题数', en: 'Problems fixed' }),
          ],
        },
      ],
    },
    localizedTextarea('notes', { zh: '其他说明', en: 'Other notes' }, 2000),
    {
      name: 'figures',
      type: 'json',
      label: { zh: '统计数字（自动生成）', en: 'Figures (computed)' },
      admin: {
        readOnly: true,
        description: {
          zh: '各栏目发布条数、留言与纠错办理情况，保存时按该年度（北京时间）数据重新计算。',
          en: 'Items per column, inquiries and error reports, recomputed from the year’s data (China time) on every save.',
        },
      },
    },
  ],
  hooks: {
    beforeChange: [computeFigures],
  },
  versions: { drafts: true, maxPerDoc: 10 },
}
