import type { ParkCostKind } from '@portal/shared/park'
import type { Bi } from './types'

/** One cost row: the figure (or range) in the kind's fixed unit, and the day it was confirmed. */
export interface SeedParkCost {
  kind: ParkCostKind
  amount: number
  amountMax?: number
  /** ISO date (YYYY-MM-DD). */
  confirmedAt: string
  note?: Bi
}

export interface SeedPark {
  slug: string
  title: Bi
  description: Bi
  industries: Bi
  /** Text that, found in a project's Chinese location, files the project under this park. */
  match: string
  availableLandMu: number
  factorySpaceSqm: number
  costs: SeedParkCost[]
  distances: { place: Bi; km: number; minutes?: number }[]
  contacts: { name: Bi; role?: Bi; phone: string; email?: string }[]
  /** Hex colour of the generated plan's land plots. */
  mapColor: string
}

/** The tariffs every park in the county pays alike (the county's published utility prices). */
const countyUtilities = (confirmedAt: string): SeedParkCost[] => [
  {
    kind: 'electricity',
    amount: 0.58,
    amountMax: 0.66,
    confirmedAt,
    note: {
      zh: '一般工商业及大工业10千伏用电，按峰谷时段计价',
      en: 'General and large industrial supply at 10 kV, time-of-use pricing',
    },
  },
  {
    kind: 'water',
    amount: 3.6,
    confirmedAt,
    note: { zh: '非居民用水，含污水处理费', en: 'Non-residential supply, sewage charge included' },
  },
  {
    kind: 'gas',
    amount: 3.45,
    confirmedAt,
    note: { zh: '工业用管道天然气', en: 'Piped natural gas for industry' },
  },
  {
    kind: 'wages',
    amount: 3200,
    amountMax: 4500,
    confirmedAt,
    note: {
      zh: '普通操作工，县最低工资标准为每月1850元',
      en: 'Machine operators; the county’s minimum wage is 1,850 CNY a month',
    },
  },
]

const highway = (km: number, minutes: number) => ({
  place: { zh: '沪昆高速县城互通口', en: 'Expressway junction at the county seat' },
  km,
  minutes,
})
const railway = (km: number, minutes: number) => ({
  place: { zh: '县高铁站', en: 'County high-speed rail station' },
  km,
  minutes,
})
const airport = (km: number, minutes: number) => ({
  place: { zh: '省会机场', en: 'Provincial capital airport' },
  km,
  minutes,
})
const investmentCentre = {
  name: { zh: '县投资促进中心', en: 'County Investment Promotion Centre' },
  role: { zh: '项目对接', en: 'Project liaison' },
  phone: '0000-1234567',
  email: 'invest@example.gov.cn',
}

