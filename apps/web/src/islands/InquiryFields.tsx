import {
  INQUIRY_FIELD_LABELS,
  INQUIRY_LIMITS,
  PROVINCES,
  PROVINCE_LABELS,
  RETURNEE_INTENTS,
  RETURNEE_INTENT_LABELS,
  type InquiryErrors,
  type InquiryField,
} from '@portal/shared/inquiry'
import type { InquiryKind } from '@portal/shared/inquiry-kinds'
import type { Locale } from '@portal/shared/locales'
import type { ReactNode } from 'react'
import { errorId, fieldId, ids } from './field-ids'
import { marketPostFields } from './MarketPostFields'

/**
 * The fields of the inquiry form (the `InquiryForm` island): how each one is
 * drawn, in the visitor's language. Not an island itself; which fields a form
 * shows and which it requires come from the kind's entry in INQUIRY_KINDS.
 */

/** The form's own words, in both languages. */
export const TEXT = {
  zh: {
    required: '（必填）',
    optional: '（选填）',
    contactLegend: '联系方式',
    contactHint: '手机号码和电子邮箱至少填写一项，我们将通过它答复您。',
    contactHintOptional: '如需我们答复，请留下手机号码或电子邮箱。',
    phoneHint: '11 位大陆手机号，或以 + 和国家代码开头的国际号码。',
    messageHint: `${INQUIRY_LIMITS.messageMin}–${INQUIRY_LIMITS.messageMax} 个字。`,
    choose: '请选择',
    consentLabel: '我已阅读并同意按以上说明使用我填写的个人信息',
    consentText: (who: string) =>
      `您填写的姓名、手机号码、电子邮箱和留言内容仅由${who}用于答复本次咨询，只在规定期限内保存，不会提供给任何第三方。`,
    privacy: '《个人信息保护说明》',
    privacyBefore: '详见',
    privacyAfter: '。',
    submit: '提交留言',
    sending: '正在提交…',
    summary: (n: number) => `提交前请更正以下 ${n} 处问题：`,
    honeypot: '网址（请勿填写）',
  },
  en: {
    required: ' (required)',
    optional: ' (optional)',
    contactLegend: 'How we can reach you',
    contactHint: 'Give a mobile number, an e-mail address or both; we answer through it.',
    contactHintOptional: 'Leave a mobile number or an e-mail address if you would like an answer.',
    phoneHint: '11 digits for a mainland China mobile, or + and the country code.',
    messageHint: `${INQUIRY_LIMITS.messageMin} to ${INQUIRY_LIMITS.messageMax} characters.`,
    choose: 'Please choose',
    consentLabel: 'I have read this and agree to the use of my details as described',
    consentText: (who: string) =>
      `Your name, mobile number, e-mail address and message are used only by ${who} to answer this inquiry, kept for a limited period only, and never given to any third party.`,
    privacy: 'privacy notice',
    privacyBefore: ' See the ',
    privacyAfter: '.',
    submit: 'Send inquiry',
    sending: 'Sending…',
    summary: (n: number) => `Please correct ${n === 1 ? 'this problem' : `these ${n} problems`}:`,
    honeypot: 'Website (leave empty)',
  },
} as const

export { fieldId }

interface FieldsContext {
  locale: Locale
  kind: InquiryKind
  /** What the visitor typed, after a refusal. */
  values: Partial<Record<string, string>>
  errors: InquiryErrors
  privacyHref: string
}

