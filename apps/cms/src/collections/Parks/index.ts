import type { CollectionConfig } from 'payload'
import { anyone } from '#cms/access/anyone'
import { hasRole } from '#cms/access/hasRole'
import { titleField, localizedTextarea, localizedText } from '#cms/fields/bilingual'
import { slugField } from '#cms/fields/slug'
import { ADMIN_GROUPS, bilingualLabels } from '#cms/fields/admin'
import { contactsField, costsField, distancesField } from './costs'
import { mapField } from './map'

/**
 * The county's industrial parks and zones (工业园区, 有色冶炼项目区, …): what
 * each is for, its land and factory space, the costs an investor compares,
 * transport, contacts and a map of its projects. Everything here is public.
 */
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
    defaultColumns: ['title', 'slug', 'order', 'updatedAt'],
  },
  defaultSort: 'order',
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          label: { zh: '园区概况', en: 'Overview' },
          fields: [
            titleField({ zh: '园区名称', en: 'Name' }, 80),
            localizedTextarea('description', { zh: '园区简介', en: 'Description' }, 1000),
            localizedText('industries', { zh: '主导产业', en: 'Lead industries' }, 200),
            {
              type: 'row',
              fields: [
                {
                  name: 'availableLandMu',
                  type: 'number',
                  label: { zh: '可供工业用地（亩）', en: 'Land available (mu)' },
                  min: 0,
                },
                {
                  name: 'factorySpaceSqm',
                  type: 'number',
                  label: {
                    zh: '可租售标准厂房（平方米）',
                    en: 'Standard factory space available (m²)',
                  },
                  min: 0,
                },
              ],
            },
          ],
        },
        {
          label: { zh: '成本与交通', en: 'Costs and transport' },
          fields: [costsField, distancesField],
        },
        { label: { zh: '联系人', en: 'Contacts' }, fields: [contactsField] },
        { label: { zh: '地图', en: 'Map' }, fields: [mapField] },
      ],
    },
    slugField('parks'),
    {
      name: 'order',
      type: 'number',
      label: { zh: '排序', en: 'Order' },
      defaultValue: 0,
      admin: { position: 'sidebar' },
    },
  ],
}
