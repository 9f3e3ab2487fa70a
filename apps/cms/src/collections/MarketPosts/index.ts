import type { CollectionConfig } from 'payload'
import {
  MARKET_CATEGORIES,
  MARKET_CATEGORY_LABELS,
  MARKET_CERTIFICATIONS,
  MARKET_CERTIFICATION_LABELS,
  MARKET_LIMITS,
  MARKET_POST_KINDS,
  MARKET_POST_KIND_LABELS,
  MARKET_REVIEW_LABELS,
  MARKET_REVIEW_STATUSES,
  MARKET_UNITS,
  MARKET_UNIT_LABELS,
} from '@portal/shared/market'
import { INQUIRY_FIELD_LABELS, INQUIRY_LIMITS } from '@portal/shared/inquiry'
import { hasRole } from '#cms/access/hasRole'
import { ADMIN_GROUPS, bilingualLabels, dayField } from '#cms/fields/admin'
import { localizedText, localizedTextarea, titleField } from '#cms/fields/bilingual'
import { optionsFrom } from '#cms/fields/options'
import { bySystem, dayAndTime } from '../Inquiries/fieldAccess'
import { marketReviewers, marketReviewersField, publicMarketPosts } from './access'
import { prepareMarketPost } from './hooks/prepareMarketPost'
import { reportReview } from './hooks/reportReview'

/** The poster's own details: reviewers only, for every operation. */
const reviewersOnly = {
  read: marketReviewersField,
  create: marketReviewersField,
  update: marketReviewersField,
}

/**
 * The agricultural supply and demand board (农产品供求). Posts come from the
 * portal's posting form (filed as `market-post` inquiries, see intake.ts) or
 * from reviewers; the public sees approved posts until they expire, and
 * never who posted them: a visitor who wants the goods writes through the
 * board, and staff forward it.
 */
