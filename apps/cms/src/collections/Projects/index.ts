import type { CollectionConfig } from 'payload'
import {
  INVESTMENT_UNITS,
  INVESTMENT_UNIT_LABELS,
  PROJECT_STAGES,
  PROJECT_STAGE_LABELS,
  SECTORS,
  SECTOR_LABELS,
} from '@portal/shared/constants'
import { hasRole } from '../../access/hasRole'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { optionsFrom } from '../../fields/options'
import { slugField } from '../../fields/slug'

/** The investment project library (招商引资项目库). */
export const Projects: CollectionConfig = {
  slug: 'projects',
  labels: {
    singular: { zh: '招商项目', en: 'Investment project' },
    plural: { zh: '招商项目', en: 'Investment projects' },
  },
  access: {
    read: publishedOrStaff,
    create: hasRole('admin', 'editor', 'investment-officer'),
    update: hasRole('admin', 'editor', 'investment-officer'),
    delete: hasRole('admin', 'editor'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'sector', 'stage', 'updatedAt', '_status'],
    group: { zh: '招商引资', en: 'Investment' },
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { zh: '项目名称', en: 'Title' },
      localized: true,
      required: true,
      maxLength: 120,
    },
    slugField('projects'),
    {
      name: 'summary',
      type: 'textarea',
      label: { zh: '项目简介', en: 'Summary' },
      localized: true,
      maxLength: 1000,
    },
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
      name: 'location',
      type: 'text',
      label: { zh: '建设地点', en: 'Location' },
      localized: true,
      maxLength: 200,
    },
  ],
  versions: {
    drafts: true,
    maxPerDoc: 50,
  },
}
