import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone'
import { hasRole } from '../access/hasRole'
import { titleField, localizedTextarea } from '../fields/bilingual'
import { slugField } from '../fields/slug'
import { ADMIN_GROUPS, bilingualLabels } from '../fields/admin'

/** The county's industrial parks and zones (工业园区, 有色冶炼项目区, …), used to file and filter projects. */
export const Parks: CollectionConfig = {
  slug: 'parks',
  labels: bilingualLabels('园区', 'Park', 'Parks'),
  access: {
    read: anyone,
    create: hasRole('admin', 'editor'),
    update: hasRole('admin', 'editor'),
    delete: hasRole('admin'),
  },
  admin: {
    useAsTitle: 'title',
    group: ADMIN_GROUPS.investment,
    defaultColumns: ['title', 'slug', 'order'],
  },
  defaultSort: 'order',
  fields: [
    titleField({ zh: '园区名称', en: 'Name' }, 80),
    slugField('parks'),
    localizedTextarea('description', { zh: '园区简介', en: 'Description' }, 1000),
    {
      name: 'order',
      type: 'number',
      label: { zh: '排序', en: 'Order' },
      defaultValue: 0,
      admin: { position: 'sidebar' },
    },
  ],
}
