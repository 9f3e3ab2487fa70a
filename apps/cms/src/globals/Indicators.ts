import type { GlobalConfig } from 'payload'
import { INDICATORS, INDICATOR_LABELS } from '@portal/shared/constants'
import { contentEditors, publicGlobalAccess } from '../access/editorial'
import { ADMIN_GROUPS, bilingualLabels, dayField } from '../fields/admin'

/**
 * The key indicators of the yearly work plan (经济指标): for each year, every
 * indicator's target and actual figure to date, in the unit the plan uses.
 */
export const Indicators: GlobalConfig = {
  slug: 'indicators',
  label: { zh: '经济指标', en: 'Key indicators' },
  access: publicGlobalAccess(contentEditors),
  admin: { group: ADMIN_GROUPS.investment },
  fields: [
    {
      name: 'years',
      type: 'array',
      label: { zh: '年度', en: 'Years' },
      labels: bilingualLabels('年度', 'Year', 'Years'),
      admin: { initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'year',
              type: 'number',
              label: { zh: '年份', en: 'Year' },
              required: true,
              min: 2000,
              max: 2100,
            },
            dayField('asOf', { zh: '数据截至', en: 'Figures as of' }, { required: true }),
          ],
        },
        {
          name: 'items',
          type: 'array',
          label: { zh: '指标', en: 'Indicators' },
          labels: bilingualLabels('指标', 'Indicator', 'Indicators'),
          maxRows: INDICATORS.length,
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'key',
                  type: 'select',
                  label: { zh: '指标', en: 'Indicator' },
                  required: true,
                  options: INDICATORS.map((key) => ({
                    value: key,
                    label: {
                      zh: `${INDICATOR_LABELS[key].zh}（${INDICATOR_LABELS[key].unit.zh}）`,
                      en: `${INDICATOR_LABELS[key].en} (${INDICATOR_LABELS[key].unit.en})`,
                    },
                  })),
                },
                {
                  name: 'target',
                  type: 'number',
                  label: { zh: '年度目标', en: 'Target' },
                  required: true,
                },
                {
                  name: 'actual',
                  type: 'number',
                  label: { zh: '完成值', en: 'Actual to date' },
                  required: true,
                },
              ],
            },
          ],
        },
      ],
    },
  ],
}
