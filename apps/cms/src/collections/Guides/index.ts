import type { CollectionConfig } from 'payload'
import { requiredToPublish } from './elements'
import { localizedText, localizedTextarea, titleField } from '../../fields/bilingual'
import { slugField } from '../../fields/slug'
import { recordTranslation, translationFields } from '../../fields/translation'
import { publishingVersions } from '../publishing'
import { ADMIN_GROUPS, bilingualLabels } from '../../fields/admin'
import { contentEditors, editorialAccess } from '../../access/editorial'

/**
 * Service guides (办事指南) for the commerce window of the county government
 * service centre. The eight elements of the inspection checklist
 * (`GUIDE_ELEMENTS`) are required to publish.
 */
export const Guides: CollectionConfig = {
  slug: 'guides',
  labels: bilingualLabels('办事指南', 'Service guide', 'Service guides'),
  access: editorialAccess(contentEditors),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'phone', 'updatedAt', '_status'],
    group: ADMIN_GROUPS.content,
  },
  defaultSort: 'title',
  fields: [
    titleField({ zh: '事项名称', en: 'Service' }, 120),
    localizedTextarea('summary', { zh: '事项简介', en: 'Summary' }, 800),
    localizedTextarea('audience', { zh: '适用对象', en: 'Who it is for' }, 800),
    {
      ...localizedTextarea('basis', { zh: '设定依据', en: 'Legal basis' }, 1500),
      validate: requiredToPublish,
      admin: {
        description: {
          zh: '设定该事项的法律、法规或规章名称及条款。',
          en: 'The law, regulation or rule (and article) that establishes this service.',
        },
      },
    },
    {
      ...localizedTextarea('conditions', { zh: '申请条件', en: 'Conditions' }, 1500),
      validate: requiredToPublish,
    },
    {
      name: 'materials',
      type: 'array',
      validate: requiredToPublish,
      label: { zh: '办理材料', en: 'What to bring' },
      labels: bilingualLabels('材料', 'Item', 'Items'),
      fields: [localizedText('item', { zh: '材料名称', en: 'Item' }, 300)],
    },
    {
      name: 'steps',
      type: 'array',
      validate: requiredToPublish,
      label: { zh: '办理流程', en: 'Steps' },
      labels: bilingualLabels('步骤', 'Step', 'Steps'),
      fields: [localizedText('step', { zh: '步骤说明', en: 'Step' }, 400)],
    },
    {
      type: 'row',
      fields: [
        localizedText('timeLimit', { zh: '办理时限', en: 'Time limit' }, 200),
        localizedText('fees', { zh: '收费标准', en: 'Fees' }, 200),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          ...localizedText('location', { zh: '办理地点', en: 'Where' }, 200),
          validate: requiredToPublish,
        },
        {
          ...localizedText('hours', { zh: '办理时间', en: 'Opening hours' }, 200),
          validate: requiredToPublish,
        },
        {
          name: 'phone',
          type: 'text',
          label: { zh: '联系电话', en: 'Phone' },
          maxLength: 40,
          validate: requiredToPublish,
        },
      ],
    },
    {
      name: 'relatedPolicies',
      type: 'relationship',
      relationTo: 'policies',
      hasMany: true,
      label: { zh: '相关政策', en: 'Related policies' },
    },
    slugField('guides'),
    ...translationFields(),
  ],
  hooks: {
    beforeChange: [recordTranslation],
  },
  versions: publishingVersions(30),
}
