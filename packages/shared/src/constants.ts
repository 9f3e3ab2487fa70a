import { bilingualChoices, type Bilingual } from './locales'

/**
 * Project lifecycle (跟踪服务). A project moves forward through these stages in
 * order, or is dropped. The order of the array is the order of the lifecycle.
 */
const projectStageChoices = bilingualChoices({
  reserve: { zh: '储备包装', en: 'Reserve' },
  negotiating: { zh: '在谈', en: 'Under negotiation' },
  signed: { zh: '已签约', en: 'Signed' },
  construction: { zh: '在建', en: 'Under construction' },
  operating: { zh: '已投产', en: 'In operation' },
  dropped: { zh: '已终止', en: 'Dropped' },
})
export const PROJECT_STAGES = projectStageChoices.values
export type ProjectStage = (typeof PROJECT_STAGES)[number]
export const PROJECT_STAGE_LABELS = projectStageChoices.labels

/**
 * Which stages the public sees, and where. Projects open to investors (储备, 在谈)
 * are the library's default view; signed ones and those built or running
 * (签约, 在建, 投产) are the "landed" success stories. Dropped projects (已终止)
 * are in neither: staff keep them, the public never sees them.
 */
export const PROJECT_VIEWS = {
  open: ['reserve', 'negotiating'],
  landed: ['signed', 'construction', 'operating'],
} as const satisfies Record<string, readonly ProjectStage[]>
export type ProjectView = keyof typeof PROJECT_VIEWS
/** Every stage the public may see. */
export const PUBLIC_PROJECT_STAGES: readonly ProjectStage[] = [
  ...PROJECT_VIEWS.open,
  ...PROJECT_VIEWS.landed,
]

/** Sectors the county promotes; priority goes to industry and supply chains for the parks. */
const sectorChoices = bilingualChoices({
  manufacturing: { zh: '工业制造', en: 'Manufacturing' },
  nonferrous: { zh: '有色冶炼及深加工', en: 'Non-ferrous metals' },
  'building-materials': { zh: '建材石材', en: 'Building materials' },
  energy: { zh: '能源', en: 'Energy' },
  agrifood: { zh: '农产品加工', en: 'Agri-food processing' },
  commerce: { zh: '商贸流通', en: 'Commerce and retail' },
  logistics: { zh: '现代物流', en: 'Logistics' },
  'real-estate': { zh: '房地产', en: 'Real estate' },
  tourism: { zh: '文化旅游', en: 'Culture and tourism' },
  health: { zh: '健康养老', en: 'Health and elderly care' },
  services: { zh: '现代服务业', en: 'Modern services' },
  infrastructure: { zh: '基础设施', en: 'Infrastructure' },
})
export const SECTORS = sectorChoices.values
export type Sector = (typeof SECTORS)[number]
export const SECTOR_LABELS = sectorChoices.labels

/** Units staff use for a project's total investment. */
const investmentUnitChoices = bilingualChoices({
  'cny-10k': { zh: '万元', en: '× 10,000 CNY' },
  'cny-100m': { zh: '亿元', en: '× 100 million CNY' },
  'usd-10k': { zh: '万美元', en: '× 10,000 USD' },
})
export const INVESTMENT_UNITS = investmentUnitChoices.values
export type InvestmentUnit = (typeof INVESTMENT_UNITS)[number]
export const INVESTMENT_UNIT_LABELS = investmentUnitChoices.labels

/** Staff roles; what each may do is decided by the CMS's access functions. */
const staffRoleChoices = bilingualChoices({
  admin: { zh: '系统管理员', en: 'Administrator' },
  editor: { zh: '编辑', en: 'Editor' },
  'investment-officer': { zh: '招商专员', en: 'Investment officer' },
  'chamber-staff': { zh: '商会工作人员', en: 'Chamber staff' },
  // Oversees the whole team's follow-ups (一月一调度) without editing content.
  leader: { zh: '局领导', en: 'Bureau leader' },
})
export const STAFF_ROLES = staffRoleChoices.values
export type StaffRole = (typeof STAFF_ROLES)[number]
export const STAFF_ROLE_LABELS = staffRoleChoices.labels

/** Ways a foreign or outside investor may take part in a project. */
const cooperationModeChoices = bilingualChoices({
  sole: { zh: '独资', en: 'Sole ownership' },
  'joint-venture': { zh: '合资', en: 'Joint venture' },
  cooperation: { zh: '合作经营', en: 'Cooperation' },
  ppp: { zh: 'PPP（政府和社会资本合作）', en: 'Public–private partnership' },
  lease: { zh: '租赁经营', en: 'Lease' },
  equity: { zh: '参股', en: 'Equity stake' },
})
export const COOPERATION_MODES = cooperationModeChoices.values
export type CooperationMode = (typeof COOPERATION_MODES)[number]
export const COOPERATION_MODE_LABELS = cooperationModeChoices.labels

