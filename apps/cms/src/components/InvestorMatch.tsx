'use client'
// Under the inquiry's "investor record" field: the contacts whose phone or
// e-mail matches this inquiry, each with a button that fills the field (staff
// then save, so nothing is linked without a person confirming it), and a
// button that creates a record from the inquiry in one click.
import { useConfig, useDocumentInfo, useField, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { CreateRecordButton } from './CreateRecordButton'

interface Suggestion {
  id: number
  name: string
  company: string | null
  matchedOn: ('phone' | 'email')[]
}

const text = {
  zh: {
    matches: '电话或邮箱相同的客商：',
    phone: '电话',
    email: '邮箱',
    confirm: '关联此客商',
    create: '新建客商档案',
    failed: '操作失败，请刷新后重试。',
  },
  en: {
    matches: 'Records with the same phone or e-mail:',
    phone: 'phone',
    email: 'e-mail',
    confirm: 'Link this record',
    create: 'Create investor record',
    failed: 'That did not work: reload and try again.',
  },
}

/** Suggests matching investor records for the open inquiry and creates one on request. */
export function InvestorMatch() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const { value, setValue } = useField<number | null>({ path: 'investorContact' })
  const [suggestions, setSuggestions] = useState<Suggestion[]>([])
  const [failed, setFailed] = useState(false)
  const t = i18n.language === 'en' ? text.en : text.zh
  const base = `${config.serverURL}${config.routes.api}/contacts`

  useEffect(() => {
    if (!id || value) return
    let live = true
    fetch(`${base}/suggest/${id}`, { credentials: 'include' })
      .then((answer) => (answer.ok ? answer.json() : { suggestions: [] }))
      .then((body: { suggestions: Suggestion[] }) => live && setSuggestions(body.suggestions))
      .catch(() => live && setFailed(true))
    return () => {
      live = false
    }
  }, [base, id, value])

  if (!id || value) return null

  return (
    <div data-testid="investor-match" style={{ marginTop: 8 }}>
      {suggestions.length > 0 && <p style={{ margin: '4px 0' }}>{t.matches}</p>}
      {suggestions.map((s) => (
        <div key={s.id} style={{ display: 'flex', gap: 8, alignItems: 'center', margin: '4px 0' }}>
          <span>
            {s.name}
            {s.company ? `（${s.company}）` : ''} · {s.matchedOn.map((m) => t[m]).join('、')}
          </span>
          <button
            type="button"
            className="btn btn--style-secondary btn--size-small"
            onClick={() => setValue(s.id)}
          >
            {t.confirm}
          </button>
        </div>
      ))}
      <CreateRecordButton
        inquiryId={id}
        label={t.create}
        // A full reload: the open form then shows the link the server just saved.
        onCreated={() => window.location.reload()}
        onFailed={() => setFailed(true)}
      />
      {failed && <p role="alert">{t.failed}</p>}
    </div>
  )
}
