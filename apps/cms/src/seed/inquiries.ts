import type { InquiryStatus, InquiryType, Province, ReturneeIntent } from '@portal/shared/inquiry'
import type { StaffRole } from '@portal/shared/constants'

/** A demo inquiry. Every name, number and address is made up. */
export interface SeedInquiry {
  /** Fixed, so that a second seed run finds it. */
  submissionId: string
  serial: number
  type: InquiryType
  /** Days before the seed run that it was sent (keeps open ones realistic whenever the demo runs). */
  daysAgo: number
  locale: 'zh' | 'en'
  projectSlug?: string
  name: string
  phone?: string
  email?: string
  organisation?: string
  province?: Province
  city?: string
  industry?: string
  intent?: ReturneeIntent
  message: string
  /** Who handles it, by role, when not assigned from the project. */
  assignTo?: StaffRole
  /** Internal notes the handler leaves, in order. */
  notes?: string[]
  /** Statuses it goes through after `received`, in order. */
  statuses?: InquiryStatus[]
  publicReply?: string
}

/**
 * Six inquiries across the three types and four statuses: one in progress
 * with notes, one answered on the portal, one closed, one overdue for the
 * duty inbox to pick up, and fresh ones waiting.
 */
export const seedInquiries: SeedInquiry[] = [
  {
    submissionId: '6f1f8f64-3d0a-4b52-9a8e-0c1d2e3f4a01',
    serial: 17,
    type: 'project',
    daysAgo: 1,
    locale: 'zh',
    projectSlug: 'jin-shan-shang-ye-guang-chang',
    name: '陈先生',
    phone: '13800000001',
    email: 'chen.demo@example.com',
    organisation: '深圳某商业管理有限公司',
    message:
      '我公司在华南地区运营多个社区商业综合体，对金山商业广场项目很感兴趣。想了解项目用地的出让方式和时间安排，以及县里对商业综合体有没有专门的招商扶持政策，方便的话希望安排一次现场考察。',
    notes: ['已电话联系陈先生，对方计划下周三来县考察，需协调自然资源局介绍用地情况。'],
    statuses: ['in-progress'],
  },
  {
    submissionId: '6f1f8f64-3d0a-4b52-9a8e-0c1d2e3f4a02',
    serial: 9,
    type: 'project',
    daysAgo: 9,
    locale: 'zh',
    projectSlug: 'qing-lan-da-li-shi-jia-gong',
    name: '林女士',
    phone: '13900000002',
    organisation: '福建某石材有限公司',
    message:
      '请问青兰大理石加工项目的荒料供应由谁负责？矿山开采权是否已经落实？如果我们只投资板材加工环节，能否租用园区标准厂房先行投产？',
    publicReply:
      '林女士您好：项目荒料由县属国有企业统一开采供应，采矿权已于今年办理完毕，可签订长期供货协议。园区标准厂房二期有单层厂房可供租赁，前两年租金减半，可先租后建。招商专员王专员（电话 0000-1234567）将与您联系安排考察。',
  },
  {
    submissionId: '6f1f8f64-3d0a-4b52-9a8e-0c1d2e3f4a03',
    serial: 21,
    type: 'general',
    daysAgo: 10,
    locale: 'en',
    name: 'Daniel Weber',
    email: 'd.weber.demo@example.com',
    organisation: 'Demo Industrietechnik GmbH',
    message:
      'We are a German maker of industrial filtration equipment looking for a production site in central China. Could you tell us whether a wholly foreign-owned enterprise can rent factory space in the county industrial park, and how long company registration usually takes?',
  },
  {
    submissionId: '6f1f8f64-3d0a-4b52-9a8e-0c1d2e3f4a04',
    serial: 3,
    type: 'returnee',
    daysAgo: 0,
    locale: 'zh',
    name: '刘建华',
    phone: '13700000004',
    province: 'guangdong',
    city: '东莞',
    industry: '电子元器件制造',
    intent: 'start-business',
    message:
      '我在东莞做电子元器件加工十多年了，现在想回老家办个小厂，大概需要三四十个工人。想问问县里对返乡创业有没有贷款贴息，厂房能不能先租用。',
    assignTo: 'chamber-staff',
  },
  {
    submissionId: '6f1f8f64-3d0a-4b52-9a8e-0c1d2e3f4a05',
    serial: 12,
    type: 'returnee',
    daysAgo: 14,
    locale: 'zh',
    name: '周丽',
    email: 'zhouli.demo@example.com',
    province: 'zhejiang',
    city: '杭州',
    industry: '农产品电商',
    intent: 'invest',
    message:
      '我和几位在杭州做电商的老乡想投资家乡的农产品加工和冷链仓储，请问商会能否帮忙对接合作社和物流企业？',
    assignTo: 'chamber-staff',
    notes: ['已邀请周女士参加下月的返乡创业恳谈会，并推荐两家合作社。'],
    statuses: ['in-progress', 'answered', 'closed'],
    publicReply:
      '周女士您好：商会已将您的需求转给县农业农村局和两家农民专业合作社，冷链仓储可使用县物流园区的冷库。下月15日商会举办返乡创业恳谈会，欢迎您和朋友们参加，届时可与合作社和物流企业当面洽谈。',
  },
  {
    submissionId: '6f1f8f64-3d0a-4b52-9a8e-0c1d2e3f4a06',
    serial: 25,
    type: 'general',
    daysAgo: 2,
    locale: 'zh',
    name: '黄经理',
    phone: '13600000006',
    organisation: '本县某机械配件厂',
    message:
      '我们厂准备扩大生产，想了解工业园区标准厂房二期的租金标准、最短租期，以及申请入驻需要准备哪些材料。',
    assignTo: 'investment-officer',
  },
]
