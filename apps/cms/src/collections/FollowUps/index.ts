import type { CollectionConfig } from 'payload'
import { FOLLOW_UP_KINDS, FOLLOW_UP_KIND_LABELS } from '@portal/shared/constants'
import { hasRole } from '#cms/access/hasRole'
import { staffOnly } from '#cms/access/staff'
import { ADMIN_GROUPS, bilingualLabels, dayField, dayOnly } from '#cms/fields/admin'
import { optionsFrom } from '#cms/fields/options'
import { stampAuthor } from './hooks/stampAuthor'
import { syncNextFollowUp, syncNextFollowUpAfterDelete } from './hooks/syncNextFollowUp'

/** The staff who write projects may add entries, as they may edit a project's tracking fields. */
const projectEditors = hasRole('admin', 'editor', 'investment-officer')

/** Only an admin corrects or removes a saved entry: the log is a record, not a notepad. */
const admins = hasRole('admin')

/**
 * The follow-up log of a project (项目跟进记录): one entry per visit, call,
 * meeting, document or site inspection, newest first. Staff only, like the
 * project's tracking fields; the author is whoever saved it, and the project's
 * next follow-up date comes from its latest entry.
 */
export const FollowUps: CollectionConfig = {
  slug: 'follow-ups',
  labels: bilingualLabels('跟进记录', 'Follow-up', 'Follow-ups'),
  access: {
    read: staffOnly,
    create: projectEditors,
    update: admins,
    delete: admins,
  },
  admin: {
    defaultColumns: ['date', 'project', 'company', 'kind', 'text', 'author', 'nextDate'],
    group: ADMIN_GROUPS.investment,
    description: {
      zh: '保存后不能修改或删除（系统管理员除外）；项目的“下次跟进日期”取自最新一条记录。',
      en: 'Saved entries cannot be changed or deleted except by an admin; the project’s next follow-up date comes from the latest entry.',
    },
  },
  defaultSort: '-date',
  indexes: [{ fields: ['project', 'date'] }],
  fields: [
    {
      name: 'project',
      type: 'relationship',
      relationTo: 'projects',
      label: { zh: '项目', en: 'Project' },
      required: true,
      index: true,
    },
    {
      name: 'company',
      type: 'relationship',
      relationTo: 'companies',
      label: { zh: '涉及客商', en: 'Investor company' },
      index: true,
      admin: {
        description: {
          zh: '本次跟进涉及的客商企业（可不填）；客商资源库中该企业的页面会列出这条记录。',
          en: 'The investor company this entry involves, if any; the company’s record lists the entry.',
        },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'date',
          type: 'date',
          label: { zh: '跟进日期', en: 'Date' },
          required: true,
          index: true,
          defaultValue: () => new Date().toISOString(),
          admin: dayOnly,
        },
        {
          name: 'kind',
          type: 'select',
          label: { zh: '跟进方式', en: 'Kind' },
          required: true,
          options: optionsFrom(FOLLOW_UP_KINDS, FOLLOW_UP_KIND_LABELS),
        },
        {
          name: 'author',
          type: 'relationship',
          relationTo: 'users',
          label: { zh: '记录人', en: 'Author' },
          index: true,
          admin: {
            readOnly: true,
            description: { zh: '由系统填写为保存人。', en: 'Set to whoever saves the entry.' },
          },
        },
      ],
    },
    {
      name: 'text',
      type: 'textarea',
      label: { zh: '跟进情况', en: 'What happened' },
      required: true,
      maxLength: 4000,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'nextStep',
          type: 'text',
          label: { zh: '下一步工作', en: 'Next step' },
          maxLength: 500,
        },
        dayField('nextDate', { zh: '下次跟进日期', en: 'Next follow-up date' }),
      ],
    },
  ],
  hooks: {
    beforeChange: [stampAuthor],
    afterChange: [syncNextFollowUp],
    afterDelete: [syncNextFollowUpAfterDelete],
  },
}
