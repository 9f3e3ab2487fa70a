import type { CollectionConfig } from 'payload'
import {
  BROCHURE_LANGUAGES,
  BROCHURE_LANGUAGE_LABELS,
  COOPERATION_MODES,
  COOPERATION_MODE_LABELS,
  INVESTMENT_UNITS,
  INVESTMENT_UNIT_LABELS,
  LAND_UNITS,
  LAND_UNIT_LABELS,
  PROJECT_STAGES,
  PROJECT_STAGE_LABELS,
  SECTORS,
  SECTOR_LABELS,
} from '@portal/shared/constants'
import { MARKET_CATEGORIES, MARKET_CATEGORY_LABELS } from '@portal/shared/market'
import { hasRole } from '#cms/access/hasRole'
import { staffOnlyField } from '#cms/access/staff'
import { bodyField, localizedText, localizedTextarea, titleField } from '#cms/fields/bilingual'
import { optionsFrom } from '#cms/fields/options'
import { slugField } from '#cms/fields/slug'
import { recordTranslation, translationFields } from '#cms/fields/translation'
import { computeInvestmentSize } from './hooks/computeInvestmentSize'
import { keepNextFollowUp } from './hooks/keepNextFollowUp'
import { recordStageChange } from './hooks/recordStageChange'
import { removeFollowUps } from './hooks/removeFollowUps'
import { projectCodeField, projectInvestorsField } from './investorFields'
import { publishingVersions } from '../publishing'
import { ADMIN_GROUPS, bilingualLabels, dayField, dayOnly } from '#cms/fields/admin'
import { changeHistoryFields } from '#cms/fields/history'
import { contentEditors, editorialAccess } from '#cms/access/editorial'
import { listedProjectOrStaff } from '#cms/access/listedProjectOrStaff'

/** Fields only staff see: the tracking responsibility system (项目跟踪责任制). */
const internal = { read: staffOnlyField }

/** Staff who write projects. */
const editors = hasRole('admin', 'editor', 'investment-officer')

