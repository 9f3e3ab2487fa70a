import type { Field } from 'payload'
import { PROVINCES, PROVINCE_LABELS, SECTORS, SECTOR_LABELS } from '@portal/shared/constants'
import {
  INVESTOR_SOURCES,
  INVESTOR_SOURCE_LABELS,
  INVESTOR_TYPES,
  INVESTOR_TYPE_LABELS,
} from '@portal/shared/investors'
import { optionsFrom } from '#cms/fields/options'

/** What companies and contacts both record: who they are to the bureau and who looks after them. */
export function investorProfileFields(): Field[] {
  return [
    {
      type: 'row',
      fields: [
        {
          name: 'investorType',
          type: 'select',
          label: { zh: '客商类型', en: 'Investor type' },
          required: true,
          defaultValue: 'domestic',
          index: true,
          options: optionsFrom(INVESTOR_TYPES, INVESTOR_TYPE_LABELS),
        },
        {
          name: 'source',
          type: 'select',
          label: { zh: '来源渠道', en: 'Source' },
          index: true,
          options: optionsFrom(INVESTOR_SOURCES, INVESTOR_SOURCE_LABELS),
        },
      ],
    },
    {
      name: 'sectors',
      type: 'select',
      hasMany: true,
      label: { zh: '意向行业', en: 'Sector interests' },
      options: optionsFrom(SECTORS, SECTOR_LABELS),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'homeProvince',
          type: 'select',
          label: { zh: '所在省份', en: 'Home region' },
          options: optionsFrom(PROVINCES, PROVINCE_LABELS),
        },
        {
          name: 'homeCity',
          type: 'text',
          label: { zh: '所在城市', en: 'City' },
          maxLength: 60,
        },
      ],
    },
    {
      name: 'owner',
      type: 'relationship',
      relationTo: 'users',
      label: { zh: '联络责任人', en: 'Owner officer' },
      index: true,
      // The officer who adds a record looks after it until someone else is named.
      defaultValue: ({ user }) => (user?.collection === 'users' ? user.id : undefined),
      admin: { position: 'sidebar' },
    },
  ]
}
