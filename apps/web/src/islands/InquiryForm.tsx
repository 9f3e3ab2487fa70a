import {
  INQUIRY_FIELD_LABELS,
  INQUIRY_LIMITS,
  InquiryForm as InquirySchema,
  PROVINCES,
  PROVINCE_LABELS,
  RETURNEE_INTENTS,
  RETURNEE_INTENT_LABELS,
  inquiryErrors,
  type InquiryErrors,
  type InquiryField,
  type InquiryType,
} from '@portal/shared/inquiry'
import type { Locale } from '@portal/shared/locales'
import {
  useEffect,
  useRef,
  useState,
  type ChangeEvent,
  type FocusEvent,
  type MouseEvent,
  type ReactNode,
  type SubmitEvent,
} from 'react'

export interface InquiryFormProps {
  locale: Locale
  type: InquiryType
  /** The project's slug, for project inquiries. */
  project?: string | null
  /** Where the form posts: the page itself. */
  action: string
  /** The signed time the form was shown (`formToken`). */
  token: string
  privacyHref: string
  /** What the visitor typed, after a refusal. */
  values?: Partial<Record<string, string>>
  /** Field → message, after a refusal. */
  errors?: InquiryErrors
  /** Why the whole form was refused (too fast, too many attempts …). */
  message?: string | null
}

const TEXT = {
  zh: {
    required: '（必填）',
    optional: '（选填）',
    contactLegend: '联系方式',
    contactHint: '手机号码和电子邮箱至少填写一项，我们将通过它答复您。',
    phoneHint: '11 位大陆手机号，或以 + 和国家代码开头的国际号码。',
    messageHint: `${INQUIRY_LIMITS.messageMin}–${INQUIRY_LIMITS.messageMax} 个字。`,
    choose: '请选择',
    consentLabel: '我已阅读并同意按以上说明使用我填写的个人信息',
    consentText: (who: string) =>
      `您填写的姓名、手机号码、电子邮箱和留言内容仅由${who}用于答复本次咨询，只在规定期限内保存，不会提供给任何第三方。`,
    bureau: '县商务局的招商工作人员',
    chamber: '商会的工作人员',
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
    phoneHint: '11 digits for a mainland China mobile, or + and the country code.',
    messageHint: `${INQUIRY_LIMITS.messageMin} to ${INQUIRY_LIMITS.messageMax} characters.`,
    choose: 'Please choose',
    consentLabel: 'I have read this and agree to the use of my details as described',
    consentText: (who: string) =>
      `Your name, mobile number, e-mail address and message are used only by ${who} to answer this inquiry, kept for a limited period only, and never given to any third party.`,
    bureau: 'the investment officers of the county Bureau of Commerce',
    chamber: 'the staff of the chamber of commerce',
    privacy: 'privacy notice',
    privacyBefore: ' See the ',
    privacyAfter: '.',
    submit: 'Send inquiry',
    sending: 'Sending…',
    summary: (n: number) => `Please correct ${n === 1 ? 'this problem' : `these ${n} problems`}:`,
    honeypot: 'Website (leave empty)',
  },
} as const

/** The fields each kind of inquiry asks for, in the order shown. */
const FIELDS: Record<InquiryType, readonly InquiryField[]> = {
  project: ['name', 'phone', 'email', 'organisation', 'message', 'consent'],
  general: ['name', 'phone', 'email', 'organisation', 'message', 'consent'],
  returnee: [
    'name',
    'phone',
    'email',
    'organisation',
    'province',
    'city',
    'industry',
    'intent',
    'message',
    'consent',
  ],
}

const REQUIRED = new Set<InquiryField>(['name', 'province', 'city', 'intent', 'message', 'consent'])

const fieldId = (name: string) => `inquiry-${name}`
const errorId = (name: string) => `inquiry-${name}-error`
const ids = (...values: (string | false | null | undefined)[]) =>
  values.filter(Boolean).join(' ') || undefined

/** The form's own check: the shared schema the server uses, on what the form holds now. */
function check(form: HTMLFormElement, locale: Locale): InquiryErrors {
  const data: Record<string, string> = {}
  new FormData(form).forEach((value, key) => {
    if (typeof value === 'string') data[key] = value
  })
  const result = InquirySchema.safeParse(data)
  return result.success ? {} : inquiryErrors(result.error, locale)
}

