import {
  InquiryForm as InquirySchema,
  inquiryErrors,
  type InquiryErrors,
} from '@portal/shared/inquiry'
import {
  INQUIRY_CONTEXT_FIELDS,
  INQUIRY_KINDS,
  type InquiryType,
} from '@portal/shared/inquiry-kinds'
import type { Locale } from '@portal/shared/locales'
import {
  useEffect,
  useRef,
  useState,
  type ChangeEvent,
  type FocusEvent,
  type MouseEvent,
  type SubmitEvent,
} from 'react'
import { errorKeysOf } from '@portal/shared/market'
import { TEXT, fieldId, inquiryFields } from './InquiryFields'

export interface InquiryFormProps {
  locale: Locale
  type: InquiryType
  /** The project's slug, for project inquiries. */
  project?: string | null
  /** The page an error report is about (the server takes it from the page's address, not from here). */
  pagePath?: string | null
  /** The market post's id, for replies to a post. */
  marketPost?: string | null
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
  pagePath = null,
  marketPost = null,
  action,
  token,
  privacyHref,
  values = {},
  errors: serverErrors = {},
  message = null,
}: InquiryFormProps) {
  const t = TEXT[locale]
  // What this kind asks for, and what it requires, come from the shared table.
  const kind = INQUIRY_KINDS[type]
  const fields = kind.fields
  // The names errors are told under: a market post's own fields stand in for `post`.
  const names = errorKeysOf(fields)
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
    if (!target || !names.includes(target.name)) return
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
      setTouched(new Set([...names, ...INQUIRY_CONTEXT_FIELDS, 'type']))
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
    ...names.filter((name) => errors[name as keyof InquiryErrors]),
    ...([...INQUIRY_CONTEXT_FIELDS, 'type'] as const).filter((name) => errors[name]),
  ]
  const renderField = inquiryFields({ locale, kind, values, errors, privacyHref })

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
                  {names.includes(name) ? (
                    <a href={`#${fieldId(name)}`} onClick={jumpTo(name)}>
                      {errors[name as keyof InquiryErrors]}
                    </a>
                  ) : (
                    errors[name as keyof InquiryErrors]
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <input type="hidden" name="type" value={type} />
      <input type="hidden" name="project" value={project ?? ''} />
      <input type="hidden" name="pagePath" value={pagePath ?? ''} />
      <input type="hidden" name="marketPost" value={marketPost ?? ''} />
      <input type="hidden" name="formToken" value={token} />
      {fields.map(renderField)}
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
