import type { CollectionConfig } from 'payload'
import { ADMIN_GROUPS, bilingualLabels } from '#cms/fields/admin'
import { investorAccess } from './access'
import { investorProfileFields } from './fields'

/** Companies in the investor resource database (客商资源库): the firms the bureau courts. */
export const Companies: CollectionConfig = {
  slug: 'companies',
  labels: bilingualLabels('客商企业', 'Investor company', 'Investor companies'),
  access: investorAccess,
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'investorType', 'source', 'homeProvince', 'owner', 'updatedAt'],
    listSearchableFields: ['name', 'creditCode'],
    group: ADMIN_GROUPS.investment,
    description: {
      zh: '客商资源库：仅工作人员可见，不会在门户网站公开。',
      en: 'Investor resource database: staff only, never shown on the portal.',
    },
  },
  defaultSort: 'name',
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { zh: '企业名称', en: 'Company name' },
      required: true,
      index: true,
      maxLength: 120,
    },
    {
      name: 'creditCode',
      type: 'text',
      label: { zh: '统一社会信用代码', en: 'Unified social credit code' },
      maxLength: 18,
    },
    ...investorProfileFields(),
    {
      name: 'projects',
      type: 'relationship',
      relationTo: 'projects',
      hasMany: true,
      label: { zh: '在谈项目', en: 'Projects in talks' },
      admin: {
        description: {
          zh: '该企业正在洽谈或已参与的项目，项目页面的“洽谈客商”会列出该企业。',
          en: 'Projects this company is in talks about; the project lists the company among its investors.',
        },
      },
    },
    {
      name: 'notes',
      type: 'textarea',
      label: { zh: '备注', en: 'Notes' },
      maxLength: 4000,
    },
    {
      name: 'contacts',
      type: 'join',
      collection: 'contacts',
      on: 'company',
      label: { zh: '联系人', en: 'Contacts' },
    },
    {
      name: 'inquiries',
      type: 'join',
      collection: 'inquiries',
      on: 'investorCompany',
      label: { zh: '咨询留言', en: 'Inquiries' },
    },
    {
      name: 'followUps',
      type: 'join',
      collection: 'follow-ups',
      on: 'company',
      label: { zh: '跟进记录', en: 'Follow-ups' },
      defaultSort: '-date',
      admin: { defaultColumns: ['date', 'project', 'kind', 'text', 'author'] },
    },
  ],
}