/** The form control an event comes from, if it is one. */
function controlOf(target: EventTarget) {
  return target instanceof HTMLInputElement ||
    target instanceof HTMLSelectElement ||
    target instanceof HTMLTextAreaElement
    ? target
    : null
}

const only = (errors: InquiryErrors, names: ReadonlySet<string>): InquiryErrors =>
  Object.fromEntries(Object.entries(errors).filter(([name]) => names.has(name)))

/**
 * The inquiry form (咨询留言). Rendered on the server as a plain POST form that
 * works without JavaScript: the server checks everything and shows it again
 * with the visitor's entries and the errors. Once hydrated it runs the same
 * shared schema as the visitor goes (on leaving a field, and on sending); a
 * form with errors is not sent and the summary at the top takes the focus.
 */
export default function InquiryForm({
  locale,
  type,
  project = null,
  action,
  token,
  privacyHref,
  values = {},
  errors: serverErrors = {},
  message = null,
}: InquiryFormProps) {
  const t = TEXT[locale]
  const fields = FIELDS[type]
  const form = useRef<HTMLFormElement>(null)
  const summary = useRef<HTMLDivElement>(null)
  const sending = useRef(false)
  const [errors, setErrors] = useState<InquiryErrors>(serverErrors)
  const [touched, setTouched] = useState<ReadonlySet<string>>(
    () => new Set(Object.keys(serverErrors)),
  )
  const [showSummary, setShowSummary] = useState(Object.keys(serverErrors).length > 0)
  const [focusSummary, setFocusSummary] = useState(0)
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState(message)
  const refusedByServer = Boolean(message) || Object.keys(serverErrors).length > 0

  useEffect(() => {
    // After a refusal the browser focuses the summary (autofocus); make sure, unless the visitor moved on.
    if (refusedByServer && document.activeElement === document.body) summary.current?.focus()
    // A page restored from the back/forward cache may be sent again.
    const reset = (event: PageTransitionEvent) => {
      if (event.persisted) {
        sending.current = false
        setBusy(false)
      }
    }
    window.addEventListener('pageshow', reset)
    return () => window.removeEventListener('pageshow', reset)
  }, [refusedByServer])

  useEffect(() => {
    if (focusSummary > 0) summary.current?.focus()
  }, [focusSummary])

  const recheck = (names: ReadonlySet<string>) => {
    if (form.current) setErrors(only(check(form.current, locale), names))
  }

  const onBlur = (event: FocusEvent<HTMLFormElement>) => {
    const target = controlOf(event.target)
    if (!target || !(fields as readonly string[]).includes(target.name)) return
    // Leaving an empty field is not yet a mistake; leaving a wrong one is.
    const filled =
      target instanceof HTMLInputElement && target.type === 'checkbox'
        ? target.checked
        : target.value.trim() !== ''
    if (!filled && !touched.has(target.name)) return
    const next = new Set(touched).add(target.name)
    setTouched(next)
    recheck(next)
  }

  const onChange = (event: ChangeEvent<HTMLFormElement>) => {
    // Clear a message as soon as the field is right, without waiting for the next blur.
    const name = controlOf(event.target)?.name ?? ''
    if (touched.has(name) || Object.keys(errors).length > 0) recheck(touched)
  }

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    if (sending.current) {
      event.preventDefault()
      return
    }
    const all = check(event.currentTarget, locale)
    if (Object.keys(all).length > 0) {
      event.preventDefault()
      setNotice(null)
      setTouched(new Set([...fields, 'project', 'type']))
      setErrors(all)
      setShowSummary(true)
      setFocusSummary((n) => n + 1)
      return
    }
    // Valid: let the browser post the form as it would without JavaScript.
    sending.current = true
    setBusy(true)
  }

  const jumpTo = (name: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(fieldId(name))
    if (!target) return
    event.preventDefault()
    target.focus()
    target.scrollIntoView({ block: 'center' })
  }

  const listed = [
    ...fields.filter((name) => errors[name]),
    ...(['project', 'type'] as const).filter((name) => errors[name]),
  ]
  const label = (name: InquiryField) => INQUIRY_FIELD_LABELS[name][locale]
  const marker = (name: InquiryField) =>
    REQUIRED.has(name) ? (
      <span className="field-marker">{t.required}</span>
    ) : name === 'phone' || name === 'email' ? null : (
      <span className="field-marker">{t.optional}</span>
    )
  const error = (name: string) =>
    errors[name as InquiryField] ? (
      <p className="field-error" id={errorId(name)}>
        {errors[name as InquiryField]}
      </p>
    ) : null
  const invalid = (name: string) => (errors[name as InquiryField] ? true : undefined)
  const who = type === 'returnee' ? t.chamber : t.bureau

  const text = (
    name: InquiryField,
    options: {
      type?: string
      maxLength?: number
      autoComplete?: string
      inputMode?: 'tel' | 'email' | 'text'
      hint?: string
    } = {},
  ): ReactNode => (
    <div className="field" key={name}>
      <label htmlFor={fieldId(name)}>
        {label(name)}
        {marker(name)}
      </label>
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
        aria-required={REQUIRED.has(name) || undefined}
        aria-invalid={invalid(name)}
        aria-describedby={ids(
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
      <label htmlFor={fieldId(name)}>
        {label(name)}
        {marker(name)}
      </label>
      {error(name)}
      <select
        id={fieldId(name)}
        name={name}
        defaultValue={values[name] ?? ''}
        aria-required
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

  const renderField = (name: InquiryField): ReactNode => {
    switch (name) {
      case 'name':
        return text('name', { maxLength: INQUIRY_LIMITS.name, autoComplete: 'name' })
      case 'phone':
      case 'email':
        return null // in the contact group below
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
      case 'message':
        return (
          <div className="field" key="message">
            <label htmlFor={fieldId('message')}>
              {label('message')}
              {marker('message')}
            </label>
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
              aria-required
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
                aria-required
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

  return (
    <form
      ref={form}
      className="inquiry-form"
      method="post"
      action={action}
      noValidate
      onBlur={onBlur}
      onChange={onChange}
      onSubmit={onSubmit}
      data-testid="inquiry-form"
    >
      {(notice || (showSummary && listed.length > 0)) && (
        <div
          ref={summary}
          className="error-summary"
          tabIndex={-1}
          aria-labelledby="inquiry-summary-title"
          autoFocus={refusedByServer}
          data-testid="inquiry-errors"
        >
          <p className="error-summary-title" id="inquiry-summary-title">
            {notice ?? t.summary(listed.length)}
          </p>
          {showSummary && listed.length > 0 && (
            <ul>
              {listed.map((name) => (
                <li key={name}>
                  {(fields as readonly string[]).includes(name) ? (
                    <a href={`#${fieldId(name)}`} onClick={jumpTo(name)}>
                      {errors[name]}
                    </a>
                  ) : (
                    errors[name]
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <input type="hidden" name="type" value={type} />
      <input type="hidden" name="project" value={project ?? ''} />
      <input type="hidden" name="formToken" value={token} />
      {fields.slice(0, 1).map(renderField)}
      <fieldset className="field-group">
        <legend>
          {t.contactLegend}
          <span className="field-marker">{t.required}</span>
        </legend>
        <p className="field-hint" id="inquiry-contact-hint">
          {t.contactHint}
        </p>
        <div className="field">
          <label htmlFor={fieldId('phone')}>{label('phone')}</label>
          <p className="field-hint" id="inquiry-phone-hint">
            {t.phoneHint}
          </p>
          {error('phone')}
          <input
            id={fieldId('phone')}
            name="phone"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            maxLength={24}
            defaultValue={values.phone ?? ''}
            aria-invalid={invalid('phone')}
            aria-describedby={ids(
              'inquiry-contact-hint',
              'inquiry-phone-hint',
              invalid('phone') && errorId('phone'),
            )}
          />
        </div>
        <div className="field">
          <label htmlFor={fieldId('email')}>{label('email')}</label>
          {error('email')}
          <input
            id={fieldId('email')}
            name="email"
            type="email"
            inputMode="email"
            autoComplete="email"
            maxLength={INQUIRY_LIMITS.email}
            defaultValue={values.email ?? ''}
            aria-invalid={invalid('email')}
            aria-describedby={ids('inquiry-contact-hint', invalid('email') && errorId('email'))}
          />
        </div>
      </fieldset>
      {fields.slice(1).map(renderField)}
      <div className="inquiry-hp" aria-hidden="true">
        <label htmlFor="inquiry-website">{t.honeypot}</label>
        <input
          id="inquiry-website"
          name="website"
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
      <p>
        <button type="submit" className="button-primary" aria-disabled={busy || undefined}>
          {busy ? t.sending : t.submit}
        </button>
      </p>
    </form>
  )
}