/** The investment project library (招商引资项目库). */
export const Projects: CollectionConfig = {
  slug: 'projects',
  labels: bilingualLabels('招商项目', 'Investment project', 'Investment projects'),
  access: { ...editorialAccess(editors, contentEditors), read: listedProjectOrStaff },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'sector', 'stage', 'featured', 'updatedAt', '_status'],
    listSearchableFields: ['title', 'slug'],
    group: ADMIN_GROUPS.investment,
  },
  defaultSort: '-updatedAt',
  // The portal's list: published only, newest first, often by sector and stage.
  indexes: [
    { fields: ['_status', 'updatedAt'] },
    { fields: ['_status', 'sector', 'stage', 'updatedAt'] },
  ],
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { zh: '项目介绍', en: 'Description' },
          fields: [
            titleField({ zh: '项目名称', en: 'Title' }, 120),
            localizedTextarea('summary', { zh: '项目简介', en: 'Summary' }, 1000),
            bodyField({ zh: '项目详情', en: 'Details' }),
            {
              name: 'highlights',
              type: 'array',
              label: { zh: '项目优势与亮点', en: 'Highlights' },
              labels: bilingualLabels('亮点', 'Highlight', 'Highlights'),
              maxRows: 10,
              fields: [localizedText('text', { zh: '内容', en: 'Text' }, 300)],
            },
          ],
        },
        {
          label: { zh: '投资要素', en: 'Key facts' },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'sector',
                  type: 'select',
                  label: { zh: '所属行业', en: 'Sector' },
                  required: true,
                  index: true,
                  options: optionsFrom(SECTORS, SECTOR_LABELS),
                },
                {
                  name: 'stage',
                  type: 'select',
                  label: { zh: '项目阶段', en: 'Stage' },
                  required: true,
                  index: true,
                  defaultValue: 'reserve',
                  options: optionsFrom(PROJECT_STAGES, PROJECT_STAGE_LABELS),
                },
              ],
            },
            {
              // Ties the project library to the supply and demand board (三结合).
              name: 'marketCategories',
              type: 'select',
              hasMany: true,
              label: { zh: '相关农产品类别', en: 'Related farm products' },
              options: optionsFrom(MARKET_CATEGORIES, MARKET_CATEGORY_LABELS),
              admin: {
                condition: (data) => data?.sector === 'agrifood',
                description: {
                  zh: '项目页面会列出农产品供求栏目中这些类别的最新信息。',
                  en: 'The project page lists the newest posts of these categories from the supply and demand board.',
                },
              },
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'park',
                  type: 'relationship',
                  relationTo: 'parks',
                  label: { zh: '所在园区', en: 'Park' },
                  index: true,
                },
                localizedText('location', { zh: '建设地点', en: 'Location' }, 200),
              ],
            },
            {
              name: 'investment',
              type: 'group',
              label: { zh: '总投资', en: 'Total investment' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'amount',
                      type: 'number',
                      label: { zh: '金额', en: 'Amount' },
                      required: true,
                      min: 0.01,
                    },
                    {
                      name: 'unit',
                      type: 'select',
                      label: { zh: '单位', en: 'Unit' },
                      required: true,
                      defaultValue: 'cny-10k',
                      options: optionsFrom(INVESTMENT_UNITS, INVESTMENT_UNIT_LABELS),
                    },
                  ],
                },
              ],
            },
            {
              name: 'investmentSize',
              type: 'number',
              label: { zh: '折合投资额（万元）', en: 'Investment in 10k CNY' },
              index: true,
              admin: {
                readOnly: true,
                description: {
                  zh: '系统按金额和单位自动换算，用于按规模筛选。',
                  en: 'Computed from amount and unit, for the size filter.',
                },
              },
            },
            {
              name: 'landArea',
              type: 'group',
              label: { zh: '用地面积', en: 'Land area' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'amount', type: 'number', label: { zh: '面积', en: 'Area' }, min: 0 },
                    {
                      name: 'unit',
                      type: 'select',
                      label: { zh: '单位', en: 'Unit' },
                      defaultValue: 'mu',
                      options: optionsFrom(LAND_UNITS, LAND_UNIT_LABELS),
                    },
                  ],
                },
              ],
            },
            {
              name: 'cooperationModes',
              type: 'select',
              hasMany: true,
              label: { zh: '合作方式', en: 'Cooperation modes' },
              options: optionsFrom(COOPERATION_MODES, COOPERATION_MODE_LABELS),
            },
          ],
        },
        {
          label: { zh: '图片与资料', en: 'Images and files' },
          fields: [
            {
              name: 'gallery',
              type: 'upload',
              relationTo: 'media',
              hasMany: true,
              maxRows: 12,
              label: { zh: '项目图片', en: 'Gallery' },
              filterOptions: { mimeType: { contains: 'image' } },
            },
            {
              name: 'brochure',
              type: 'upload',
              relationTo: 'media',
              label: { zh: '项目推介书（PDF）', en: 'Brochure (PDF)' },
              filterOptions: { mimeType: { equals: 'application/pdf' } },
            },
            {
              // Shown beside the download link, so a reader knows before the download.
              name: 'brochureLanguage',
              type: 'select',
              label: { zh: '推介书语言', en: 'Brochure language' },
              defaultValue: 'zh',
              options: optionsFrom(BROCHURE_LANGUAGES, BROCHURE_LANGUAGE_LABELS),
              admin: { condition: (data) => Boolean(data?.brochure) },
            },
            {
              name: 'contact',
              type: 'group',
              label: { zh: '对外联系方式', en: 'Public contact' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    localizedText('name', { zh: '联系人', en: 'Name' }, 60),
                    {
                      name: 'phone',
                      type: 'text',
                      label: { zh: '电话', en: 'Phone' },
                      maxLength: 40,
                    },
                    {
                      name: 'email',
                      type: 'email',
                      label: { zh: '电子邮箱', en: 'E-mail' },
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: { zh: '内部跟踪', en: 'Internal tracking' },
          description: {
            zh: '本页内容仅工作人员可见，不会在门户网站公开。',
            en: 'Staff only: never shown on the public portal.',
          },
          fields: [
            {
              name: 'tracking',
              type: 'group',
              label: { zh: '项目跟踪', en: 'Tracking' },
              access: internal,
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'responsibleOfficer',
                      type: 'relationship',
                      relationTo: 'users',
                      label: { zh: '责任人', en: 'Responsible officer' },
                      index: true,
                    },
                    {
                      ...dayField(
                        'nextFollowUp',
                        { zh: '下次跟进日期', en: 'Next follow-up' },
                        { index: true },
                      ),
                      admin: {
                        ...dayOnly,
                        readOnly: true,
                        description: {
                          zh: '取自最新一条跟进记录。',
                          en: 'Taken from the latest follow-up entry.',
                        },
                      },
                      hooks: { beforeChange: [keepNextFollowUp] },
                    },
                  ],
                },
                {
                  name: 'followUps',
                  type: 'join',
                  collection: 'follow-ups',
                  on: 'project',
                  label: { zh: '跟进记录', en: 'Follow-up log' },
                  defaultSort: '-date',
                  defaultLimit: 20,
                  admin: {
                    defaultColumns: ['date', 'kind', 'text', 'author', 'nextStep', 'nextDate'],
                    allowCreate: true,
                  },
                },
                {
                  name: 'stageHistory',
                  type: 'array',
                  label: { zh: '阶段变更记录', en: 'Stage history' },
                  labels: bilingualLabels('阶段变更', 'Stage change', 'Stage changes'),
                  admin: {
                    readOnly: true,
                    description: {
                      zh: '每次修改项目阶段时由系统自动记录。',
                      en: 'Recorded automatically whenever the stage changes.',
                    },
                  },
                  fields: changeHistoryFields(optionsFrom(PROJECT_STAGES, PROJECT_STAGE_LABELS), {
                    from: { zh: '原阶段', en: 'From' },
                    to: { zh: '新阶段', en: 'To' },
                  }),
                },
              ],
            },
            projectInvestorsField,
          ],
        },
      ],
    },
    projectCodeField,
    slugField('projects'),
    {
      name: 'featured',
      type: 'checkbox',
      label: { zh: '首页推荐', en: 'Featured on home page' },
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar' },
    },
    ...translationFields(),
  ],
  hooks: {
    beforeChange: [recordTranslation, computeInvestmentSize, recordStageChange],
    beforeDelete: [removeFollowUps],
  },
  versions: publishingVersions(50),
}
