// Deterministic generator of the benchmark dataset: bilingual projects,
// policies and news, made of word pools so that every document differs a
// little while sizes stay close to real content. Pure data, no Payload.
import {
  COOPERATION_MODES,
  INVESTMENT_UNITS,
  NEWS_CATEGORIES,
  POLICY_TOPICS,
  PROJECT_STAGES,
  SECTORS,
  type CooperationMode,
  type InvestmentUnit,
  type NewsCategory,
  type PolicyTopic,
  type ProjectStage,
  type Sector,
} from '@portal/shared/constants'

/** A small, fast, seedable PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  const item = items[Math.floor(rand() * items.length)]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}

const PLACES: [string, string][] = [
  ['金山', 'Jinshan'],
  ['青兰', 'Qinglan'],
  ['东岭', 'Dongling'],
  ['西河', 'Xihe'],
  ['南台', 'Nantai'],
  ['北坪', 'Beiping'],
  ['龙泉', 'Longquan'],
  ['凤鸣', 'Fengming'],
  ['石门', 'Shimen'],
  ['云溪', 'Yunxi'],
  ['白塔', 'Baita'],
  ['清水', 'Qingshui'],
  ['红岩', 'Hongyan'],
  ['柳湾', 'Liuwan'],
]

const SECTOR_NOUNS: Record<Sector, [string, string][]> = {
  manufacturing: [
    ['智能装备制造', 'smart equipment manufacturing'],
    ['五金机电产业', 'hardware and electrical machinery'],
    ['汽车零部件生产', 'auto parts production'],
  ],
  nonferrous: [
    ['铜材精深加工', 'copper downstream processing'],
    ['再生铝冶炼', 'secondary aluminium smelting'],
  ],
  'building-materials': [
    ['大理石加工', 'marble processing'],
    ['装配式建筑部品', 'prefabricated building components'],
  ],
  energy: [
    ['光伏发电', 'solar power'],
    ['天然气综合利用', 'natural gas utilisation'],
    ['储能电站', 'energy storage station'],
  ],
  agrifood: [
    ['茶叶精深加工', 'tea processing'],
    ['肉类冷链加工', 'cold-chain meat processing'],
    ['中药材加工', 'medicinal herb processing'],
  ],
  commerce: [
    ['商业综合体', 'commercial complex'],
    ['农产品批发市场', 'farm produce wholesale market'],
  ],
  logistics: [
    ['冷链物流中心', 'cold-chain logistics centre'],
    ['城乡配送中心', 'urban–rural distribution centre'],
  ],
  'real-estate': [
    ['住宅及配套商业开发', 'housing and neighbourhood retail'],
    ['人才公寓', 'staff apartments'],
  ],
  tourism: [
    ['文化旅游度假区', 'cultural tourism resort'],
    ['古村落保护开发', 'historic village restoration'],
  ],
  health: [
    ['康养中心', 'health and elderly care centre'],
    ['民营医院', 'private hospital'],
  ],
  services: [
    ['电商产业园', 'e-commerce park'],
    ['职业技能培训中心', 'vocational training centre'],
  ],
  infrastructure: [
    ['污水处理厂', 'waste-water treatment plant'],
    ['标准厂房', 'standard factory buildings'],
  ],
}

const SUFFIXES: [string, string][] = [
  ['项目', 'project'],
  ['基地', 'base'],
  ['二期工程', 'phase II'],
  ['扩建项目', 'expansion'],
]

/** Chinese location texts that the demo parks match on (see apps/cms/src/seed/parks.ts). */
const LOCATIONS: [string, string][] = [
  ['县工业园区', 'County industrial park'],
  ['有色冶炼项目区', 'Non-ferrous smelting zone'],
  ['县农业产业园', 'County agricultural park'],
  ['县城北物流园', 'North logistics park'],
  ['县城新区', 'New town district'],
  ['城关镇', 'Chengguan town'],
]

const ZH_FILLER = [
  '项目选址交通便利，距高速公路出口约5公里，水、电、路、气、通信等基础设施配套齐全。',
  '县政府对项目实行全程代办服务，立项、环评、用地和证照办理由专人负责。',
  '周边已形成上下游配套企业集群，原材料就近供应，物流成本较低。',
  '项目建成后预计年产值可观，可新增就业岗位数百个，带动周边农户增收。',
  '园区提供标准厂房租赁，可实现当年签约、当年开工、次年投产。',
  '当地劳动力资源充足，职业技术学校每年输送技术工人。',
]
const EN_FILLER = [
  'The site is about 5 km from a motorway exit, with water, power, roads, gas and telecoms in place.',
  'The county provides full agency service for approvals: project approval, environmental assessment, land and licences are each handled by a named officer.',
  'Suppliers and processors along the chain are already nearby, so materials come from close by and logistics costs are low.',
  'Once running, the project is expected to reach a sizeable output and create several hundred jobs, raising incomes of nearby farm households.',
  'Standard factory space is available to rent, so a project signed this year can start building this year and produce next year.',
  'Labour is plentiful and the county’s vocational school trains skilled workers every year.',
]

