import type { CollectionConfig, Validate } from 'payload'
import { INQUIRY_LIMITS, INQUIRY_STATUSES, INQUIRY_STATUS_LABELS } from '@portal/shared/inquiry'
import type { InquiryType } from '@portal/shared/inquiry-kinds'
import { hasRole } from '#cms/access/hasRole'
import { optionsFrom } from '#cms/fields/options'
import { relationId } from '#cms/lib/relationId'
import { handlesInquiry, inquiryHandlers, inquiryScope } from './access'
import { inquiryEndpoints } from './endpoints'
import { asFiled, bySystem, dayAndTime, never } from './fieldAccess'
import { filedTab } from './filedTab'
import { investorLinkFields, linkInvestorCompany, touchInvestorContact } from './investorLink'
import { applyReply } from './hooks/applyReply'
import { notifyStaff } from './hooks/notifyStaff'
import { notifyVisitor } from './hooks/notifyVisitor'
import { prepareInquiry } from './hooks/prepareInquiry'
import { recordStatusChange } from './hooks/recordStatusChange'
import { stampInternalNotes } from './hooks/stampInternalNotes'
import { ADMIN_GROUPS, bilingualLabels, dayOnly } from '#cms/fields/admin'
import { changeHistoryFields } from '#cms/fields/history'

/**
 * The assignee must handle inquiries of this type (the picker offers only
 * them). An assignment kept from before is not checked again, so that staff
 * who cannot see a colleague's account can still save the inquiry.
 */
const validateAssignee: Validate = async (value, { req, siblingData, previousValue, id }) => {
  const userId = relationId(value)
  if (userId === null || userId === relationId(previousValue)) return true
  let type = (siblingData as { type?: InquiryType }).type
  if (!type && id !== undefined) {
    const stored = await req.payload.findByID({
      collection: 'inquiries',
      id,
      depth: 0,
      disableErrors: true,
      select: { type: true },
      req,
    })
    type = stored?.type
  }
  const user = await req.payload.findByID({
    collection: 'users',
    id: userId,
    depth: 0,
    disableErrors: true,
    req,
  })
  if (user && type && handlesInquiry({ ...user, collection: 'users' }, type)) return true
  return req.i18n?.language === 'en'
    ? 'This person does not handle inquiries of this type.'
    : '该工作人员不负责此类留言。'
}

/**
 * Inquiries (咨询留言) from the portal: filed only through the intake endpoint
 * by the portal's service account, read and answered by the staff who handle
 * their type. The visitor sees the status and the public reply, nothing else.
 */
