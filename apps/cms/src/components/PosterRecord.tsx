'use client'
// In a supply or demand post's sidebar: the poster's investor record (客商档案)
// when there is one, or a button that creates it in one click from what the
// poster filed (the post's inquiry, so the same rules and matching apply as
// on an inquiry). Shown only to staff who may read the post's inquiry; the
// button only to those who may create records (the staff who write projects).
import { useAuth, useConfig, useField, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { CreateRecordButton } from './CreateRecordButton'

const text = {
  zh: {
    heading: '发布者客商档案',
    open: '查看客商档案',
    create: '为发布者新建客商档案',
    none: '尚未建档（由招商人员建立客商档案）。',
    failed: '操作失败，请刷新后重试。',
  },
  en: {
    heading: 'Poster’s investor record',
    open: 'Open the investor record',
    create: 'Create an investor record for the poster',
    none: 'No record yet (investment staff create investor records).',
    failed: 'That did not work: reload and try again.',
  },
}

type Linked = number | { id: number } | null | undefined

export function PosterRecord() {
  const { config } = useConfig()
  const { permissions } = useAuth()
  const mayCreate = Boolean(permissions?.collections?.contacts?.create)
  const { i18n } = useTranslation()
  const { value: inquiry } = useField<Linked>({ path: 'inquiry' })
  const inquiryId = typeof inquiry === 'object' && inquiry ? inquiry.id : inquiry
  const [contact, setContact] = useState<number | null | undefined>(undefined)
  const [failed, setFailed] = useState(false)
  const t = i18n.language === 'en' ? text.en : text.zh
  const api = `${config.serverURL}${config.routes.api}`

  useEffect(() => {
    if (!inquiryId) return
    let live = true
    fetch(`${api}/inquiries/${inquiryId}?depth=0&select[investorContact]=true`, {
      credentials: 'include',
    })
      .then((answer) => (answer.ok ? answer.json() : Promise.reject(new Error(String(answer)))))
      .then((body: { investorContact?: Linked }) => {
        const linked = body.investorContact
        if (live) setContact(typeof linked === 'object' && linked ? linked.id : (linked ?? null))
      })
      .catch(() => live && setFailed(true))
    return () => {
      live = false
    }
  }, [api, inquiryId])

  if (!inquiryId || contact === undefined) return failed ? <p role="alert">{t.failed}</p> : null

  return (
    <div data-testid="poster-record" style={{ marginBottom: 24 }}>
      <p style={{ margin: '0 0 8px', fontWeight: 600 }}>{t.heading}</p>
      {contact ? (
        <a href={`${config.routes.admin}/collections/contacts/${contact}`}>{t.open}</a>
      ) : !mayCreate ? (
        <p style={{ margin: 0 }}>{t.none}</p>
      ) : (
        <CreateRecordButton
          inquiryId={inquiryId}
          label={t.create}
          onCreated={setContact}
          onFailed={() => setFailed(true)}
        />
      )}
      {failed && <p role="alert">{t.failed}</p>}
    </div>
  )
}