function paragraphsOf(rand: () => number, pool: string[], count: number, lead: string): string[] {
  const out = [lead]
  for (let i = 1; i < count; i++) {
    out.push(`${pick(rand, pool)}${pick(rand, pool)}`)
  }
  return out
}

export interface BenchProject {
  slug: string
  sector: Sector
  stage: ProjectStage
  parkMatch: string
  amount: number
  unit: InvestmentUnit
  landMu: number
  cooperationModes: CooperationMode[]
  featured: boolean
  /** Indexes into the image pool. */
  images: number[]
  zh: { title: string; summary: string; location: string; body: string[]; highlights: string[] }
  en: { title: string; summary: string; location: string; body: string[]; highlights: string[] }
}

export function project(index: number, imagePool: number): BenchProject {
  const rand = random(1_000_003 * (index + 1))
  // Spread evenly over sectors and stages (not random): every filter combination has ~n/72 projects.
  const sector = SECTORS[index % SECTORS.length] as Sector
  const stage = PROJECT_STAGES[Math.floor(index / SECTORS.length) % PROJECT_STAGES.length]!
  const [placeZh, placeEn] = pick(rand, PLACES)
  const [nounZh, nounEn] = pick(rand, SECTOR_NOUNS[sector])
  const [suffixZh, suffixEn] = pick(rand, SUFFIXES)
  const [locZh, locEn] = pick(rand, LOCATIONS)
  const unit = pick(rand, INVESTMENT_UNITS)
  const amount =
    unit === 'cny-100m'
      ? Math.round((0.2 + rand() * 20) * 100) / 100
      : Math.round(300 + rand() * 40_000)
  const imageCount = 1 + Math.floor(rand() * 3)
  const images = Array.from({ length: imageCount }, () => Math.floor(rand() * imagePool))
  const n = index + 1
  const summaryZh = `${placeZh}${nounZh}${suffixZh}（编号${n}）拟在${locZh}建设，总投资${amount}${unit === 'cny-100m' ? '亿元' : unit === 'usd-10k' ? '万美元' : '万元'}，规划用地约${Math.round(20 + rand() * 200)}亩，欢迎有实力的企业投资合作。`
  const summaryEn = `${placeEn} ${nounEn} ${suffixEn} (no. ${n}) in ${locEn.toLowerCase()}: total investment ${amount} (${unit}), about ${Math.round(20 + rand() * 200)} mu of land. Investors with the means to build and run it are welcome.`
  return {
    slug: `bench-project-${n}`,
    sector,
    stage,
    parkMatch: locZh,
    amount,
    unit,
    landMu: Math.round(10 + rand() * 300),
    cooperationModes: COOPERATION_MODES.filter(() => rand() < 0.4),
    featured: index % 50 === 0,
    images,
    zh: {
      title: `${placeZh}${nounZh}${suffixZh}${n}`,
      summary: summaryZh,
      location: locZh,
      body: paragraphsOf(rand, ZH_FILLER, 3, summaryZh),
      highlights: [pick(rand, ZH_FILLER), pick(rand, ZH_FILLER)],
    },
    en: {
      title: `${placeEn} ${nounEn} ${suffixEn} ${n}`,
      summary: summaryEn,
      location: locEn,
      body: paragraphsOf(rand, EN_FILLER, 3, summaryEn),
      highlights: [pick(rand, EN_FILLER), pick(rand, EN_FILLER)],
    },
  }
}

const TOPIC_WORDS: Record<PolicyTopic, [string, string]> = {
  tax: ['税收优惠', 'tax incentives'],
  land: ['工业用地保障', 'industrial land supply'],
  finance: ['中小企业融资', 'SME financing'],
  talent: ['人才引进', 'attracting talent'],
  trade: ['外贸便利化', 'trade facilitation'],
  market: ['县域商业体系建设', 'county retail networks'],
  industry: ['重点产业发展', 'key industries'],
  'open-economy': ['开放型经济', 'the open economy'],
}

const POLICY_ZH = [
  '对符合条件的新引进企业，按其实际固定资产投资额给予一定比例的奖励。',
  '企业可向县商务局提出申请，经审核后按季度兑现扶持资金。',
  '本措施所需资金由县财政统筹安排，实行专款专用。',
  '对在本县注册并纳税的总部型企业，给予办公用房租金补贴。',
  '各乡镇、各部门要明确责任分工，确保各项措施落到实处。',
]
const POLICY_EN = [
  'Newly attracted firms that qualify receive a grant proportional to their fixed-asset investment.',
  'Firms apply to the Bureau of Commerce; after review, the support is paid quarterly.',
  'The county budget funds these measures from a dedicated allocation.',
  'Headquarters registered and paying tax in the county receive an office rent subsidy.',
  'Townships and departments are to assign responsibilities so that every measure is carried out.',
]