export const Inquiries: CollectionConfig = {
  slug: 'inquiries',
  labels: bilingualLabels('咨询留言', 'Inquiry', 'Inquiries'),
  access: {
    // Nobody creates through the API: the intake endpoint files with overrideAccess.
    create: never,
    read: inquiryScope,
    update: inquiryScope,
    delete: hasRole('admin'),
  },
  admin: {
    useAsTitle: 'trackingNumber',
    defaultColumns: [
      'trackingNumber',
      'type',
      'status',
      'name',
      'project',
      'assignee',
      'replyDueAt',
      'createdAt',
    ],
    listSearchableFields: ['trackingNumber', 'name', 'phone', 'email'],
    group: ADMIN_GROUPS.inquiries,
    description: {
      zh: '门户网站访客提交的咨询留言。答复内容和办理状态会在门户“留言查询”中向留言人公开，内部备注不会公开。',
      en: 'Inquiries sent through the portal. The reply and the status are shown to the visitor when they look up their number; internal notes never are.',
    },
  },
  defaultSort: '-submittedAt',
  endpoints: inquiryEndpoints,
  fields: [
    {
      type: 'tabs',
      tabs: [
        filedTab,
        {
          label: { zh: '答复与办理', en: 'Reply and handling' },
          fields: [
            {
              name: 'publicReply',
              type: 'textarea',
              label: { zh: '公开答复', en: 'Public reply' },
              maxLength: INQUIRY_LIMITS.reply,
              admin: {
                rows: 8,
                description: {
                  zh: '留言人凭受理编号查询时可以看到这段答复。请使用留言人的语言；保存答复后，未办结的留言自动标记为“已答复”（同时手动选择了状态的除外）。',
                  en: 'The visitor sees this reply when they look up their number. Write in their language. Saving a reply marks an open inquiry as answered, unless you choose a status in the same save.',
                },
              },
            },
            bySystem({
              name: 'repliedAt',
              type: 'date',
              label: { zh: '首次答复时间', en: 'First replied at' },
              admin: dayAndTime,
            }),
            {
              name: 'internalNotes',
              type: 'array',
              label: { zh: '内部备注', en: 'Internal notes' },
              labels: bilingualLabels('备注', 'Note', 'Notes'),
              admin: {
                description: {
                  zh: '仅工作人员可见，不会向留言人公开。备注保存后不能修改或删除。',
                  en: 'Staff only, never shown to the visitor. A saved note cannot be changed or removed.',
                },
              },
              fields: [
                {
                  name: 'note',
                  type: 'textarea',
                  label: { zh: '内容', en: 'Note' },
                  required: true,
                  maxLength: 2000,
                },
                {
                  type: 'row',
                  fields: [
                    bySystem({
                      name: 'author',
                      type: 'relationship',
                      relationTo: 'users',
                      label: { zh: '记录人', en: 'By' },
                    }),
                    bySystem({
                      name: 'at',
                      type: 'date',
                      label: { zh: '时间', en: 'At' },
                      admin: dayAndTime,
                    }),
                  ],
                },
              ],
            },
            bySystem({
              name: 'statusHistory',
              type: 'array',
              label: { zh: '状态变更记录', en: 'Status history' },
              labels: bilingualLabels('状态变更', 'Status change', 'Status changes'),
              admin: {
                description: {
                  zh: '每次状态变化时由系统自动记录。',
                  en: 'Recorded automatically whenever the status changes.',
                },
              },
              fields: [
                {
                  type: 'row',
                  fields: changeHistoryFields(
                    optionsFrom(INQUIRY_STATUSES, INQUIRY_STATUS_LABELS),
                    { from: { zh: '原状态', en: 'From' }, to: { zh: '新状态', en: 'To' } },
                    dayAndTime,
                  ),
                },
              ],
            }),
          ],
        },
      ],
    },
    asFiled({
      name: 'trackingNumber',
      type: 'text',
      label: { zh: '受理编号', en: 'Tracking number' },
      required: true,
      // Not unique: the portal may keep a number a visitor already holds (keepNumber).
      index: true,
      admin: { position: 'sidebar' },
    }),
    {
      name: 'status',
      type: 'select',
      label: { zh: '办理状态', en: 'Status' },
      required: true,
      index: true,
      defaultValue: 'received',
      options: optionsFrom(INQUIRY_STATUSES, INQUIRY_STATUS_LABELS),
      admin: { position: 'sidebar' },
    },
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: 'users',
      label: { zh: '承办人', en: 'Assignee' },
      index: true,
      filterOptions: ({ siblingData }) => {
        const type = (siblingData as { type?: unknown } | undefined)?.type
        return { roles: { in: inquiryHandlers(type) } }
      },
      validate: validateAssignee,
      admin: {
        position: 'sidebar',
        description: {
          zh: '更换承办人后，系统会邮件通知新的承办人。',
          en: 'The new assignee is notified by mail.',
        },
      },
    },
    bySystem({
      name: 'replyDueAt',
      type: 'date',
      label: { zh: '答复期限', en: 'Reply due' },
      index: true,
      admin: {
        position: 'sidebar',
        ...dayOnly,
        description: {
          zh: '提交后按“咨询设置”中的工作日数计算（周一至周五，不扣除法定节假日）。',
          en: 'Working days from submission, as set in the inquiry settings (Monday to Friday; public holidays not deducted).',
        },
        components: { Cell: '/components/ReplyDueCell#ReplyDueCell' },
      },
    }),
    bySystem({
      name: 'closedAt',
      type: 'date',
      label: { zh: '办结时间', en: 'Closed at' },
      index: true,
      admin: {
        position: 'sidebar',
        ...dayAndTime,
        condition: (data) => Boolean(data?.closedAt),
        description: {
          zh: '状态改为“已办结”时由系统记录，重新打开后清除。个人信息的保存期限从这一时间起算。',
          en: 'Recorded when the status becomes closed, cleared if reopened. The retention of personal data counts from here.',
        },
      },
    }),
    bySystem({
      name: 'anonymisedAt',
      type: 'date',
      label: { zh: '匿名化时间', en: 'Anonymised at' },
      admin: {
        position: 'sidebar',
        ...dayAndTime,
        condition: (data) => Boolean(data?.anonymisedAt),
        description: {
          zh: '已超过“咨询设置”中的保存期限，留言人的个人信息、留言内容、答复和内部备注已删除。',
          en: 'Past the retention period in the inquiry settings: the visitor’s personal data, the message, the reply and the internal notes were removed.',
        },
      },
    }),
    ...investorLinkFields,
    asFiled({
      name: 'submittedAt',
      type: 'date',
      label: { zh: '提交时间', en: 'Submitted at' },
      required: true,
      index: true,
      admin: { position: 'sidebar', ...dayAndTime },
    }),
    asFiled({
      name: 'locale',
      type: 'select',
      label: { zh: '留言语言', en: 'Visitor’s language' },
      required: true,
      defaultValue: 'zh',
      options: [
        { value: 'zh', label: { zh: '中文', en: 'Chinese' } },
        { value: 'en', label: { zh: '英文', en: 'English' } },
      ],
      admin: {
        position: 'sidebar',
        description: { zh: '请用留言人的语言答复。', en: 'Answer in this language.' },
      },
    }),
    asFiled({
      name: 'submissionId',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { hidden: true },
    }),
  ],
  hooks: {
    beforeChange: [
      prepareInquiry,
      applyReply,
      stampInternalNotes,
      recordStatusChange,
      linkInvestorCompany,
    ],
    afterChange: [notifyStaff, notifyVisitor, touchInvestorContact],
  },
}
