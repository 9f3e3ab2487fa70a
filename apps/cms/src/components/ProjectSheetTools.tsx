'use client'
// Above the project list: export what the list shows to Excel, download the
// import template, and import the bureau's project list with a preview that
// staff confirm before anything is written.
import { useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter, useSearchParams } from 'next/navigation'
import { useState } from 'react'
import { SHEET_TEXT } from './spreadsheetText'

interface Row {
  row: number
  status: 'new' | 'update' | 'error'
  title: string | null
  errors?: { cell: string; message: string }[]
}
interface Plan {
  committed: boolean
  rows: Row[]
  counts: Record<Row['status'], number>
}

const bar: React.CSSProperties = { display: 'flex', gap: 12, flexWrap: 'wrap', margin: '0 0 16px' }
const cellStyle: React.CSSProperties = {
  borderBottom: '1px solid var(--theme-elevation-150)',
  padding: '4px 8px',
  textAlign: 'left',
  verticalAlign: 'top',
}

/** Export, template and import of the project list. */
export function ProjectSheetTools() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const params = useSearchParams()
  const router = useRouter()
  const t = i18n.language === 'en' ? SHEET_TEXT.en : SHEET_TEXT.zh
  const api = `${config.serverURL}${config.routes.api}/spreadsheets/projects`
  const [file, setFile] = useState<File>()
  const [plan, setPlan] = useState<Plan>()
  const [message, setMessage] = useState<string>()

  const send = async (chosen: File, commit: boolean) => {
    const body = new FormData()
    body.append('file', chosen)
    const answer = await fetch(`${api}/import${commit ? '?commit=1' : ''}`, {
      method: 'POST',
      body,
      credentials: 'include',
    }).catch(() => undefined)
    const result = (await answer?.json().catch(() => undefined)) as
      (Plan & { error?: string; errors?: { message: string }[] }) | undefined
    if (!answer?.ok || !result) {
      setPlan(undefined)
      setMessage(t.failed + (result?.error ?? result?.errors?.[0]?.message ?? answer?.status ?? ''))
      return
    }
    setPlan(result)
    if (commit) {
      setMessage(t.done(result.counts.new, result.counts.update))
      setFile(undefined)
      router.refresh()
    } else setMessage(undefined)
  }

  return (
    <div data-testid="project-sheet-tools">
      <div style={bar}>
        <a
          className="btn btn--style-secondary btn--size-small"
          href={`${api}?${params.toString()}`}
        >
          {t.export}
        </a>
        <a className="btn btn--style-secondary btn--size-small" href={`${api}/template`}>
          {t.template}
        </a>
        <label style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
          {t.import}
          <input
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              const chosen = event.target.files?.[0]
              setFile(chosen)
              if (chosen) void send(chosen, false)
            }}
          />
        </label>
      </div>
      {message && <p role="status">{message}</p>}
      {plan && !plan.committed && (
        <section aria-label={t.preview} style={{ marginBottom: 24 }}>
          <h3>{t.preview}</h3>
          <p>{t.counts(plan.counts.new, plan.counts.update, plan.counts.error)}</p>
          <table style={{ borderCollapse: 'collapse', width: '100%' }}>
            <thead>
              <tr>
                {[t.row, t.status, t.title, t.problems].map((head) => (
                  <th key={head} style={cellStyle}>
                    {head}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {plan.rows.map((row) => (
                <tr key={row.row} data-status={row.status}>
                  <td style={cellStyle}>{row.row}</td>
                  <td style={cellStyle}>{t[row.status]}</td>
                  <td style={cellStyle}>{row.title}</td>
                  <td style={cellStyle}>
                    {row.errors?.map((error) => `${error.cell}：${error.message}`).join('；')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div style={{ ...bar, marginTop: 12 }}>
            <button
              type="button"
              className="btn btn--style-primary btn--size-small"
              disabled={!file || plan.counts.new + plan.counts.update === 0}
              onClick={() => file && void send(file, true)}
            >
              {t.confirm}
            </button>
            <button
              type="button"
              className="btn btn--style-secondary btn--size-small"
              onClick={() => setPlan(undefined)}
            >
              {t.cancel}
            </button>
          </div>
        </section>
      )}
    </div>
  )
}