/** The languages a project brochure (推介书) is written in. */
const brochureLanguageChoices = bilingualChoices({
  zh: { zh: '中文', en: 'Chinese' },
  en: { zh: '英文', en: 'English' },
  both: { zh: '中英文', en: 'Chinese and English' },
})
export const BROCHURE_LANGUAGES = brochureLanguageChoices.values
export type BrochureLanguage = (typeof BROCHURE_LANGUAGES)[number]
export const BROCHURE_LANGUAGE_LABELS = brochureLanguageChoices.labels

/** Land area units staff use. */
const landUnitChoices = bilingualChoices({
  mu: { zh: '亩', en: 'mu' },
  sqm: { zh: '平方米', en: 'm²' },
  hectare: { zh: '公顷', en: 'ha' },
})
export const LAND_UNITS = landUnitChoices.values
export type LandUnit = (typeof LAND_UNITS)[number]
export const LAND_UNIT_LABELS = landUnitChoices.labels

/** What kind of contact a project follow-up entry (跟进记录) records. */
const followUpKindChoices = bilingualChoices({
  visit: { zh: '走访', en: 'Visit' },
  call: { zh: '电话', en: 'Call' },
  meeting: { zh: '会谈', en: 'Meeting' },
  document: { zh: '材料', en: 'Documents' },
  inspection: { zh: '考察', en: 'Site inspection' },
  // Notes carried over from the single note field the log replaced.
  note: { zh: '备注', en: 'Note' },
})
export const FOLLOW_UP_KINDS = followUpKindChoices.values
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number]
export const FOLLOW_UP_KIND_LABELS = followUpKindChoices.labels

/** Policy topics (政策措施分类). */
const policyTopicChoices = bilingualChoices({
  tax: { zh: '税收优惠', en: 'Tax' },
  land: { zh: '土地保障', en: 'Land' },
  finance: { zh: '金融支持', en: 'Finance' },
  talent: { zh: '人才引进', en: 'Talent' },
  trade: { zh: '贸易便利化', en: 'Trade facilitation' },
  market: { zh: '市场建设', en: 'Market building' },
  industry: { zh: '产业扶持', en: 'Industry support' },
  'open-economy': { zh: '开放型经济', en: 'Open economy' },
})
export const POLICY_TOPICS = policyTopicChoices.values
export type PolicyTopic = (typeof POLICY_TOPICS)[number]
export const POLICY_TOPIC_LABELS = policyTopicChoices.labels

/**
 * Whether a policy applies today; computed on every read, never typed in
 * (`policyValidity` in `./policy-validity`). `repealed` covers 已废止 and
 * 已被修改: a policy replaced by a newer one is labelled with the replacement.
 */
const policyValidityChoices = bilingualChoices({
  'not-yet-effective': { zh: '尚未生效', en: 'Not yet in force' },
  'in-force': { zh: '现行有效', en: 'In force' },
  expired: { zh: '已失效', en: 'Expired' },
  repealed: { zh: '已废止', en: 'Repealed' },
})
export const POLICY_VALIDITY = policyValidityChoices.values
export type PolicyValidity = (typeof POLICY_VALIDITY)[number]
export const POLICY_VALIDITY_LABELS = policyValidityChoices.labels

/** Who invests (投资者类型), for policies that apply to some investors only. */
const investorTypeChoices = bilingualChoices({
  domestic: { zh: '境内投资者', en: 'Domestic investor' },
  foreign: { zh: '外商投资者', en: 'Foreign investor' },
  returnee: { zh: '返乡创业人员', en: 'Returnee' },
})
export const INVESTOR_TYPES = investorTypeChoices.values
export type InvestorType = (typeof INVESTOR_TYPES)[number]
export const INVESTOR_TYPE_LABELS = investorTypeChoices.labels

/** What a policy gives (优惠类型). */
const benefitTypeChoices = bilingualChoices({
  land: { zh: '用地', en: 'Land' },
  tax: { zh: '税费', en: 'Tax' },
  subsidy: { zh: '补助奖励', en: 'Subsidy' },
  rent: { zh: '租金减免', en: 'Rent' },
  talent: { zh: '人才', en: 'Talent' },
  finance: { zh: '融资', en: 'Finance' },
})
export const BENEFIT_TYPES = benefitTypeChoices.values
export type BenefitType = (typeof BENEFIT_TYPES)[number]
export const BENEFIT_TYPE_LABELS = benefitTypeChoices.labels

/** News categories (商会动态 / 招商动态 / 通知公告). */
const newsCategoryChoices = bilingualChoices({
  chamber: { zh: '商会动态', en: 'Chamber news' },
  investment: { zh: '招商动态', en: 'Investment news' },
  notice: { zh: '通知公告', en: 'Notices' },
})
export const NEWS_CATEGORIES = newsCategoryChoices.values
export type NewsCategory = (typeof NEWS_CATEGORIES)[number]
export const NEWS_CATEGORY_LABELS = newsCategoryChoices.labels

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