/** The parks and zones the work plan names, plus the county's other development areas. */
export const seedParks: SeedPark[] = [
  {
    slug: 'gong-ye-yuan-qu',
    match: '工业园区',
    title: { zh: '县工业园区', en: 'County Industrial Park' },
    description: {
      zh: '全县工业发展主平台，重点发展有色金属精深加工、新型建材和五金机电，标准厂房持续建设中。',
      en: 'The county’s main industrial platform: non-ferrous processing, building materials and hardware, with standard factory space under construction.',
    },
    industries: {
      zh: '有色金属精深加工、新型建材、五金机电',
      en: 'Non-ferrous processing, building materials, hardware and machinery',
    },
    availableLandMu: 1200,
    factorySpaceSqm: 86000,
    costs: [
      {
        kind: 'land-price',
        amount: 16.8,
        confirmedAt: '2026-10-15',
        note: {
          zh: '按国家工业用地出让最低价标准，净地出让',
          en: 'At the national minimum price for industrial land, serviced plots',
        },
      },
      {
        kind: 'factory-rent',
        amount: 8,
        amountMax: 10,
        confirmedAt: '2026-10-15',
        note: { zh: '首三年租金减半', en: 'Half rent for the first three years' },
      },
      ...countyUtilities('2026-09-30'),
    ],
    distances: [highway(4, 8), railway(12, 18), airport(135, 110)],
    contacts: [
      {
        name: { zh: '园区管委会招商科', en: 'Park Administration, Investment Office' },
        role: { zh: '入园咨询', en: 'Moving into the park' },
        phone: '0000-1234501',
        email: 'park@example.gov.cn',
      },
      investmentCentre,
    ],
    mapColor: '#c9d8b6',
  },
  {
    slug: 'you-se-ye-lian-xiang-mu-qu',
    match: '有色冶炼项目区',
    title: { zh: '有色冶炼项目区', en: 'Non-ferrous Smelting Zone' },
    description: {
      zh: '依托现有冶炼产能，承接有色金属产业链上下游配套项目。',
      en: 'Built around existing smelting capacity, for suppliers and processors along the non-ferrous chain.',
    },
    industries: {
      zh: '有色金属冶炼、综合回收、新材料',
      en: 'Non-ferrous smelting, recovery and new materials',
    },
    availableLandMu: 800,
    factorySpaceSqm: 24000,
    costs: [
      { kind: 'land-price', amount: 14.4, confirmedAt: '2026-10-15' },
      { kind: 'factory-rent', amount: 7, confirmedAt: '2026-10-15' },
      ...countyUtilities('2026-09-30'),
    ],
    distances: [
      highway(9, 14),
      railway(18, 25),
      airport(142, 120),
      { place: { zh: '铁路货运站', en: 'Rail freight yard' }, km: 6, minutes: 10 },
    ],
    contacts: [investmentCentre],
    mapColor: '#d8c9b6',
  },
  {
    slug: 'nong-ye-chan-ye-yuan',
    match: '农业产业园',
    title: { zh: '县农业产业园', en: 'County Agricultural Park' },
    description: {
      zh: '发展茶叶、肉类和中药材等农产品精深加工。',
      en: 'Processing of tea, meat, medicinal herbs and other farm produce.',
    },
    industries: { zh: '茶叶、肉制品、中药材加工', en: 'Tea, meat and herbal processing' },
    availableLandMu: 450,
    factorySpaceSqm: 18000,
    costs: [
      { kind: 'land-price', amount: 12.6, confirmedAt: '2026-08-20' },
      { kind: 'factory-rent', amount: 6, amountMax: 8, confirmedAt: '2026-08-20' },
      ...countyUtilities('2026-09-30'),
    ],
    distances: [highway(11, 16), railway(15, 22), airport(150, 125)],
    contacts: [investmentCentre],
    mapColor: '#bfd8b6',
  },
  {
    slug: 'cheng-bei-wu-liu-yuan',
    match: '北物流园',
    title: { zh: '县城北物流园', en: 'North Logistics Park' },
    description: {
      zh: '冷链物流、城乡配送和再生资源分拣集散地。',
      en: 'Cold chain, urban–rural distribution and recycling.',
    },
    industries: { zh: '冷链物流、城乡配送、再生资源', en: 'Cold chain, distribution, recycling' },
    availableLandMu: 300,
    factorySpaceSqm: 32000,
    costs: [
      { kind: 'land-price', amount: 19.2, confirmedAt: '2026-10-15' },
      {
        kind: 'factory-rent',
        amount: 10,
        amountMax: 12,
        confirmedAt: '2026-10-15',
        note: { zh: '仓储库房，含装卸平台', en: 'Warehouses with loading docks' },
      },
      ...countyUtilities('2026-09-30'),
    ],
    distances: [highway(2, 5), railway(8, 12), airport(130, 100)],
    contacts: [investmentCentre],
    mapColor: '#b6c9d8',
  },
  {
    slug: 'xian-cheng-xin-qu',
    match: '新区',
    title: { zh: '县城新区', en: 'New Town District' },
    description: {
      zh: '商业、商务和现代服务业集聚区。',
      en: 'Retail, business and modern services.',
    },
    industries: { zh: '商贸、商务、现代服务业', en: 'Retail, business and modern services' },
    availableLandMu: 260,
    factorySpaceSqm: 0,
    // Commercial land is sold by auction, so no industrial land price is quoted here.
    costs: countyUtilities('2026-09-30'),
    distances: [highway(6, 12), railway(5, 10), airport(138, 115)],
    contacts: [investmentCentre],
    mapColor: '#d8d2b6',
  },
]
