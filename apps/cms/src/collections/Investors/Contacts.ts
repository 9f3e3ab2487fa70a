import type { CollectionConfig } from 'payload'
import {
  PROCESSING_BASES,
  PROCESSING_BASIS_LABELS,
  RETENTION_BASES,
  RETENTION_BASIS_LABELS,
} from '@portal/shared/investors'
import { ADMIN_GROUPS, bilingualLabels, dayOnly } from '#cms/fields/admin'
import { optionsFrom } from '#cms/fields/options'
import { bySystem } from '../Inquiries/fieldAccess'
import { investorAccess } from './access'
import { investorEndpoints } from './endpoints'
import { investorProfileFields } from './fields'
import { stampContact } from './hooks/stampContact'

/**
 * People in the investor resource database (客商资源库). Their personal data
 * is held on a recorded basis and anonymised after the inquiries' retention
 * period without activity, unless staff record why it must be kept
 * (`retentionBasis`, see retention.ts).
 */
export const Contacts: CollectionConfig = {
  slug: 'contacts',
  labels: bilingualLabels('客商联系人', 'Investor contact', 'Investor contacts'),
  access: investorAccess,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'company', 'investorType', 'phone', 'owner', 'lastActivityAt'],
    listSearchableFields: ['name', 'phone', 'email'],
    group: ADMIN_GROUPS.investment,
    description: {
      zh: '客商资源库：仅工作人员可见。个人信息按“咨询设置”中的保存期限管理，长期无往来的联系人会被匿名化，除非记录了延长保存的依据。',
      en: 'Investor resource database, staff only. Personal data follows the retention period in the inquiry settings: a contact without activity for that long is anonymised unless a basis to keep it is recorded.',
    },
  },
  defaultSort: 'name',
  endpoints: investorEndpoints,
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'name',
          type: 'text',
          label: { zh: '姓名', en: 'Name' },
          required: true,
          index: true,
          maxLength: 50,
        },
        {
          name: 'position',
          type: 'text',
          label: { zh: '职务', en: 'Position' },
          maxLength: 60,
        },
      ],
    },
    {
      name: 'company',
      type: 'relationship',
      relationTo: 'companies',
      label: { zh: '所属企业', en: 'Company' },
      index: true,
    },
    {
      type: 'row',
      fields: [
        { name: 'phone', type: 'text', label: { zh: '电话', en: 'Phone' }, maxLength: 40 },
        { name: 'email', type: 'email', label: { zh: '电子邮箱', en: 'E-mail' } },
        { name: 'wechat', type: 'text', label: { zh: '微信号', en: 'WeChat' }, maxLength: 40 },
      ],
    },
    ...investorProfileFields(),
    {
      name: 'notes',
      type: 'textarea',
      label: { zh: '备注', en: 'Notes' },
      maxLength: 4000,
    },
    {
      type: 'collapsible',
      label: { zh: '个人信息处理依据', en: 'Personal data' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'processingBasis',
              type: 'select',
              label: { zh: '处理依据', en: 'Basis for holding the data' },
              required: true,
              defaultValue: 'consent',
              options: optionsFrom(PROCESSING_BASES, PROCESSING_BASIS_LABELS),
            },
            {
              name: 'consentAt',
              type: 'date',
              label: { zh: '同意时间', en: 'Consent given on' },
              admin: dayOnly,
            },
          ],
        },
        {
          name: 'retentionBasis',
          type: 'select',
          label: { zh: '延长保存依据', en: 'Basis to keep past the retention period' },
          required: true,
          defaultValue: 'none',
          index: true,
          options: optionsFrom(RETENTION_BASES, RETENTION_BASIS_LABELS),
          admin: {
            description: {
              zh: '选择“无”时，联系人超过保存期限没有往来，系统会删除其姓名、电话、邮箱等个人信息。',
              en: 'With “none”, a contact with no activity for the retention period loses name, phone, e-mail and notes.',
            },
          },
        },
      ],
    },
    bySystem({
      name: 'lastActivityAt',
      type: 'date',
      label: { zh: '最近往来', en: 'Last activity' },
      index: true,
      admin: { position: 'sidebar', ...dayOnly },
    }),
    bySystem({
      name: 'anonymisedAt',
      type: 'date',
      label: { zh: '匿名化时间', en: 'Anonymised at' },
      admin: { position: 'sidebar', ...dayOnly, condition: (data) => Boolean(data?.anonymisedAt) },
    }),
    // Match keys for inquiries: digits-only phone and lower-case e-mail (stampContact).
    bySystem({ name: 'phoneKey', type: 'text', index: true, admin: { hidden: true } }),
    bySystem({ name: 'emailKey', type: 'text', index: true, admin: { hidden: true } }),
    {
      name: 'inquiries',
      type: 'join',
      collection: 'inquiries',
      on: 'investorContact',
      label: { zh: '咨询留言', en: 'Inquiries' },
    },
  ],
  hooks: {
    beforeChange: [stampContact],
  },
}
