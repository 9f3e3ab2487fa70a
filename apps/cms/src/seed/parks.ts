import type { Bi } from './types'

export interface SeedPark {
  slug: string
  title: Bi
  description: Bi
  /** Text that, found in a project's Chinese location, files the project under this park. */
  match: string
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
  },
  {
    slug: 'you-se-ye-lian-xiang-mu-qu',
    match: '有色冶炼项目区',
    title: { zh: '有色冶炼项目区', en: 'Non-ferrous Smelting Zone' },
    description: {
      zh: '依托现有冶炼产能，承接有色金属产业链上下游配套项目。',
      en: 'Built around existing smelting capacity, for suppliers and processors along the non-ferrous chain.',
    },
  },
  {
    slug: 'nong-ye-chan-ye-yuan',
    match: '农业产业园',
    title: { zh: '县农业产业园', en: 'County Agricultural Park' },
    description: {
      zh: '发展茶叶、肉类和中药材等农产品精深加工。',
      en: 'Processing of tea, meat, medicinal herbs and other farm produce.',
    },
  },
  {
    slug: 'cheng-bei-wu-liu-yuan',
    match: '北物流园',
    title: { zh: '县城北物流园', en: 'North Logistics Park' },
    description: {
      zh: '冷链物流、城乡配送和再生资源分拣集散地。',
      en: 'Cold chain, urban–rural distribution and recycling.',
    },
  },
  {
    slug: 'xian-cheng-xin-qu',
    match: '新区',
    title: { zh: '县城新区', en: 'New Town District' },
    description: {
      zh: '商业、商务和现代服务业集聚区。',
      en: 'Retail, business and modern services.',
    },
  },
]
