import type { Bilingual } from './locales'

/**
 * Project lifecycle (跟踪服务). A project moves forward through these stages in
 * order, or is dropped. The order of the array is the order of the lifecycle.
 */
export const PROJECT_STAGES = [
  'reserve', // 储备/包装
  'negotiating', // 在谈
  'signed', // 签约
  'construction', // 在建
  'operating', // 投产
  'dropped', // 终止
] as const
export type ProjectStage = (typeof PROJECT_STAGES)[number]

export const PROJECT_STAGE_LABELS: Record<ProjectStage, Bilingual> = {
  reserve: { zh: '储备包装', en: 'Reserve' },
  negotiating: { zh: '在谈', en: 'Under negotiation' },
  signed: { zh: '已签约', en: 'Signed' },
  construction: { zh: '在建', en: 'Under construction' },
  operating: { zh: '已投产', en: 'In operation' },
  dropped: { zh: '已终止', en: 'Dropped' },
}

/** Sectors the county promotes; priority goes to industry and supply chains for the parks. */
export const SECTORS = [
  'manufacturing', // 工业制造
  'nonferrous', // 有色冶炼及深加工
  'building-materials', // 建材（石材）
  'energy', // 能源
  'agrifood', // 农产品加工
  'commerce', // 商贸流通
  'logistics', // 现代物流
  'real-estate', // 房地产
  'tourism', // 文化旅游
  'health', // 健康养老
  'services', // 现代服务业
  'infrastructure', // 基础设施
] as const
export type Sector = (typeof SECTORS)[number]

export const SECTOR_LABELS: Record<Sector, Bilingual> = {
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
}

/** Units staff use for a project's total investment. */
export const INVESTMENT_UNITS = [
  'cny-10k', // 万元
  'cny-100m', // 亿元
  'usd-10k', // 万美元
] as const
export type InvestmentUnit = (typeof INVESTMENT_UNITS)[number]

export const INVESTMENT_UNIT_LABELS: Record<InvestmentUnit, Bilingual> = {
  'cny-10k': { zh: '万元', en: '× 10,000 CNY' },
  'cny-100m': { zh: '亿元', en: '× 100 million CNY' },
  'usd-10k': { zh: '万美元', en: '× 10,000 USD' },
}

/** Staff roles; what each may do is decided by the CMS's access functions. */
export const STAFF_ROLES = [
  'admin', // 系统管理员
  'editor', // 编辑
  'investment-officer', // 招商专员
  'chamber-staff', // 商会工作人员
] as const
export type StaffRole = (typeof STAFF_ROLES)[number]

export const STAFF_ROLE_LABELS: Record<StaffRole, Bilingual> = {
  admin: { zh: '系统管理员', en: 'Administrator' },
  editor: { zh: '编辑', en: 'Editor' },
  'investment-officer': { zh: '招商专员', en: 'Investment officer' },
  'chamber-staff': { zh: '商会工作人员', en: 'Chamber staff' },
}