export interface BenchPolicy {
  slug: string
  topic: PolicyTopic
  docNumber: string
  issuedAt: string
  effectiveAt: string
  expiresAt: string | undefined
  zh: { title: string; summary: string; issuer: string; body: string[] }
  en: { title: string; summary: string; issuer: string; body: string[] }
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

const DAY = 86_400_000
const EPOCH = Date.UTC(2019, 0, 1)

export function policy(index: number): BenchPolicy {
  const rand = random(7_000_019 * (index + 1))
  const topic = POLICY_TOPICS[index % POLICY_TOPICS.length]!
  const [wordZh, wordEn] = TOPIC_WORDS[topic]
  const issued = EPOCH + Math.floor(rand() * 7.5 * 365) * DAY
  const year = new Date(issued).getUTCFullYear()
  const n = index + 1
  const expires = rand() < 0.5 ? issued + 3 * 365 * DAY : undefined
  const summaryZh = `为进一步支持${wordZh}，结合本县实际，制定本措施（第${n}号）。${pick(rand, POLICY_ZH)}`
  const summaryEn = `Measures (no. ${n}) to support ${wordEn}, adapted to the county. ${pick(rand, POLICY_EN)}`
  return {
    slug: `bench-policy-${n}`,
    topic,
    docNumber: `示政发〔${year}〕${n}号`,
    issuedAt: isoDate(issued),
    effectiveAt: isoDate(issued + 15 * DAY),
    expiresAt: expires ? isoDate(expires) : undefined,
    zh: {
      title: `示范县关于支持${wordZh}的若干措施（第${n}号）`,
      summary: summaryZh,
      issuer: '示范县人民政府办公室',
      body: paragraphsOf(rand, POLICY_ZH, 5, summaryZh),
    },
    en: {
      title: `Measures of Demo County to support ${wordEn} (no. ${n})`,
      summary: summaryEn,
      issuer: 'General Office of Demo County People’s Government',
      body: paragraphsOf(rand, POLICY_EN, 5, summaryEn),
    },
  }
}

const NEWS_ZH = [
  '县商务局相关负责人介绍了全县营商环境和重点产业发展情况。',
  '双方就项目选址、用地指标和配套服务等事项进行了深入交流。',
  '活动吸引了来自省内外的企业家和在外乡贤参加。',
  '下一步，县里将加强跟踪服务，推动项目早签约、早落地、早投产。',
  '与会人员实地考察了县工业园区和县城新区。',
]
const NEWS_EN = [
  'The head of the Bureau of Commerce presented the county’s business environment and key industries.',
  'The two sides discussed the site, land quotas and support services in detail.',
  'Business people from the province and beyond, and people from the county working elsewhere, took part.',
  'The county will follow up closely so that projects are signed, built and running as early as possible.',
  'Participants visited the county industrial park and the new town.',
]
const NEWS_EVENTS: [string, string][] = [
  ['举办招商推介会', 'holds investment promotion meeting'],
  ['签约重点项目', 'signs key project'],
  ['召开在外乡贤座谈会', 'meets hometown entrepreneurs'],
  ['开展营商环境专项调研', 'surveys the business environment'],
  ['发布年度招商项目清单', 'publishes this year’s project list'],
]

export interface BenchNews {
  slug: string
  category: NewsCategory
  publishedAt: string
  image: number
  zh: { title: string; excerpt: string; author: string; body: string[] }
  en: { title: string; excerpt: string; author: string; body: string[] }
}

export function news(index: number, imagePool: number): BenchNews {
  const rand = random(9_000_011 * (index + 1))
  const category = NEWS_CATEGORIES[index % NEWS_CATEGORIES.length]!
  const [placeZh, placeEn] = pick(rand, PLACES)
  const [eventZh, eventEn] = pick(rand, NEWS_EVENTS)
  const n = index + 1
  const published = EPOCH + Math.floor(rand() * 7.5 * 365 * 24) * (DAY / 24)
  const excerptZh = `${placeZh}片区${eventZh}（第${n}期）。${pick(rand, NEWS_ZH)}`
  const excerptEn = `${placeEn} area ${eventEn} (no. ${n}). ${pick(rand, NEWS_EN)}`
  return {
    slug: `bench-news-${n}`,
    category,
    publishedAt: new Date(published).toISOString(),
    image: Math.floor(rand() * imagePool),
    zh: {
      title: `${placeZh}片区${eventZh}（第${n}期）`,
      excerpt: excerptZh,
      author: '示范县商务局',
      body: paragraphsOf(rand, NEWS_ZH, 4, excerptZh),
    },
    en: {
      title: `${placeEn} area ${eventEn} (no. ${n})`,
      excerpt: excerptEn,
      author: 'Demo County Bureau of Commerce',
      body: paragraphsOf(rand, NEWS_EN, 4, excerptEn),
    },
  }
}

/** Colours of the generated picture pool. */
export const IMAGE_COLORS = ['#1f5f8b', '#8b3a1f', '#2f6b3b', '#6b4f8b', '#8b7a1f', '#1f7a7a']
