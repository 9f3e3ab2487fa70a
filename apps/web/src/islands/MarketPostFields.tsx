import type { InquiryErrors } from '@portal/shared/inquiry'
import type { Locale } from '@portal/shared/locales'
import {
  MARKET_CATEGORIES,
  MARKET_CATEGORY_LABELS,
  MARKET_CERTIFICATIONS,
  MARKET_CERTIFICATION_LABELS,
  MARKET_LIMITS,
  MARKET_POST_FIELD_LABELS,
  MARKET_POST_KINDS,
  MARKET_POST_KIND_LABELS,
  MARKET_UNITS,
  MARKET_UNIT_LABELS,
  type MarketPostField,
} from '@portal/shared/market'
import type { ReactNode } from 'react'
import { errorId, fieldId, ids } from './field-ids'

/**
 * The goods part of the posting form (发布供求信息): drawn inside the inquiry
 * form for the `post` field of the `market-post` kind. Controls are named
 * `post.<field>`, so the same shared contract reads them on the server and
 * in the browser. Not an island itself.
 */

const TEXT = {
  zh: {
    legend: '供求信息',
    required: '（必填）',
    optional: '（选填）',
    choose: '请选择',
    priceHint: '每单位的价格，单位为元；不填则显示为“面议”。',
    dateHint: '格式：年-月-日，例如 2027-03-01。',
    expiryHint: `到期后信息自动下架，最长 ${MARKET_LIMITS.expiryDaysMax} 天。`,
    townshipHint: '产品产地或需求方所在的乡镇。',
  },
  en: {
    legend: 'What you offer or want',
    required: ' (required)',
    optional: ' (optional)',
    choose: 'Please choose',
    priceHint: 'Price per unit in yuan; leave empty for “negotiable”.',
    dateHint: 'Year-month-day, for example 2027-03-01.',
    expiryHint: `The post leaves the board by itself on that day; at most ${MARKET_LIMITS.expiryDaysMax} days ahead.`,
    townshipHint: 'The township the goods come from, or where the buyer is.',
  },
} as const

const OPTIONAL = new Set<MarketPostField>(['price', 'availableUntil', 'certifications'])

/** Draws the post's fields in one fieldset. */
export function marketPostFields({
  locale,
  values,
  errors,
}: {
  locale: Locale
  values: Partial<Record<string, string>>
  errors: InquiryErrors
}): ReactNode {
  const t = TEXT[locale]
  const name = (field: MarketPostField) => `post.${field}`
  const message = (field: MarketPostField) => errors[name(field) as keyof InquiryErrors]
  const error = (field: MarketPostField) =>
    message(field) ? (
      <p className="field-error" id={errorId(name(field))}>
        {message(field)}
      </p>
    ) : null
  const invalid = (field: MarketPostField) => (message(field) ? true : undefined)
  const labelText = (field: MarketPostField) => (
    <>
      {MARKET_POST_FIELD_LABELS[field][locale]}
      <span className="field-marker">{OPTIONAL.has(field) ? t.optional : t.required}</span>
    </>
  )
  const control = (field: MarketPostField, hint?: string) => ({
    id: fieldId(name(field)),
    name: name(field),
    defaultValue: values[name(field)] ?? '',
    'aria-required': !OPTIONAL.has(field) || undefined,
    'aria-invalid': invalid(field),
    'aria-describedby': ids(
      hint && `${fieldId(name(field))}-hint`,
      invalid(field) && errorId(name(field)),
    ),
  })
  const hintOf = (field: MarketPostField, hint?: string) =>
    hint ? (
      <p className="field-hint" id={`${fieldId(name(field))}-hint`}>
        {hint}
      </p>
    ) : null

  const input = (
    field: MarketPostField,
    options: { type?: string; inputMode?: 'decimal'; maxLength?: number; hint?: string } = {},
  ) => (
    <div className="field" key={field}>
      <label htmlFor={fieldId(name(field))}>{labelText(field)}</label>
      {hintOf(field, options.hint)}
      {error(field)}
      <input
        {...control(field, options.hint)}
        type={options.type ?? 'text'}
        inputMode={options.inputMode}
        maxLength={options.maxLength}
      />
    </div>
  )

  const select = (
    field: MarketPostField,
    options: readonly string[],
    labels: Record<string, { zh: string; en: string }>,
  ) => (
    <div className="field" key={field}>
      <label htmlFor={fieldId(name(field))}>{labelText(field)}</label>
      {error(field)}
      <select {...control(field)}>
        <option value="">{t.choose}</option>
        {options.map((value) => (
          <option key={value} value={value}>
            {labels[value]?.[locale]}
          </option>
        ))}
      </select>
    </div>
  )

  const choices = (
    field: 'kind' | 'certifications',
    options: readonly string[],
    labels: Record<string, { zh: string; en: string }>,
  ) => (
    <fieldset className="field-group" key={field} id={fieldId(name(field))}>
      <legend>{labelText(field)}</legend>
      {error(field)}
      {options.map((value) => {
        const id = fieldId(`${name(field)}.${value}`)
        const radio = field === 'kind'
        return (
          <div className="checkbox" key={value}>
            <input
              id={id}
              type={radio ? 'radio' : 'checkbox'}
              name={radio ? name(field) : `${name(field)}.${value}`}
              value={radio ? value : 'on'}
              defaultChecked={
                radio ? values[name(field)] === value : values[`${name(field)}.${value}`] === 'on'
              }
              aria-describedby={ids(invalid(field) && errorId(name(field)))}
            />
            <label htmlFor={id}>{labels[value]?.[locale]}</label>
          </div>
        )
      })}
    </fieldset>
  )

  return (
    <fieldset className="field-group market-post-fields" key="post">
      <legend>{t.legend}</legend>
      {choices('kind', MARKET_POST_KINDS, MARKET_POST_KIND_LABELS)}
      {select('category', MARKET_CATEGORIES, MARKET_CATEGORY_LABELS)}
      {input('variety', { maxLength: MARKET_LIMITS.variety })}
      {input('quantity', { inputMode: 'decimal', maxLength: 14 })}
      {select('unit', MARKET_UNITS, MARKET_UNIT_LABELS)}
      {input('price', { inputMode: 'decimal', maxLength: 14, hint: t.priceHint })}
      {input('township', { maxLength: MARKET_LIMITS.township, hint: t.townshipHint })}
      {input('availableFrom', { type: 'date', hint: t.dateHint })}
      {input('availableUntil', { type: 'date', hint: t.dateHint })}
      {choices('certifications', MARKET_CERTIFICATIONS, MARKET_CERTIFICATION_LABELS)}
      {input('expiresAt', { type: 'date', hint: t.expiryHint })}
    </fieldset>
  )
}
