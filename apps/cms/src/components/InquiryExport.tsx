'use client'
// Above the inquiry list: export the inquiries the list's filters select
// (kind, status, ...) that were submitted between two days, to Excel.
import { useConfig, useTranslation } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'
import { useState } from 'react'
import { SHEET_TEXT } from './spreadsheetText'

/** The inquiry export button with its date range. */
export function InquiryExport() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const params = useSearchParams()
  const t = i18n.language === 'en' ? SHEET_TEXT.en : SHEET_TEXT.zh
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const query = new URLSearchParams(params.toString())
  if (from) query.set('from', from)
  if (to) query.set('to', to)
  const href = `${config.serverURL}${config.routes.api}/spreadsheets/inquiries?${query.toString()}`
  return (
    <div
      data-testid="inquiry-export"
      style={{
        display: 'flex',
        gap: 12,
        flexWrap: 'wrap',
        alignItems: 'center',
        margin: '0 0 16px',
      }}
    >
      <label>
        {t.from} <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </label>
      <label>
        {t.to} <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </label>
      <a className="btn btn--style-secondary btn--size-small" href={href}>
        {t.export}
      </a>
    </div>
  )
}
