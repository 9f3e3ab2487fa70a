import type { GlobalConfig } from 'payload'
import { hasRole } from '../access/hasRole'
import { staffOnly } from '../access/staff'

/** Default number of working days staff have to answer an inquiry. */
export const DEFAULT_REPLY_WORKING_DAYS = 3

/** How inquiries (咨询留言) are handled: who hears of unassigned ones, and how soon they are answered. */
export const InquirySettings: GlobalConfig = {
  slug: 'inquiry-settings',
  label: { zh: '咨询设置', en: 'Inquiry settings' },
  access: {
    read: staffOnly,
    update: hasRole('admin'),
  },
  admin: { group: { zh: '咨询服务', en: 'Inquiries' } },
  fields: [
    {
      name: 'dutyEmail',
      type: 'email',
      label: { zh: '值班邮箱', en: 'Duty inbox' },
      admin: {
        description: {
          zh: '新留言没有指定承办人时（如综合咨询、返乡联络，或项目没有责任人），通知发到这个邮箱。',
          en: 'Receives the notice of a new inquiry that nobody is assigned to (general and returnee inquiries, or a project without a responsible officer).',
        },
      },
    },
    {
      name: 'replyWorkingDays',
      type: 'number',
      label: { zh: '答复时限（工作日）', en: 'Reply within (working days)' },
      required: true,
      defaultValue: DEFAULT_REPLY_WORKING_DAYS,
      min: 1,
      max: 30,
      admin: {
        step: 1,
        description: {
          zh: '从提交之日起按周一至周五计算，不扣除法定节假日；对已提交的留言不重新计算。',
          en: 'Counted Monday to Friday from the day of submission; public holidays are not deducted. Existing inquiries keep their deadline.',
        },
      },
    },
  ],
}
