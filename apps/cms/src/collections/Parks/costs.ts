import type { ArrayField, Field, TextField } from 'payload'
import { PARK_COST_KINDS, PARK_COST_LABELS, PARK_COST_UNITS } from '@portal/shared/park'
import { bilingualLabels, dayField } from '#cms/fields/admin'
import { localizedText } from '#cms/fields/bilingual'
import { optionsFrom } from '#cms/fields/options'

/**
 * A localized text in an array row that must be given in Chinese. Payload's
 * `required` would also demand it in English, whose save fills only the
 * rows' translations.
 */
function chineseRequired(field: TextField): TextField {
  return {
    ...field,
    validate: (value: unknown, { req }: { req: { locale?: string | null } }) =>
      (req.locale && req.locale !== 'zh') ||
      (typeof value === 'string' && value.trim() !== '') ||
      '请填写中文 / Required in Chinese',
  }
}

/** The unit of each kind in the select's labels, so staff see what to type: 工业用电价格（元/千瓦时）. */
const costOptions = optionsFrom(PARK_COST_KINDS, PARK_COST_LABELS).map((option) => {
  const unit = PARK_COST_UNITS[option.value as keyof typeof PARK_COST_UNITS]
  const label = option.label as { zh: string; en: string }
  return {
    value: option.value,
    label: { zh: `${label.zh}（${unit.zh}）`, en: `${label.en} (${unit.en})` },
  }
})

/**
 * The costs an investor compares (要素成本): one row per kind, each with the
 * day staff last confirmed it, because a tariff quoted without its date
 * cannot be trusted and the portal shows the date beside the figure.
 */
export const costsField: ArrayField = {
  name: 'costs',
  type: 'array',
  label: { zh: '要素成本', en: 'Costs' },
  labels: bilingualLabels('成本项', 'Cost', 'Costs'),
  maxRows: PARK_COST_KINDS.length,
  admin: {
    description: {
      zh: '每类成本填写一行；单位固定（见类别名称），区间价格请同时填写“最高”。',
      en: 'One row per kind; the unit is fixed (see the kind). For a range, fill in "up to" as well.',
    },
  },
  validate: (rows: unknown) => {
    const kinds = Array.isArray(rows) ? rows.map((row) => (row as { kind?: string }).kind) : []
    return (
      new Set(kinds).size === kinds.length || '每类成本只能填写一行 / Each kind of cost only once'
    )
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: { zh: '类别', en: 'Kind' },
          required: true,
          options: costOptions,
        },
        {
          name: 'amount',
          type: 'number',
          label: { zh: '价格', en: 'Amount' },
          required: true,
          min: 0,
        },
        {
          name: 'amountMax',
          type: 'number',
          label: { zh: '最高（区间价格）', en: 'Up to (range)' },
          min: 0,
          validate: (value: unknown, { siblingData }: { siblingData: unknown }) => {
            const amount = (siblingData as { amount?: number } | undefined)?.amount
            return (
              value == null ||
              typeof amount !== 'number' ||
              (typeof value === 'number' && value >= amount) ||
              '最高价格不能低于价格 / "Up to" must not be below the amount'
            )
          },
        },
        dayField('confirmedAt', { zh: '核实日期', en: 'Confirmed on' }, { required: true }),
      ],
    },
    localizedText('note', { zh: '说明', en: 'Note' }, 200),
  ],
}

/** Distances to what an investor ships to or travels from: highway entrance, railway station, airport, port. */
export const distancesField: ArrayField = {
  name: 'distances',
  type: 'array',
  label: { zh: '交通区位', en: 'Transport distances' },
  labels: bilingualLabels('交通距离', 'Distance', 'Distances'),
  maxRows: 12,
  fields: [
    {
      type: 'row',
      fields: [
        chineseRequired(localizedText('place', { zh: '地点', en: 'Place' }, 80)),
        {
          name: 'km',
          type: 'number',
          label: { zh: '距离（公里）', en: 'km' },
          required: true,
          min: 0,
        },
        {
          name: 'minutes',
          type: 'number',
          label: { zh: '车程（分钟）', en: 'Minutes by road' },
          min: 0,
        },
      ],
    },
  ],
}

/** The park's public contacts (园区招商联系人). */
export const contactsField: Field = {
  name: 'contacts',
  type: 'array',
  label: { zh: '联系人', en: 'Contacts' },
  labels: bilingualLabels('联系人', 'Contact', 'Contacts'),
  maxRows: 6,
  fields: [
    {
      type: 'row',
      fields: [
        chineseRequired(localizedText('name', { zh: '姓名或部门', en: 'Name or office' }, 60)),
        localizedText('role', { zh: '职务', en: 'Role' }, 60),
        { name: 'phone', type: 'text', label: { zh: '电话', en: 'Phone' }, maxLength: 40 },
        { name: 'email', type: 'email', label: { zh: '电子邮箱', en: 'E-mail' } },
      ],
    },
  ],
}
