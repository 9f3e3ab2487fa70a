import type { PayloadRequest, Where } from 'payload'
import { INQUIRY_FIELD_LABELS, INQUIRY_STATUS_LABELS } from '@portal/shared/inquiry'
import { INQUIRY_TYPE_LABELS } from '@portal/shared/inquiry-kinds'
import type { Inquiry, Project, User } from '@portal/shared/payload-types'
import { MOMENT_FORMAT, addSheet, excelMoment, newWorkbook, type SheetColumn } from './workbook'

const PAGE = 500

/** The sheet's columns and how each reads an inquiry; `internal` ones only for those who may read them. */
const COLUMNS: (SheetColumn & { value: (inquiry: Inquiry) => unknown })[] = [
  { header: '受理编号', width: 20, value: (i) => i.trackingNumber },
  { header: '留言类型', width: 12, value: (i) => INQUIRY_TYPE_LABELS[i.type].zh },
  { header: '办理状态', width: 10, value: (i) => INQUIRY_STATUS_LABELS[i.status].zh },
  { header: INQUIRY_FIELD_LABELS.name.zh, width: 12, value: (i) => i.name },
  { header: INQUIRY_FIELD_LABELS.phone.zh, width: 16, value: (i) => i.phone },
  { header: INQUIRY_FIELD_LABELS.email.zh, width: 24, value: (i) => i.email },
  { header: INQUIRY_FIELD_LABELS.organisation.zh, width: 24, value: (i) => i.organisation },
  {
    header: '所涉项目',
    width: 24,
    value: (i) => (typeof i.project === 'object' ? (i.project as Project | null)?.title : null),
  },
  {
    header: '承办人',
    width: 14,
    value: (i) => (typeof i.assignee === 'object' ? (i.assignee as User | null)?.name : null),
  },
  {
    header: '提交时间',
    width: 17,
    format: MOMENT_FORMAT,
    value: (i) => excelMoment(i.submittedAt),
  },
  {
    header: '答复期限',
    width: 17,
    format: MOMENT_FORMAT,
    value: (i) => excelMoment(i.replyDueAt),
  },
  {
    header: '首次答复时间',
    width: 17,
    format: MOMENT_FORMAT,
    value: (i) => excelMoment(i.repliedAt),
  },
  { header: '办结时间', width: 17, format: MOMENT_FORMAT, value: (i) => excelMoment(i.closedAt) },
  { header: INQUIRY_FIELD_LABELS.message.zh, width: 48, value: (i) => i.message },
  { header: '公开答复', width: 48, value: (i) => i.publicReply },
  {
    header: '内部备注',
    width: 48,
    value: (i) =>
      i.internalNotes === undefined
        ? undefined
        : (i.internalNotes ?? []).map((note) => note.note).join('\n'),
  },
]

/**
 * Inquiries submitted in [from, to) that `where` selects, as the user may
 * read them (Payload's access: an editor reads none and is refused, chamber
 * staff only returnees). A column whose field the user may not read is left
 * out, by what the reads return rather than by a rule repeated here.
 */
export async function inquiryWorkbook(
  req: PayloadRequest,
  where: Where,
  range: { from?: string; to?: string },
) {
  const and: Where[] = [where]
  if (range.from) and.push({ submittedAt: { greater_than_equal: range.from } })
  if (range.to) and.push({ submittedAt: { less_than: range.to } })
  const inquiries: Inquiry[] = []
  for (let page = 1; ; page++) {
    const found = await req.payload.find({
      collection: 'inquiries',
      where: { and },
      depth: 1,
      limit: PAGE,
      page,
      sort: 'submittedAt',
      populate: { projects: { title: true }, users: { name: true } },
      overrideAccess: false,
      user: req.user,
    })
    inquiries.push(...found.docs)
    if (!found.hasNextPage) break
  }
  const readable = COLUMNS.filter(
    (column) =>
      inquiries.length === 0 || inquiries.some((inquiry) => column.value(inquiry) !== undefined),
  )
  const workbook = newWorkbook()
  addSheet(
    workbook,
    '咨询留言',
    readable,
    inquiries.map((inquiry) => readable.map((column) => column.value(inquiry))),
  )
  return workbook
}