/** The fields of the form, in the order the form shows them. */
const inquiryFieldChoices = bilingualChoices({
  name: { zh: '姓名', en: 'Name' },
  phone: { zh: '手机号码', en: 'Mobile phone' },
  email: { zh: '电子邮箱', en: 'E-mail' },
  organisation: { zh: '单位或企业', en: 'Organisation' },
  province: { zh: '现居省份', en: 'Province you live in' },
  city: { zh: '现居城市', en: 'City you live in' },
  industry: { zh: '从事行业', en: 'Your industry' },
  intent: { zh: '意向', en: 'What you would like to do' },
  post: { zh: '供求信息', en: 'What you offer or want' },
  message: { zh: '留言内容', en: 'Message' },
  consent: { zh: '个人信息授权', en: 'Consent' },
})
export const INQUIRY_FIELDS = inquiryFieldChoices.values
export type InquiryField = (typeof INQUIRY_FIELDS)[number]
export const INQUIRY_FIELD_LABELS = inquiryFieldChoices.labels

/** The key indicators of the bureau's yearly plan (经济指标), each with its unit. */
export const INDICATORS = [
  'foreign-capital', // 实际利用外资
  'domestic-capital', // 实际到位内资
  'foreign-trade', // 外贸进出口总额
  'processing-trade', // 加工贸易进出口总额
  'labour-export', // 劳务输出
  'outbound-investment', // 中方对外投资
  'standard-factories', // 标准厂房建设
  'retail-growth', // 社会消费品零售总额增长
] as const
export type Indicator = (typeof INDICATORS)[number]

export const INDICATOR_LABELS: Record<Indicator, Bilingual & { unit: Bilingual }> = {
  'foreign-capital': {
    zh: '实际利用外资',
    en: 'Foreign capital utilised',
    unit: { zh: '万美元', en: '10k USD' },
  },
  'domestic-capital': {
    zh: '实际到位内资',
    en: 'Domestic capital in place',
    unit: { zh: '亿元', en: '100M CNY' },
  },
  'foreign-trade': {
    zh: '外贸进出口总额',
    en: 'Foreign trade',
    unit: { zh: '亿美元', en: '100M USD' },
  },
  'processing-trade': {
    zh: '加工贸易进出口总额',
    en: 'Processing trade',
    unit: { zh: '亿美元', en: '100M USD' },
  },
  'labour-export': { zh: '劳务输出', en: 'Labour export', unit: { zh: '人', en: 'persons' } },
  'outbound-investment': {
    zh: '中方对外投资',
    en: 'Outbound investment',
    unit: { zh: '万美元', en: '10k USD' },
  },
  'standard-factories': {
    zh: '标准厂房建设',
    en: 'Standard factory space built',
    unit: { zh: '万平方米', en: '10k m²' },
  },
  'retail-growth': {
    zh: '社会消费品零售总额增长',
    en: 'Retail sales growth',
    unit: { zh: '%', en: '%' },
  },
}

/**
 * CNY per USD used only to place USD-denominated projects in the investment-size
 * filter. Displayed amounts always keep the unit staff entered.
 */
export const USD_CNY_RATE = 7.1

/**
 * Investment-size bands of the project filter, in 万元 (10k CNY). The open-ended
 * bands overlap on purpose: an investor asks for "over 100 million" or "over 1
 * billion", not for a slice between two numbers.
 */
export const INVESTMENT_SIZES = [
  {
    key: 'under-50m',
    min: 0,
    max: 5_000,
    label: { zh: '5000万元以下', en: 'Under CNY 50 million' },
  },
  {
    key: '50m-100m',
    min: 5_000,
    max: 10_000,
    label: { zh: '5000万–1亿元', en: 'CNY 50–100 million' },
  },
  {
    key: 'over-100m',
    min: 10_000,
    max: null,
    label: { zh: '1亿元及以上', en: 'CNY 100 million or more' },
  },
  {
    key: 'over-500m',
    min: 50_000,
    max: null,
    label: { zh: '5亿元及以上', en: 'CNY 500 million or more' },
  },
  {
    key: 'over-1b',
    min: 100_000,
    max: null,
    label: { zh: '10亿元及以上', en: 'CNY 1 billion or more' },
  },
] as const
export type InvestmentSize = (typeof INVESTMENT_SIZES)[number]['key']

/** A project's investment in 万元 (10k CNY), for sorting and the size filter. */
export function investmentIn10kCny(amount: number, unit: InvestmentUnit): number {
  switch (unit) {
    case 'cny-10k':
      return amount
    case 'cny-100m':
      return amount * 10_000
    case 'usd-10k':
      return amount * USD_CNY_RATE
  }
}
