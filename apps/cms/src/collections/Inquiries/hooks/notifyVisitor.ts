import type { CollectionAfterChangeHook } from 'payload'
import type { Inquiry } from '@portal/shared/payload-types'
import { INQUIRY_TYPE_LABELS } from '@portal/shared/inquiry-kinds'
import { env } from '#cms/env'
import { sendInBackground } from '#cms/lib/sendInBackground'

/** The portal's status page for a number, in the visitor's language. */
export function statusPageUrl(portalUrl: string, locale: string, trackingNumber: string): string {
  const base = portalUrl.replace(/\/+$/, '')
  const prefix = locale === 'en' ? '/en' : ''
  return `${base}${prefix}/inquiry/status?n=${encodeURIComponent(trackingNumber)}`
}

/**
 * The mail a visitor gets when staff publish a reply, in the visitor's
 * language: the number and the link to the status page. The reply itself is
 * not in the mail: the status page shows it to whoever also knows the phone
 * or e-mail given, and a mail may be forwarded or read by others.
 */
export function replyMail(
  inquiry: Pick<Inquiry, 'trackingNumber' | 'type' | 'locale'>,
  portalUrl: string,
): { subject: string; text: string } {
  const link = statusPageUrl(portalUrl, inquiry.locale, inquiry.trackingNumber)
  if (inquiry.locale === 'en') {
    const type = INQUIRY_TYPE_LABELS[inquiry.type].en
    return {
      subject: `Your ${type.toLowerCase()} ${inquiry.trackingNumber} has been answered`,
      text: [
        `We have answered your ${type.toLowerCase()} ${inquiry.trackingNumber}.`,
        '',
        `Read the reply here, with the mobile number or e-mail address you gave: ${link}`,
        '',
        'This message was sent automatically; please do not reply to it.',
      ].join('\n'),
    }
  }
  const type = INQUIRY_TYPE_LABELS[inquiry.type].zh
  return {
    subject: `您的${type}（${inquiry.trackingNumber}）已答复`,
    text: [
      `您提交的${type}（受理编号 ${inquiry.trackingNumber}）已有答复。`,
      '',
      `请凭受理编号和留言时填写的手机号码或电子邮箱查看答复：${link}`,
      '',
      '此邮件由系统自动发送，请勿直接回复。',
    ].join('\n'),
  }
}

/**
 * Mails the visitor (when they gave an e-mail address) each time staff
 * publish a reply or change it; saving anything else sends nothing.
 */
export const notifyVisitor: CollectionAfterChangeHook<Inquiry> = ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (context.seeding || operation !== 'update') return doc
  const reply = doc.publicReply?.trim()
  if (!doc.email || !reply || reply === previousDoc?.publicReply?.trim()) return doc
  sendInBackground(
    req.payload,
    { to: doc.email, ...replyMail(doc, env.PORTAL_URL) },
    `the reply notice of ${doc.trackingNumber}`,
  )
  return doc
}
