'use client'
// One click that creates an investor record (客商档案) from an inquiry, for the
// inquiry view (InvestorMatch) and a board post's sidebar (PosterRecord).
import { useConfig } from '@payloadcms/ui'
import { useState } from 'react'

/** The button; `onCreated` gets the new contact's id, `onFailed` is called when the server refused. */
export function CreateRecordButton({
  inquiryId,
  label,
  onCreated,
  onFailed,
}: {
  inquiryId: number | string
  label: string
  onCreated: (contact: number) => void
  onFailed: () => void
}) {
  const { config } = useConfig()
  const [busy, setBusy] = useState(false)
  const create = async () => {
    setBusy(true)
    const answer = await fetch(
      `${config.serverURL}${config.routes.api}/contacts/from-inquiry/${inquiryId}`,
      { method: 'POST', credentials: 'include' },
    ).catch(() => undefined)
    setBusy(false)
    if (!answer?.ok) return onFailed()
    onCreated(((await answer.json()) as { contact: number }).contact)
  }
  return (
    <button
      type="button"
      className="btn btn--style-secondary btn--size-small"
      disabled={busy}
      onClick={create}
    >
      {label}
    </button>
  )
}
