import type { CollectionConfig } from 'payload'
import {
  POLICY_TOPICS,
  POLICY_TOPIC_LABELS,
  POLICY_VALIDITY,
  POLICY_VALIDITY_LABELS,
} from '@portal/shared/constants'
import { bodyField, localizedText, localizedTextarea, titleField } from '#cms/fields/bilingual'
import { optionsFrom } from '#cms/fields/options'
import { slugField } from '#cms/fields/slug'
import { recordTranslation, translationFields } from '#cms/fields/translation'
import { applicabilityFields } from './fields/applicability'
import { computeValidity } from './hooks/computeValidity'
import { publishingVersions } from '../publishing'
import { ADMIN_GROUPS, bilingualLabels, dayField, dayOnly } from '#cms/fields/admin'
import { contentEditors, editorialAccess } from '#cms/access/editorial'

/** Policy measures (政策措施): incentive policies and action plans with their document numbers. */
export const Policies: CollectionConfig = {
  slug: 'policies',
  labels: bilingualLabels('政策措施', 'Policy', 'Policies'),
  access: editorialAccess(contentEditors),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'docNumber', 'topic', 'issuedAt', 'validity', '_status'],
    listSearchableFields: ['title', 'docNumber'],
    group: ADMIN_GROUPS.content,
  },
  defaultSort: '-issuedAt',
  indexes: [{ fields: ['_status', 'issuedAt'] }],
  fields: [
    titleField({ zh: '政策名称', en: 'Title' }, 200),
    {
      type: 'row',
      fields: [
        {
          name: 'docNumber',
          type: 'text',
          label: { zh: '文号', en: 'Document number' },
          maxLength: 60,
          index: true,
        },
        localizedText('issuer', { zh: '发文机关', en: 'Issued by' }, 100),
        {
          name: 'topic',
          type: 'select',
          label: { zh: '政策分类', en: 'Topic' },
          required: true,
          index: true,
          options: optionsFrom(POLICY_TOPICS, POLICY_TOPIC_LABELS),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        dayField('issuedAt', { zh: '发布日期', en: 'Issued' }, { required: true, index: true }),
        dayField('effectiveAt', { zh: '施行日期', en: 'In force from' }, { index: true }),
        {
          name: 'expiresAt',
          type: 'date',
          label: { zh: '有效期至', en: 'Expires' },
          index: true,
          admin: {
            ...dayOnly,
            description: { zh: '长期有效的留空。', en: 'Leave empty if open-ended.' },
          },
        },
        {
          name: 'repealedAt',
          type: 'date',
          label: { zh: '废止日期', en: 'Repealed on' },
          index: true,
          admin: {
            ...dayOnly,
            description: {
              zh: '政策被明令废止的日期；未废止的留空。',
              en: 'The day the policy was repealed; leave empty otherwise.',
            },
          },
        },
      ],
    },
    localizedTextarea('summary', { zh: '政策要点', en: 'Summary' }, 1500),
    ...applicabilityFields,
    bodyField({ zh: '政策全文', en: 'Full text' }),
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: { zh: '附件', en: 'Attachments' },
    },
    {
      name: 'supersededBy',
      type: 'relationship',
      relationTo: 'policies',
      label: { zh: '被以下政策替代', en: 'Superseded by' },
      index: true,
      admin: {
        position: 'sidebar',
        description: {
          zh: '选择取代本政策的新文件，本政策即显示为“已被修改”（填了废止日期的，自该日起），门户将提示访客查看新政策。',
          en: 'The newer policy that replaces this one: this one then shows as superseded (from the repeal date, if one is set) and visitors are pointed to it.',
        },
      },
    },
    {
      name: 'validity',
      type: 'select',
      label: { zh: '效力状态', en: 'Validity' },
      virtual: true,
      options: optionsFrom(POLICY_VALIDITY, POLICY_VALIDITY_LABELS),
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: {
          zh: '系统按北京时间的日期和替代、废止关系自动判断。',
          en: 'Worked out from the dates (China time), the repeal date and the superseded-by link.',
        },
      },
      hooks: { afterRead: [computeValidity] },
    },
    slugField('policies'),
    ...translationFields(),
  ],
  hooks: {
    beforeChange: [recordTranslation],
  },
  versions: publishingVersions(50),
}