export const MarketPosts: CollectionConfig = {
  slug: 'market-posts',
  labels: bilingualLabels('农产品供求', 'Market post', 'Market posts'),
  access: {
    read: publicMarketPosts,
    create: marketReviewers,
    update: marketReviewers,
    delete: hasRole('admin'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'category', 'township', 'reviewStatus', 'expiresAt'],
    listSearchableFields: ['title', 'trackingNumber'],
    group: ADMIN_GROUPS.investment,
    description: {
      zh: '门户“农产品供求”栏目的信息。新提交的信息为“待审核”，审核通过后公开，到期自动下架。审核意见会在提交人凭受理编号查询时显示；提交人的姓名和联系方式不会公开。',
      en: 'Posts of the portal’s supply and demand board. New posts await review; approved ones are public until they expire. The review note is shown to the poster when they look up their number; their name and contact are never public.',
    },
  },
  defaultSort: '-createdAt',
  // The board: approved and unexpired, newest first, by kind and category.
  indexes: [{ fields: ['reviewStatus', 'expiresAt', 'publishedAt'] }],
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: { zh: '供求类型', en: 'Supply or demand' },
          required: true,
          index: true,
          options: optionsFrom(MARKET_POST_KINDS, MARKET_POST_KIND_LABELS),
        },
        {
          name: 'category',
          type: 'select',
          label: { zh: '产品类别', en: 'Category' },
          required: true,
          index: true,
          options: optionsFrom(MARKET_CATEGORIES, MARKET_CATEGORY_LABELS),
        },
      ],
    },
    titleField({ zh: '标题', en: 'Title' }, 80),
    {
      ...localizedText('variety', { zh: '品种', en: 'Variety' }, MARKET_LIMITS.variety),
      required: true,
    },
    localizedTextarea(
      'description',
      { zh: '详细说明', en: 'Description' },
      INQUIRY_LIMITS.messageMax,
    ),
    {
      type: 'row',
      fields: [
        {
          name: 'quantity',
          type: 'number',
          label: { zh: '数量', en: 'Quantity' },
          required: true,
          min: 0.001,
          max: MARKET_LIMITS.quantityMax,
        },
        {
          name: 'unit',
          type: 'select',
          label: { zh: '单位', en: 'Unit' },
          required: true,
          options: optionsFrom(MARKET_UNITS, MARKET_UNIT_LABELS),
        },
        {
          name: 'price',
          type: 'number',
          label: { zh: '单价（元）', en: 'Unit price (CNY)' },
          min: 0.001,
          max: MARKET_LIMITS.priceMax,
          admin: { description: { zh: '不填即为“面议”。', en: 'Empty means negotiable.' } },
        },
      ],
    },
    {
      name: 'township',
      type: 'text',
      label: { zh: '产地（乡镇）', en: 'Origin (township)' },
      required: true,
      index: true,
      maxLength: MARKET_LIMITS.township,
    },
    {
      type: 'row',
      fields: [
        dayField('availableFrom', { zh: '开始日期', en: 'From' }, { required: true }),
        dayField('availableUntil', { zh: '截止日期', en: 'Until' }),
      ],
    },
    {
      name: 'certifications',
      type: 'select',
      hasMany: true,
      label: { zh: '认证', en: 'Certifications' },
      options: optionsFrom(MARKET_CERTIFICATIONS, MARKET_CERTIFICATION_LABELS),
    },
    {
      name: 'photos',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      maxRows: 6,
      label: { zh: '图片', en: 'Photos' },
    },
    {
      name: 'poster',
      type: 'group',
      label: { zh: '提交人（不公开）', en: 'Poster (never public)' },
      access: reviewersOnly,
      admin: {
        description: {
          zh: '仅审核人员可见。有人通过门户“联系供方/需方”留言时，请由工作人员转达，不要公开这些信息。',
          en: 'Reviewers only. When someone answers the post through the portal, staff pass it on; never publish these details.',
        },
      },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: INQUIRY_FIELD_LABELS.name, maxLength: 50 },
            {
              name: 'organisation',
              type: 'text',
              label: INQUIRY_FIELD_LABELS.organisation,
              maxLength: INQUIRY_LIMITS.organisation,
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', label: INQUIRY_FIELD_LABELS.phone },
            { name: 'email', type: 'text', label: INQUIRY_FIELD_LABELS.email },
            {
              name: 'locale',
              type: 'select',
              label: { zh: '提交语言', en: 'Language' },
              defaultValue: 'zh',
              options: [
                { value: 'zh', label: { zh: '中文', en: 'Chinese' } },
                { value: 'en', label: { zh: '英文', en: 'English' } },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'reviewStatus',
      type: 'select',
      label: { zh: '审核状态', en: 'Review' },
      required: true,
      index: true,
      defaultValue: 'pending',
      options: optionsFrom(MARKET_REVIEW_STATUSES, MARKET_REVIEW_LABELS),
      access: { update: marketReviewersField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'reviewNote',
      type: 'textarea',
      label: { zh: '审核意见（提交人可见）', en: 'Review note (the poster sees it)' },
      maxLength: MARKET_LIMITS.reviewNote,
      access: reviewersOnly,
      admin: {
        position: 'sidebar',
        description: {
          zh: '要求修改或不予通过时请写明原因，提交人凭受理编号查询时可以看到。',
          en: 'When asking for changes or refusing, say why: the poster sees it with their number.',
        },
      },
    },
    dayField('expiresAt', { zh: '有效期至', en: 'Expires on' }, { required: true, index: true }),
    bySystem({
      name: 'publishedAt',
      type: 'date',
      label: { zh: '首次发布时间', en: 'First published' },
      index: true,
      admin: { position: 'sidebar', ...dayAndTime },
    }),
    bySystem({
      name: 'trackingNumber',
      type: 'text',
      label: { zh: '受理编号', en: 'Tracking number' },
      index: true,
      access: reviewersOnly,
      admin: { position: 'sidebar' },
    }),
    bySystem({
      name: 'inquiry',
      type: 'relationship',
      relationTo: 'inquiries',
      label: { zh: '提交记录', en: 'Filed as' },
      access: reviewersOnly,
      admin: { position: 'sidebar' },
    }),
    // The poster's investor record, or one click to create it (三结合).
    {
      name: 'posterRecord',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/components/PosterRecord#PosterRecord' },
      },
    },
  ],
  hooks: {
    beforeChange: [prepareMarketPost],
    afterChange: [reportReview],
  },
}
