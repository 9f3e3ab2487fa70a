// The reply deadline in the inquiry list, with a red marker on open inquiries
// past it, so that staff see at a glance what is overdue.
import type { DefaultServerCellComponentProps } from 'payload'
import { isOverdue } from '../collections/Inquiries/status'
import { chinaDate } from '../collections/Inquiries/workingDays'

const text = {
  zh: { overdue: '已逾期', title: '已超过答复期限，尚未答复' },
  en: { overdue: 'Overdue', title: 'Past the reply deadline and not yet answered' },
}

/** Server cell: `cellData` is `replyDueAt`, `rowData` the inquiry. */
export function ReplyDueCell({ cellData, rowData, i18n }: DefaultServerCellComponentProps) {
  if (typeof cellData !== 'string' || !cellData) return <span>—</span>
  const t = text[i18n?.language === 'en' ? 'en' : 'zh']
  const overdue = isOverdue({
    status: (rowData as { status?: string } | undefined)?.status,
    replyDueAt: cellData,
  })
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {chinaDate(cellData)}
      {overdue ? (
        <strong
          data-testid="inquiry-overdue"
          title={t.title}
          style={{
            marginLeft: '0.5em',
            padding: '0 0.4em',
            borderRadius: 3,
            color: '#fff',
            background: 'var(--theme-error-500, #c0392b)',
          }}
        >
          {t.overdue}
        </strong>
      ) : null}
    </span>
  )
}
