import type { GlobalConfig, NumberField } from 'payload'
import { hasRole } from '../access/hasRole'
import { staffOnly } from '../access/staff'
import { ADMIN_GROUPS } from '../fields/admin'
import { DEFAULT_THRESHOLDS, type HealthThresholds } from '../siteHealth/thresholds'

const days = (
  name: keyof HealthThresholds,
  label: { zh: string; en: string },
  description: { zh: string; en: string },
): NumberField => ({
  name,
  type: 'number',
  label,
  required: true,
  defaultValue: DEFAULT_THRESHOLDS[name],
  min: 1,
  max: 366,
  admin: { step: 1, description },
})

/**
 * The thresholds of the site-health view (站点体检), with the inspection's
 * values as defaults (国办秘函〔2019〕19号). Admins may make them stricter;
 * making them looser only hides what the inspectors will still count.
 */
export const SiteHealthSettings: GlobalConfig = {
  slug: 'site-health-settings',
  label: { zh: '站点体检设置', en: 'Site health settings' },
  access: { read: staffOnly, update: hasRole('admin') },
  admin: { group: ADMIN_GROUPS.site },
  fields: [
    {
      type: 'row',
      fields: [
        days(
          'newsAmberDays',
          { zh: '动态类栏目提醒（天）', en: 'News columns: warn after (days)' },
          {
            zh: '招商动态、商会动态等栏目多少天没有新内容时显示黄色。',
            en: 'Amber when a news column has nothing new for this long.',
          },
        ),
        days(
          'newsStaleDays',
          { zh: '动态类栏目不更新（天）', en: 'News columns: stale after (days)' },
          {
            zh: '检查标准：2 周。首页同样适用。',
            en: 'Inspection rule: 2 weeks. Also applies to the home page.',
          },
        ),
      ],
    },
    {
      type: 'row',
      fields: [
        days(
          'noticeAmberDays',
          { zh: '通知公告、政策栏目提醒（天）', en: 'Notices and policies: warn after (days)' },
          { zh: '多少天没有新内容时显示黄色。', en: 'Amber when nothing new for this long.' },
        ),
        days(
          'noticeStaleDays',
          { zh: '通知公告、政策栏目不更新（天）', en: 'Notices and policies: stale after (days)' },
          { zh: '检查标准：6 个月。', en: 'Inspection rule: 6 months.' },
        ),
      ],
    },
    days(
      'inquiryFailDays',
      { zh: '留言未答复否决期限（天）', en: 'Unanswered inquiry fails after (days)' },
      {
        zh: '检查标准：留言超过 3 个月未答复即单项否决。',
        en: 'Inspection rule: any message unanswered for over 3 months fails the site.',
      },
    ),
  ],
}
