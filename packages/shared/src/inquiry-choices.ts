import { bilingualChoices } from './locales'

/** The closed lists an inquiry's fields and status choose from, with their labels. */

/** Where an inquiry stands. Visitors see these words when they look up their number. */
const inquiryStatusChoices = bilingualChoices({
  received: { zh: '已受理', en: 'Received' },
  'in-progress': { zh: '办理中', en: 'In progress' },
  answered: { zh: '已答复', en: 'Answered' },
  closed: { zh: '已办结', en: 'Closed' },
})
export const INQUIRY_STATUSES = inquiryStatusChoices.values
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number]
export const INQUIRY_STATUS_LABELS = inquiryStatusChoices.labels

/** What a returnee wants to do at home. */
const returneeIntentChoices = bilingualChoices({
  invest: { zh: '回乡投资', en: 'Invest at home' },
  'start-business': { zh: '返乡创业', en: 'Start a business' },
  'return-work': { zh: '回乡就业', en: 'Return to work' },
  'find-partners': { zh: '寻找合作伙伴', en: 'Find partners' },
  other: { zh: '其他', en: 'Other' },
})
export const RETURNEE_INTENTS = returneeIntentChoices.values
export type ReturneeIntent = (typeof RETURNEE_INTENTS)[number]
export const RETURNEE_INTENT_LABELS = returneeIntentChoices.labels

/** Provincial-level divisions, plus abroad, for where a returnee lives now. */
const provinceChoices = bilingualChoices({
  beijing: { zh: '北京', en: 'Beijing' },
  tianjin: { zh: '天津', en: 'Tianjin' },
  hebei: { zh: '河北', en: 'Hebei' },
  shanxi: { zh: '山西', en: 'Shanxi' },
  'inner-mongolia': { zh: '内蒙古', en: 'Inner Mongolia' },
  liaoning: { zh: '辽宁', en: 'Liaoning' },
  jilin: { zh: '吉林', en: 'Jilin' },
  heilongjiang: { zh: '黑龙江', en: 'Heilongjiang' },
  shanghai: { zh: '上海', en: 'Shanghai' },
  jiangsu: { zh: '江苏', en: 'Jiangsu' },
  zhejiang: { zh: '浙江', en: 'Zhejiang' },
  anhui: { zh: '安徽', en: 'Anhui' },
  fujian: { zh: '福建', en: 'Fujian' },
  jiangxi: { zh: '江西', en: 'Jiangxi' },
  shandong: { zh: '山东', en: 'Shandong' },
  henan: { zh: '河南', en: 'Henan' },
  hubei: { zh: '湖北', en: 'Hubei' },
  hunan: { zh: '湖南', en: 'Hunan' },
  guangdong: { zh: '广东', en: 'Guangdong' },
  guangxi: { zh: '广西', en: 'Guangxi' },
  hainan: { zh: '海南', en: 'Hainan' },
  chongqing: { zh: '重庆', en: 'Chongqing' },
  sichuan: { zh: '四川', en: 'Sichuan' },
  guizhou: { zh: '贵州', en: 'Guizhou' },
  yunnan: { zh: '云南', en: 'Yunnan' },
  tibet: { zh: '西藏', en: 'Tibet' },
  shaanxi: { zh: '陕西', en: 'Shaanxi' },
  gansu: { zh: '甘肃', en: 'Gansu' },
  qinghai: { zh: '青海', en: 'Qinghai' },
  ningxia: { zh: '宁夏', en: 'Ningxia' },
  xinjiang: { zh: '新疆', en: 'Xinjiang' },
  'hong-kong': { zh: '香港', en: 'Hong Kong' },
  macao: { zh: '澳门', en: 'Macao' },
  taiwan: { zh: '台湾', en: 'Taiwan' },
  abroad: { zh: '海外', en: 'Abroad' },
})
export const PROVINCES = provinceChoices.values
export type Province = (typeof PROVINCES)[number]
export const PROVINCE_LABELS = provinceChoices.labels