/** Draws one field of the form (phone and e-mail as one group, where the first of them comes). */
export function inquiryFields({
  locale,
  kind,
  values,
  errors,
  privacyHref,
}: FieldsContext): (name: InquiryField) => ReactNode {
  const t = TEXT[locale]
  const fields = kind.fields
  const required = new Set<InquiryField>(kind.required)
  const label = (name: InquiryField) => INQUIRY_FIELD_LABELS[name][locale]
  const marker = (name: InquiryField) =>
    required.has(name) ? (
      <span className="field-marker">{t.required}</span>
    ) : name === 'phone' || name === 'email' ? null : (
      <span className="field-marker">{t.optional}</span>
    )
  const fieldLabel = (name: InquiryField) => (
    <label htmlFor={fieldId(name)}>
      {label(name)}
      {marker(name)}
    </label>
  )
  const error = (name: string) =>
    errors[name as InquiryField] ? (
      <p className="field-error" id={errorId(name)}>
        {errors[name as InquiryField]}
      </p>
    ) : null
  const invalid = (name: string) => (errors[name as InquiryField] ? true : undefined)
  const who = kind.handledBy[locale]

  const text = (
    name: InquiryField,
    options: {
      type?: string
      maxLength?: number
      autoComplete?: string
      inputMode?: 'tel' | 'email' | 'text'
      hint?: string
      /** A hint shared with other fields (the contact group's). */
      describedBy?: string
    } = {},
  ): ReactNode => (
    <div className="field" key={name}>
      {fieldLabel(name)}
      {options.hint && (
        <p className="field-hint" id={`${fieldId(name)}-hint`}>
          {options.hint}
        </p>
      )}
      {error(name)}
      <input
        id={fieldId(name)}
        name={name}
        type={options.type ?? 'text'}
        defaultValue={values[name] ?? ''}
        maxLength={options.maxLength}
        autoComplete={options.autoComplete}
        inputMode={options.inputMode}
        aria-required={required.has(name) || undefined}
        aria-invalid={invalid(name)}
        aria-describedby={ids(
          options.describedBy,
          options.hint && `${fieldId(name)}-hint`,
          invalid(name) && errorId(name),
        )}
      />
    </div>
  )

  const select = (
    name: 'province' | 'intent',
    options: readonly string[],
    labels: Record<string, { zh: string; en: string }>,
  ): ReactNode => (
    <div className="field" key={name}>
      {fieldLabel(name)}
      {error(name)}
      <select
        id={fieldId(name)}
        name={name}
        defaultValue={values[name] ?? ''}
        aria-required={required.has(name) || undefined}
        aria-invalid={invalid(name)}
        aria-describedby={ids(invalid(name) && errorId(name))}
      >
        <option value="">{t.choose}</option>
        {options.map((value) => (
          <option key={value} value={value}>
            {labels[value]?.[locale]}
          </option>
        ))}
      </select>
    </div>
  )

  // Phone and e-mail are one group (“how to reach you”), where the first of them comes.
  const contactGroup = (): ReactNode => (
    <fieldset className="field-group" key="contact">
      <legend>
        {t.contactLegend}
        <span className="field-marker">{kind.contactRequired ? t.required : t.optional}</span>
      </legend>
      <p className="field-hint" id="inquiry-contact-hint">
        {kind.contactRequired ? t.contactHint : t.contactHintOptional}
      </p>
      {fields.includes('phone') &&
        text('phone', {
          type: 'tel',
          inputMode: 'tel',
          autoComplete: 'tel',
          maxLength: 24,
          hint: t.phoneHint,
          describedBy: 'inquiry-contact-hint',
        })}
      {fields.includes('email') &&
        text('email', {
          type: 'email',
          inputMode: 'email',
          autoComplete: 'email',
          maxLength: INQUIRY_LIMITS.email,
          describedBy: 'inquiry-contact-hint',
        })}
    </fieldset>
  )

  const renderField = (name: InquiryField): ReactNode => {
    switch (name) {
      case 'name':
        return text('name', { maxLength: INQUIRY_LIMITS.name, autoComplete: 'name' })
      case 'phone':
      case 'email':
        return name === fields.find((field) => field === 'phone' || field === 'email')
          ? contactGroup()
          : null
      case 'organisation':
        return text('organisation', {
          maxLength: INQUIRY_LIMITS.organisation,
          autoComplete: 'organization',
        })
      case 'province':
        return select('province', PROVINCES, PROVINCE_LABELS)
      case 'city':
        return text('city', { maxLength: INQUIRY_LIMITS.city, autoComplete: 'address-level2' })
      case 'industry':
        return text('industry', { maxLength: INQUIRY_LIMITS.industry })
      case 'intent':
        return select('intent', RETURNEE_INTENTS, RETURNEE_INTENT_LABELS)
      case 'post':
        return marketPostFields({ locale, values, errors })
      case 'message':
        return (
          <div className="field" key="message">
            {fieldLabel('message')}
            <p className="field-hint" id="inquiry-message-hint">
              {t.messageHint}
            </p>
            {error('message')}
            <textarea
              id={fieldId('message')}
              name="message"
              rows={6}
              defaultValue={values.message ?? ''}
              maxLength={INQUIRY_LIMITS.messageMax}
              aria-required={required.has('message') || undefined}
              aria-invalid={invalid('message')}
              aria-describedby={ids(
                'inquiry-message-hint',
                invalid('message') && errorId('message'),
              )}
            />
          </div>
        )
      case 'consent':
        return (
          <div className="field field-consent" key="consent">
            <p className="field-hint" id="inquiry-consent-text">
              {t.consentText(who)}
              {t.privacyBefore}
              <a href={privacyHref}>{t.privacy}</a>
              {t.privacyAfter}
            </p>
            {error('consent')}
            <div className="checkbox">
              <input
                id={fieldId('consent')}
                name="consent"
                type="checkbox"
                value="on"
                defaultChecked={values.consent === 'on'}
                aria-required={required.has('consent') || undefined}
                aria-invalid={invalid('consent')}
                aria-describedby={ids(
                  'inquiry-consent-text',
                  invalid('consent') && errorId('consent'),
                )}
              />
              <label htmlFor={fieldId('consent')}>
                {t.consentLabel}
                {marker('consent')}
              </label>
            </div>
          </div>
        )
    }
  }
  return renderField
}
