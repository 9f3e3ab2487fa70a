import type { GlobalConfig } from 'payload'
import { publicGlobalAccess } from '../access/editorial'
import { hasRole } from '../access/hasRole'
import { bodyField, localizedRichText, localizedText, localizedTextarea } from '../fields/bilingual'
import { ADMIN_GROUPS, bilingualLabels } from '../fields/admin'

/** The county's chamber of commerce (商会): what it does and how returnees reach it. */
export const Chamber: GlobalConfig = {
  slug: 'chamber',
  label: { zh: '商会信息', en: 'Chamber of commerce' },
  access: publicGlobalAccess(hasRole('admin', 'editor', 'chamber-staff')),
  admin: { group: ADMIN_GROUPS.site },
  fields: [
    { ...localizedText('name', { zh: '商会名称', en: 'Name' }, 80), required: true },
    bodyField({ zh: '商会简介', en: 'About' }),
    {
      name: 'functions',
      type: 'array',
      label: { zh: '商会职能', en: 'Functions' },
      labels: bilingualLabels('商会职能', 'Function', 'Functions'),
      maxRows: 12,
      fields: [
        { ...localizedText('title', { zh: '职能', en: 'Function' }, 60), required: true },
        localizedTextarea('description', { zh: '说明', en: 'Description' }, 500),
      ],
    },
    localizedRichText('howToJoin', { zh: '入会办法', en: 'How to join' }),
    {
      name: 'contacts',
      type: 'array',
      label: { zh: '联系人', en: 'Contacts' },
      labels: bilingualLabels('联系人', 'Contact', 'Contacts'),
      maxRows: 10,
      fields: [
        {
          type: 'row',
          fields: [
            { ...localizedText('name', { zh: '姓名', en: 'Name' }, 60), required: true },
            localizedText('role', { zh: '职务', en: 'Role' }, 60),
            { name: 'phone', type: 'text', label: { zh: '电话', en: 'Phone' }, maxLength: 40 },
            { name: 'email', type: 'email', label: { zh: '电子邮箱', en: 'E-mail' } },
          ],
        },
      ],
    },
  ],
}
