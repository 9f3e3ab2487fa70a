import {
  PROVINCE_LABELS,
  RETURNEE_INTENT_LABELS,
  type InquiryField,
  type Province,
  type ReturneeIntent,
} from '@portal/shared/inquiry'
import {
  INQUIRY_TYPE_LABELS,
  kindShows,
  type InquiryContextField,
} from '@portal/shared/inquiry-kinds'
import type { Inquiry } from '@portal/shared/payload-types'
import { relationId } from '#cms/lib/relationId'
import { chinaDate, chinaDateTime } from './workingDays'

/** Why a staff member gets the mail. */
export type NoticeReason = 'new-assigned' | 'new-unassigned' | 'reassigned'

const OPENING: Record<NoticeReason, string> = {
  'new-assigned': '您有一条新的咨询留言需要办理。',
  'new-unassigned': '收到一条新的咨询留言，尚未指定承办人，请及时分派。',
  reassigned: '以下咨询留言已分派给您办理。',
}

type NoticeFields = Pick<
  Inquiry,
  | 'id'
  | 'trackingNumber'
  | 'type'
  | 'submittedAt'
  | 'name'
  | 'phone'
  | 'email'
  | 'organisation'
  | 'province'
  | 'city'
  | 'industry'
  | 'intent'
  | 'message'
  | 'replyDueAt'
  | 'projectSlug'
  | 'pagePath'
  | 'marketPost'
  | 'locale'
>

/**
 * The lines about what the visitor filled in, in this order, each written when
 * the inquiry's kind asks for one of its fields (see INQUIRY_KINDS); null leaves it out.
 */
const DETAILS: {
  fields: (InquiryField | InquiryContextField)[]
  line: (inquiry: NoticeFields, project: string | null) => string | null
}[] = [
  { fields: ['name'], line: (inquiry) => `姓名：${inquiry.name}` },
  {
    fields: ['phone', 'email'],
    line: (inquiry) => {
      const contact = [
        inquiry.phone ? `手机 ${inquiry.phone}` : null,
        inquiry.email ? `邮箱 ${inquiry.email}` : null,
      ].filter(Boolean)
      return `联系方式：${contact.join('，') || '（未留）'}`
    },
  },
  {
    fields: ['organisation'],
    line: (inquiry) => (inquiry.organisation ? `单位：${inquiry.organisation}` : null),
  },
  { fields: ['project'], line: (_, project) => `所涉项目：${project ?? '（未注明）'}` },
  { fields: ['pagePath'], line: (inquiry) => `纠错页面：${inquiry.pagePath ?? '（未注明）'}` },
  {
    fields: ['marketPost'],
    line: (inquiry) => {
      const id = relationId(inquiry.marketPost)
      return `所涉供求信息：${id === null ? '（已不存在）' : `编号 ${id}`}，请转达给该信息的提交人`
    },
  },
  {
    fields: ['post'],
    line: () => '供求信息：已生成一条“待审核”的农产品供求信息，请在“农产品供求”中审核',
  },
  {
    fields: ['province', 'city'],
    line: (inquiry) => {
      const province = inquiry.province ? PROVINCE_LABELS[inquiry.province as Province].zh : ''
      return `现居：${[province, inquiry.city].filter(Boolean).join(' ') || '（未注明）'}`
    },
  },
  {
    fields: ['industry'],
    line: (inquiry) => (inquiry.industry ? `从事行业：${inquiry.industry}` : null),
  },
  {
    fields: ['intent'],
    line: (inquiry) =>
      inquiry.intent
        ? `意向：${RETURNEE_INTENT_LABELS[inquiry.intent as ReturneeIntent].zh}`
        : null,
  },
]

/** The link to an inquiry in the admin. */
export function inquiryAdminUrl(cmsPublicUrl: string, id: number | string): string {
  return `${cmsPublicUrl.replace(/\/+$/, '')}/admin/collections/inquiries/${id}`
}

/**
 * The notice staff get about an inquiry, in Chinese: the subject names the
 * number and what it is about (never the visitor), the text everything needed
 * to call back and the link to answer it in the admin.
 */
export function inquiryNotice(
  inquiry: NoticeFields,
  options: { reason: NoticeReason; projectTitle?: string | null; cmsPublicUrl: string },
): { subject: string; text: string } {
  const type = INQUIRY_TYPE_LABELS[inquiry.type].zh
  const project = options.projectTitle ?? inquiry.projectSlug ?? null
  const about = kindShows(inquiry.type, 'project') && project ? `${type}：${project}` : type
  const subject = `[咨询留言] ${inquiry.trackingNumber} ${about}`

  const lines: (string | null)[] = [
    OPENING[options.reason],
    '',
    `类型：${type}`,
    `受理编号：${inquiry.trackingNumber}`,
    `提交时间：${chinaDateTime(inquiry.submittedAt)}（北京时间）`,
    ...DETAILS.filter(({ fields }) => fields.some((field) => kindShows(inquiry.type, field))).map(
      ({ line }) => line(inquiry, project),
    ),
    inquiry.locale === 'en' ? '留言语言：英文（请用英文答复）' : null,
    '',
    '留言内容：',
    inquiry.message,
    '',
    inquiry.replyDueAt ? `答复期限：${chinaDate(inquiry.replyDueAt)}（北京时间当日内）` : null,
    `办理链接：${inquiryAdminUrl(options.cmsPublicUrl, inquiry.id)}`,
    '',
    '此邮件由招商引资门户自动发送，请勿直接回复；请在管理后台答复留言。',
  ]
  return { subject, text: lines.filter((line) => line !== null).join('\n') }
}
