import type { GlobalConfig } from 'payload'
import { hasRole } from '../access/hasRole'
import { staffOnly } from '../access/staff'
import { ADMIN_GROUPS } from '../fields/admin'

/** Default number of working days staff have to answer an inquiry. */
export const DEFAULT_REPLY_WORKING_DAYS = 3

/** Default number of days a closed inquiry keeps the visitor's personal data (two years). */
export const DEFAULT_RETENTION_DAYS = 730

/** The shortest and longest retention staff may set. */
export const RETENTION_DAYS_LIMITS = { min: 30, max: 3650 } as const

/**
 * How inquiries (咨询留言) are handled: who hears of unassigned ones, how soon
 * they are answered, and how long the visitor's personal data is kept.
 */
export const InquirySettings: GlobalConfig = {
  slug: 'inquiry-settings',
  label: { zh: '咨询设置', en: 'Inquiry settings' },
  access: {
    read: staffOnly,
    update: hasRole('admin'),
  },
  admin: { group: ADMIN_GROUPS.inquiries },
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
    {
      name: 'retentionDays',
      type: 'number',
      label: { zh: '保存期限（天）', en: 'Retention (days)' },
      required: true,
      defaultValue: DEFAULT_RETENTION_DAYS,
      min: RETENTION_DAYS_LIMITS.min,
      max: RETENTION_DAYS_LIMITS.max,
      admin: {
        step: 1,
        description: {
          zh: '已办结的留言自办结之日起超过这个天数后，由每日自动任务匿名化：删除姓名、联系方式、单位、所在城市、行业、留言内容、公开答复和内部备注，只保留类型、状态、时间等统计信息。缩短期限后，下一次任务即按新期限处理。',
          en: 'Closed inquiries older than this, counted from closing, are anonymised by a daily job: the name, contact details, organisation, city, industry, message, public reply and internal notes are removed; type, status and dates stay for statistics. A shorter period applies from the next run.',
        },
      },
    },
  ],
}
