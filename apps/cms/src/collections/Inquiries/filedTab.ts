import type { Tab } from 'payload'
import {
  INQUIRY_FIELD_LABELS,
  INQUIRY_LIMITS,
  PROVINCES,
  PROVINCE_LABELS,
  RETURNEE_INTENTS,
  RETURNEE_INTENT_LABELS,
  type InquiryField,
} from '@portal/shared/inquiry'
import {
  INQUIRY_TYPES,
  INQUIRY_TYPE_LABELS,
  kindShows,
  type InquiryContextField,
} from '@portal/shared/inquiry-kinds'
import { SITE_PATH_MAX } from '@portal/shared/site-path'
import { optionsFrom } from '#cms/fields/options'
import { asFiled, dayAndTime } from './fieldAccess'

/** Shown to staff only on inquiries whose kind asks for one of these fields (see INQUIRY_KINDS). */
const shownFor =
  (...fields: (InquiryField | InquiryContextField)[]) =>
  (data: Partial<{ type: unknown }> | undefined) =>
    fields.some((field) => kindShows(data?.type, field))

/**
 * The first tab of an inquiry: what the visitor filed, read-only. Which of
 * its fields staff see follows the kind's entry in INQUIRY_KINDS.
 */
export const filedTab: Tab = {
  label: { zh: '留言内容', en: 'Inquiry' },
  fields: [
    {
      type: 'row',
      fields: [
        asFiled({
          name: 'type',
          type: 'select',
          label: { zh: '留言类型', en: 'Type' },
          required: true,
          index: true,
          options: optionsFrom(INQUIRY_TYPES, INQUIRY_TYPE_LABELS),
        }),
        {
          name: 'project',
          type: 'relationship',
          relationTo: 'projects',
          label: { zh: '所涉项目', en: 'Project' },
          index: true,
          admin: {
            condition: shownFor('project'),
            description: {
              zh: '按留言人提交的项目自动关联，可更正。',
              en: 'Linked from the project the visitor named; may be corrected.',
            },
          },
        },
        asFiled({
          name: 'projectSlug',
          type: 'text',
          label: { zh: '提交的项目标识', en: 'Project as submitted' },
          admin: { condition: shownFor('project') },
        }),
        asFiled({
          name: 'marketPost',
          type: 'relationship',
          relationTo: 'market-posts',
          label: { zh: '所涉供求信息', en: 'Market post' },
          index: true,
          admin: {
            condition: shownFor('marketPost', 'post'),
            description: {
              zh: '供求对接留言：请把留言转达给该信息的提交人（见供求信息中的“提交人”）。发布供求信息：审核在该信息中进行。',
              en: 'A reply to a post: pass it on to the poster (see the post’s “Poster”). A new post: review it there.',
            },
          },
        }),
      ],
    },
    asFiled({
      name: 'pagePath',
      type: 'text',
      label: { zh: '纠错页面', en: 'Page reported' },
      maxLength: SITE_PATH_MAX,
      admin: {
        condition: shownFor('pagePath'),
        description: {
          zh: '留言人报告有错误的门户页面（本站路径）。改正后请在答复中说明。',
          en: 'The portal page the visitor reported (a path of this site). Say in the reply what was corrected.',
        },
      },
    }),
    {
      type: 'row',
      fields: [
        asFiled({
          name: 'name',
          type: 'text',
          label: INQUIRY_FIELD_LABELS.name,
          required: true,
          maxLength: INQUIRY_LIMITS.name,
        }),
        asFiled({
          name: 'phone',
          type: 'text',
          label: INQUIRY_FIELD_LABELS.phone,
          index: true,
        }),
        asFiled({
          name: 'email',
          type: 'text',
          label: INQUIRY_FIELD_LABELS.email,
          index: true,
          maxLength: INQUIRY_LIMITS.email,
        }),
      ],
    },
    asFiled({
      name: 'organisation',
      type: 'text',
      label: INQUIRY_FIELD_LABELS.organisation,
      maxLength: INQUIRY_LIMITS.organisation,
    }),
    {
      type: 'collapsible',
      label: { zh: '返乡人员信息', en: 'Returnee details' },
      admin: { condition: shownFor('province', 'city', 'industry', 'intent') },
      fields: [
        {
          type: 'row',
          fields: [
            asFiled({
              name: 'province',
              type: 'select',
              label: INQUIRY_FIELD_LABELS.province,
              options: optionsFrom(PROVINCES, PROVINCE_LABELS),
            }),
            asFiled({
              name: 'city',
              type: 'text',
              label: INQUIRY_FIELD_LABELS.city,
              maxLength: INQUIRY_LIMITS.city,
            }),
          ],
        },
        {
          type: 'row',
          fields: [
            asFiled({
              name: 'industry',
              type: 'text',
              label: INQUIRY_FIELD_LABELS.industry,
              maxLength: INQUIRY_LIMITS.industry,
            }),
            asFiled({
              name: 'intent',
              type: 'select',
              label: INQUIRY_FIELD_LABELS.intent,
              options: optionsFrom(RETURNEE_INTENTS, RETURNEE_INTENT_LABELS),
            }),
          ],
        },
      ],
    },
    asFiled({
      name: 'message',
      type: 'textarea',
      label: INQUIRY_FIELD_LABELS.message,
      required: true,
      maxLength: INQUIRY_LIMITS.messageMax,
    }),
    {
      type: 'row',
      fields: [
        asFiled({
          name: 'consent',
          type: 'checkbox',
          label: { zh: '已同意个人信息使用说明', en: 'Accepted the use of personal data' },
          defaultValue: false,
        }),
        asFiled({
          name: 'consentAt',
          type: 'date',
          label: { zh: '同意时间', en: 'Consent given at' },
          admin: dayAndTime,
        }),
      ],
    },
  ],
}
