import type { Field } from 'payload'
import {
  BENEFIT_TYPES,
  BENEFIT_TYPE_LABELS,
  INVESTOR_TYPES,
  INVESTOR_TYPE_LABELS,
  SECTORS,
  SECTOR_LABELS,
} from '@portal/shared/constants'
import { localizedText } from '#cms/fields/bilingual'
import { optionsFrom } from '#cms/fields/options'

/**
 * Whom a policy applies to and what it gives, read by policy matching
 * (`@portal/shared/policy-match`) on project pages and in the policy finder.
 * An empty list means the policy applies to all, so a policy open to everyone
 * needs nothing filled in.
 */
export const applicabilityFields: Field[] = [
  {
    name: 'applicability',
    type: 'group',
    label: { zh: '适用范围', en: 'Who it applies to' },
    admin: {
      description: {
        zh: '留空的项目表示不限。门户据此向项目页面和“政策匹配”推荐本政策。',
        en: 'Leave a list empty for "all". The portal uses these to suggest the policy on project pages and in the policy finder.',
      },
    },
    fields: [
      {
        name: 'sectors',
        type: 'select',
        hasMany: true,
        label: { zh: '适用行业', en: 'Sectors' },
        options: optionsFrom(SECTORS, SECTOR_LABELS),
      },
      {
        name: 'parks',
        type: 'relationship',
        relationTo: 'parks',
        hasMany: true,
        label: { zh: '适用园区', en: 'Parks' },
      },
      {
        name: 'investorTypes',
        type: 'select',
        hasMany: true,
        label: { zh: '投资者类型', en: 'Investor types' },
        options: optionsFrom(INVESTOR_TYPES, INVESTOR_TYPE_LABELS),
      },
      {
        name: 'minInvestment',
        type: 'number',
        min: 0,
        label: { zh: '最低投资额（万元）', en: 'Minimum investment (10,000 CNY)' },
        admin: {
          description: {
            zh: '计划投资额达到此数才适用；不限的留空。',
            en: 'Applies from this planned investment upwards; leave empty for no minimum.',
          },
        },
      },
    ],
  },
  {
    name: 'benefitTypes',
    type: 'select',
    hasMany: true,
    label: { zh: '优惠类型', en: 'Benefit types' },
    options: optionsFrom(BENEFIT_TYPES, BENEFIT_TYPE_LABELS),
  },
  {
    ...localizedText('benefit', { zh: '优惠一句话说明', en: 'Benefit in one line' }, 120),
    admin: {
      description: {
        zh: '项目页面和政策匹配结果中显示，如“标准厂房租金两免三减半”。',
        en: 'Shown on project pages and in the finder, e.g. "No factory rent for two years, half for three".',
      },
    },
  },
]
