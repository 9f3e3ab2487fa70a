import type {
  CooperationMode,
  InvestmentUnit,
  ProjectStage,
  Sector,
} from '@portal/shared/constants'
import type { Bi } from './types'
import type { MarketCategory } from '@portal/shared/market'

interface ProjectTexts {
  title: string
  summary: string
  location: string
  /** Further paragraphs of the detail text. */
  details?: string[]
}

/** A demo project; `en` is left out where the bureau has not translated it yet. */
export interface SeedProject {
  slug: string
  sector: Sector
  stage: ProjectStage
  amount: number
  unit: InvestmentUnit
  zh: ProjectTexts
  en?: ProjectTexts
  highlights?: Bi[]
  landMu: number
  /** The park's slug, where the Chinese location names none (see `SeedPark.match`). */
  park?: string
  cooperationModes?: CooperationMode[]
  featured?: boolean
  draft?: boolean
  /** For agri-food projects: the supply and demand board's categories the project page lists. */
  marketCategories?: MarketCategory[]
}

/**
 * Demo project library. The first four are the projects the work plan names as
 * close to signing; the rest cover the sectors and stages the plan describes.
 */
export const seedProjects: SeedProject[] = [
  {
    slug: 'jin-shan-shang-ye-guang-chang',
    sector: 'commerce',
    stage: 'negotiating',
    amount: 5.8,
    unit: 'cny-100m',
    zh: {
      title: '金山商业广场',
      summary:
        '在县城新区建设集购物中心、特色餐饮、影院和停车场于一体的商业综合体，总建筑面积约12万平方米，补齐县城商业配套短板。',
      location: '县城新区金山大道',
      details: [
        '项目用地约85亩，已完成控制性详细规划，土地为净地出让。周边5公里内常住人口约15万人，现有大型商业设施不足。',
        '县政府对项目实行全程代办服务，立项、环评、征地供地和证照办理由县投资促进中心专人负责。',
      ],
    },
    en: {
      title: 'Jinshan Commercial Plaza',
      summary:
        'A mixed-use commercial complex in the new town: shopping centre, restaurants, cinema and parking, about 120,000 m² of floor space, filling the gap in the county seat’s retail offer.',
      location: 'Jinshan Avenue, new town district',
      details: [
        'About 85 mu (5.7 ha) of serviced land with a detailed plan in place. Some 150,000 people live within 5 km and the area has no large shopping centre yet.',
        'The county provides full agency service for approvals: project approval, environmental assessment, land supply and licences, each handled by a named officer.',
      ],
    },
    highlights: [
      {
        zh: '县城唯一规划的大型商业综合体用地',
        en: 'The only site zoned for a large retail complex in the county seat',
      },
      {
        zh: '净地出让，配套道路和管网已建成',
        en: 'Serviced land with roads and utilities in place',
      },
      { zh: '全程代办审批手续', en: 'Full agency service for approvals' },
    ],
    landMu: 85,
    cooperationModes: ['sole', 'joint-venture'],
  },
  {
    slug: 'qing-lan-da-li-shi-jia-gong',
    sector: 'building-materials',
    stage: 'negotiating',
    amount: 1.2,
    unit: 'cny-100m',
    zh: {
      title: '青兰大理石加工',
      summary:
        '依托本地大理石资源，建设荒料切割、板材加工和异型石材生产线，年加工板材约80万平方米，配套废料综合利用。',
      location: '县工业园区',
    },
    en: {
      title: 'Qinglan Marble Processing',
      summary:
        'Cutting, slab and shaped-stone lines based on the county’s marble deposits, about 800,000 m² of slabs a year, with recycling of offcuts.',
      location: 'County industrial park',
    },
    highlights: [
      { zh: '本地大理石储量丰富、品质稳定', en: 'Large local marble reserves of steady quality' },
      { zh: '可租用园区标准厂房，快速投产', en: 'Standard factory space to rent for a fast start' },
    ],
    landMu: 60,
    cooperationModes: ['sole', 'joint-venture', 'cooperation'],
  },
  {
    slug: 'ai-fa-di-chan-kai-fa',
    sector: 'real-estate',
    stage: 'negotiating',
    amount: 3.5,
    unit: 'cny-100m',
    park: 'xian-cheng-xin-qu',
    zh: {
      title: '爱法地产开发',
      summary: '县城东片区住宅及配套商业开发，规划用地约150亩，含幼儿园、社区服务中心等公共配套。',
      location: '县城东片区',
    },
    en: {
      title: 'Aifa Real-Estate Development',
      summary:
        'Housing with neighbourhood shops on about 10 hectares east of the county seat, including a kindergarten and a community service centre.',
      location: 'East district of the county seat',
    },
    landMu: 150,
    cooperationModes: ['sole', 'joint-venture'],
  },
  {
    slug: 'jin-huang-ran-qi',
    sector: 'energy',
    stage: 'negotiating',
    amount: 8000,
    unit: 'cny-10k',
    landMu: 30,
    zh: {
      title: '金煌燃气',
      summary:
        '建设县城及工业园区天然气门站、中压管网和加气站，满足居民用气和园区企业工业用气需求。',
      location: '县城及县工业园区',
    },
    en: {
      title: 'Jinhuang Gas',
      summary:
        'A natural-gas gate station, medium-pressure network and filling station serving households in the county seat and firms in the industrial park.',
      location: 'County seat and industrial park',
    },
    highlights: [
      {
        zh: '县城及园区管道燃气特许经营',
        en: 'Piped-gas franchise for the county seat and the park',
      },
      { zh: '园区企业用气需求明确', en: 'Firm gas demand from park industries' },
    ],
    cooperationModes: ['sole', 'ppp'],
  },
  {
    slug: 'you-se-jin-shu-jing-shen-jia-gong-chan-ye-yuan',
    sector: 'nonferrous',
    stage: 'reserve',
    amount: 15,
    unit: 'cny-100m',
    landMu: 300,
    zh: {
      title: '有色金属精深加工产业园',
      summary:
        '围绕有色冶炼项目区现有冶炼产能，引进铜铝合金材料、压延和零部件企业，延伸有色金属产业链。',
      location: '有色冶炼项目区',
    },
    en: {
      title: 'Non-ferrous Metals Deep-Processing Park',
      summary:
        'Alloy, rolling and component makers drawn to the existing smelting capacity of the non-ferrous zone, lengthening the county’s metals supply chain.',
      location: 'Non-ferrous smelting zone',
    },
  },
  {
    slug: 'qian-xin-ye-lian-zha-zong-he-li-yong',
    sector: 'nonferrous',
    stage: 'signed',
    amount: 2.6,
    unit: 'cny-100m',
    landMu: 300,
    zh: {
      title: '铅锌冶炼渣综合利用',
      summary: '对冶炼渣进行有价金属回收和无害化处理，年处理冶炼渣20万吨，实现资源循环利用。',
      location: '有色冶炼项目区',
    },
    en: {
      title: 'Lead-Zinc Smelting Slag Recovery',
      summary:
        'Recovers valuable metals from smelting slag and renders the rest harmless: 200,000 tonnes a year.',
      location: 'Non-ferrous smelting zone',
    },
  },
  {
    slug: 'biao-zhun-chang-fang-er-qi',
    sector: 'infrastructure',
    stage: 'construction',
    amount: 1.8,
    unit: 'cny-100m',
    landMu: 60,
    zh: {
      title: '工业园区标准厂房二期',
      summary: '新建标准厂房8万平方米及配套道路、供水供电管网，可拎包入驻，租售并举。',
      location: '县工业园区',
    },
    en: {
      title: 'Standard Factory Buildings, Phase II',
      summary:
        '80,000 m² of ready-to-use standard factory space with roads, water and power, for rent or sale.',
      location: 'County industrial park',
    },
  },
  {
    slug: 'gong-ye-yuan-qu-wu-shui-chu-li-chang',
    sector: 'infrastructure',
    stage: 'reserve',
    amount: 9500,
    unit: 'cny-10k',
    landMu: 60,
    zh: {
      title: '工业园区污水处理厂',
      summary: '日处理能力2万吨的园区污水处理厂及配套管网，可采用PPP等合作方式。',
      location: '县工业园区',
    },
    en: {
      title: 'Industrial Park Wastewater Plant',
      summary:
        'A 20,000 m³/day wastewater plant with its pipe network for the park; open to public-private partnership.',
      location: 'County industrial park',
    },
  },
  {
    slug: 'nong-chan-pin-leng-lian-wu-liu-zhong-xin',
    sector: 'logistics',
    stage: 'signed',
    amount: 1.1,
    unit: 'cny-100m',
    landMu: 100,
    zh: {
      title: '农产品冷链物流中心',
      summary: '建设冷库3万吨、分拣加工车间和冷链配送车队，服务蔬菜、水果和肉类外销。',
      location: '县城北物流园',
    },
    en: {
      title: 'Farm Produce Cold-Chain Logistics Centre',
      summary:
        '30,000 tonnes of cold storage, sorting halls and a refrigerated fleet for shipping vegetables, fruit and meat out of the county.',
      location: 'North logistics park',
    },
  },
  {
    slug: 'gao-shan-cha-ye-jing-shen-jia-gong',
    sector: 'agrifood',
    marketCategories: ['tea'],
    stage: 'operating',
    amount: 6000,
    unit: 'cny-10k',
    landMu: 50,
    zh: {
      title: '高山茶叶精深加工',
      summary: '茶叶清洁化加工生产线及茶饮料、茶食品开发，带动周边茶农5000户。',
      location: '县农业产业园',
    },
    en: {
      title: 'Highland Tea Processing',
      summary:
        'Clean tea-processing lines plus tea drinks and snacks, buying from some 5,000 local tea-growing households.',
      location: 'County agricultural park',
    },
  },
  {
    slug: 'sheng-zhu-tu-zai-ji-leng-xian-rou-jia-gong',
    sector: 'agrifood',
    marketCategories: ['pork'],
    stage: 'construction',
    amount: 1.5,
    unit: 'cny-100m',
    landMu: 50,
    zh: {
      title: '生猪屠宰及冷鲜肉加工',
      summary: '按定点屠宰标准建设年屠宰生猪50万头的现代化屠宰线和冷鲜肉分割车间。',
      location: '县农业产业园',
    },
    en: {
      title: 'Hog Slaughtering and Chilled Meat Processing',
      summary: 'A licensed slaughter line for 500,000 hogs a year with chilled-meat cutting rooms.',
      location: 'County agricultural park',
    },
  },
  {
    slug: 'zhong-yao-cai-zhong-zhi-jia-gong-ji-di',
    sector: 'agrifood',
    marketCategories: ['herbs'],
    stage: 'reserve',
    amount: 8000,
    unit: 'cny-10k',
    landMu: 50,
    park: 'nong-ye-chan-ye-yuan',
    zh: {
      title: '中药材种植加工基地',
      summary: '规模化种植重楼、白及等道地药材5000亩，配套初加工和仓储设施。',
      location: '县南部山区乡镇',
    },
  },
  {
    slug: 'xiang-cun-lv-you-zong-he-kai-fa',
    sector: 'tourism',
    stage: 'reserve',
    amount: 2,
    unit: 'cny-100m',
    landMu: 500,
    park: 'nong-ye-chan-ye-yuan',
    zh: {
      title: '乡村旅游综合开发',
      summary: '依托梯田和传统村落发展民宿、农事体验和研学旅游，打造乡村旅游精品线路。',
      location: '县西部沿河乡镇',
    },
    en: {
      title: 'Rural Tourism Development',
      summary:
        'Guesthouses, farm experiences and study tours built around terraced fields and traditional villages.',
      location: 'Riverside townships in the west of the county',
    },
  },
  {
    slug: 'gu-zhen-wen-hua-lv-you-jie-qu',
    sector: 'tourism',
    stage: 'negotiating',
    amount: 4.5,
    unit: 'cny-100m',
    landMu: 500,
    park: 'xian-cheng-xin-qu',
    zh: {
      title: '古镇文化旅游街区',
      summary: '保护性开发古镇历史街区，引入非遗工坊、特色餐饮和精品酒店。',
      location: '县城老城区',
    },
    en: {
      title: 'Old Town Cultural Quarter',
      summary:
        'Careful redevelopment of the historic streets with intangible-heritage workshops, local food and boutique hotels.',
      location: 'Old town of the county seat',
    },
  },
  {
    slug: 'nong-mao-shi-chang-biao-zhun-hua-gai-zao',
    sector: 'commerce',
    stage: 'construction',
    amount: 3000,
    unit: 'cny-10k',
    landMu: 40,
    park: 'xian-cheng-xin-qu',
    zh: {
      title: '县城农贸市场标准化改造',
      summary: '按照农贸市场标准化改造三年行动方案，改造县城3个农贸市场并新建1个社区菜市场。',
      location: '县城',
    },
    en: {
      title: 'Farmers’ Market Upgrade',
      summary:
        'Upgrades three farmers’ markets in the county seat and builds a new community vegetable market, under the three-year standardisation plan.',
      location: 'County seat',
    },
  },
  {
    slug: 'dian-zi-shang-wu-chan-ye-yuan',
    sector: 'services',
    stage: 'operating',
    amount: 5000,
    unit: 'cny-10k',
    landMu: 20,
    zh: {
      title: '电子商务产业园',
      summary: '提供办公孵化、直播基地、仓储分拨和培训服务，推动农特产品网上销售。',
      location: '县城新区',
    },
    en: {
      title: 'E-commerce Park',
      summary:
        'Incubator offices, a live-streaming base, warehousing and training that help local specialities sell online.',
      location: 'New town district',
    },
  },
  {
    slug: 'fen-bu-shi-guang-fu-fa-dian',
    sector: 'energy',
    stage: 'signed',
    amount: 2.2,
    unit: 'cny-100m',
    landMu: 30,
    zh: {
      title: '分布式光伏发电',
      summary: '利用园区厂房屋顶和公共建筑建设分布式光伏电站，装机容量约50兆瓦。',
      location: '县工业园区及公共建筑屋顶',
    },
    en: {
      title: 'Distributed Solar Power',
      summary: 'About 50 MW of rooftop solar on park factories and public buildings.',
      location: 'Industrial park and public rooftops',
    },
  },
  {
    slug: 'zhuang-pei-shi-jian-zhu-gou-jian',
    sector: 'building-materials',
    stage: 'reserve',
    amount: 1.6,
    unit: 'cny-100m',
    landMu: 120,
    zh: {
      title: '装配式建筑构件生产',
      summary: '建设预制混凝土构件和轻钢结构生产线，服务全县及周边县市建筑市场。',
      location: '县工业园区',
    },
    en: {
      title: 'Prefabricated Building Components',
      summary:
        'Precast concrete and light-steel lines supplying builders in the county and its neighbours.',
      location: 'County industrial park',
    },
  },
  {
    slug: 'kang-yang-zhong-xin',
    sector: 'health',
    stage: 'reserve',
    amount: 1.2,
    unit: 'cny-100m',
    landMu: 60,
    park: 'xian-cheng-xin-qu',
    zh: {
      title: '康养中心',
      summary: '建设医养结合的康养中心，床位500张，配套康复理疗和老年活动设施。',
      location: '县城南郊',
    },
  },
  {
    slug: 'cheng-xiang-shang-mao-wu-liu-pei-song-zhong-xin',
    sector: 'logistics',
    stage: 'negotiating',
    amount: 7000,
    unit: 'cny-10k',
    landMu: 100,
    zh: {
      title: '城乡商贸物流配送中心',
      summary: '服务万村千乡市场工程，建设县级配送中心和乡镇配送站，实现日用品和农资下乡。',
      location: '县城北物流园',
    },
    en: {
      title: 'Urban–Rural Distribution Centre',
      summary:
        'A county distribution centre with township depots bringing daily goods and farm inputs to villages, part of the rural retail network programme.',
      location: 'North logistics park',
    },
  },
  {
    slug: 'wu-jin-ji-dian-zhi-zao',
    sector: 'manufacturing',
    stage: 'signed',
    amount: 1,
    unit: 'cny-100m',
    landMu: 80,
    zh: {
      title: '五金机电制造',
      summary: '引进五金工具和小型机电产品生产企业，入驻标准厂房，预计吸纳就业600人。',
      location: '县工业园区标准厂房',
    },
    en: {
      title: 'Hardware and Electromechanical Manufacturing',
      summary:
        'Makers of hand tools and small electromechanical products moving into standard factory space; about 600 jobs.',
      location: 'Standard factories, industrial park',
    },
  },
  {
    slug: 'fu-zhuang-jia-gong-che-jian',
    sector: 'manufacturing',
    stage: 'operating',
    amount: 1500,
    unit: 'cny-10k',
    landMu: 80,
    park: 'nong-ye-chan-ye-yuan',
    zh: {
      title: '服装加工就业车间',
      summary: '在乡镇建设服装加工车间，承接沿海订单转移，带动返乡人员和留守妇女就近就业。',
      location: '各乡镇',
    },
    en: {
      title: 'Garment Workshops',
      summary:
        'Township garment workshops taking orders moved inland from the coast, giving returnees and women at home jobs near home.',
      location: 'Townships across the county',
    },
  },
  {
    slug: 'zai-sheng-zi-yuan-hui-shou-li-yong',
    sector: 'services',
    stage: 'negotiating',
    amount: 4000,
    unit: 'cny-10k',
    landMu: 20,
    zh: {
      title: '再生资源回收利用',
      summary: '建设再生资源分拣中心和社区回收网点，规范废旧物资回收行业。',
      location: '县城北物流园',
    },
    en: {
      title: 'Recycling Centre',
      summary:
        'A sorting centre and neighbourhood collection points that put the county’s recycling trade on a regulated footing.',
      location: 'North logistics park',
    },
  },
  {
    slug: 'shi-pin-bao-zhuang-cai-liao',
    sector: 'manufacturing',
    stage: 'negotiating',
    amount: 1200,
    unit: 'usd-10k',
    landMu: 80,
    zh: {
      title: '食品包装材料（外资）',
      summary: '港资企业拟投资建设环保食品包装材料生产线，产品主要供应西南地区食品企业。',
      location: '县工业园区',
    },
    en: {
      title: 'Food Packaging Materials (foreign-invested)',
      summary:
        'A Hong Kong firm plans an eco-friendly food-packaging line supplying food makers across the south-west.',
      location: 'County industrial park',
    },
  },
  {
    slug: 'tong-ji-he-jin-xian-cai',
    sector: 'nonferrous',
    stage: 'negotiating',
    amount: 3.2,
    unit: 'cny-100m',
    landMu: 300,
    zh: {
      title: '铜基合金线材生产',
      summary: '利用项目区电解铜资源，建设铜合金杆线材生产线，年产能3万吨，产品供应电线电缆企业。',
      location: '有色冶炼项目区',
    },
    en: {
      title: 'Copper Alloy Wire Rod',
      summary:
        'Copper alloy rod and wire lines using cathode copper from the zone: 30,000 tonnes a year for cable makers.',
      location: 'Non-ferrous smelting zone',
    },
  },
  {
    slug: 'xin-neng-yuan-dian-chi-hui-shou',
    sector: 'nonferrous',
    stage: 'reserve',
    amount: 5,
    unit: 'cny-100m',
    landMu: 300,
    zh: {
      title: '新能源电池回收及金属再生',
      summary: '建设废旧动力电池拆解和镍钴锂回收生产线，与项目区现有冶炼工艺形成配套。',
      location: '有色冶炼项目区',
    },
    en: {
      title: 'EV Battery Recycling and Metal Recovery',
      summary:
        'Dismantling of used traction batteries and recovery of nickel, cobalt and lithium, alongside the zone’s smelters.',
      location: 'Non-ferrous smelting zone',
    },
  },
  {
    slug: 'shi-cai-jia-gong-fei-liao-zong-he-li-yong',
    sector: 'building-materials',
    stage: 'signed',
    amount: 6500,
    unit: 'cny-10k',
    landMu: 120,
    zh: {
      title: '石材加工废料综合利用',
      summary: '将大理石加工边角料和石粉制成人造石、干混砂浆和路面砖，年消纳废料40万吨。',
      location: '县工业园区',
    },
    en: {
      title: 'Stone Waste Recycling',
      summary:
        'Turns marble offcuts and stone powder into engineered stone, dry mortar and paving: 400,000 tonnes of waste a year.',
      location: 'County industrial park',
    },
  },
  {
    slug: 'tian-ran-qi-jia-qi-zhan',
    sector: 'energy',
    stage: 'construction',
    amount: 2800,
    unit: 'cny-10k',
    landMu: 30,
    zh: {
      title: 'LNG/CNG加气站',
      summary: '在国道沿线和工业园区建设2座加气站，服务物流车辆和公交车辆。',
      location: '国道沿线及县工业园区',
    },
    en: {
      title: 'LNG/CNG Filling Stations',
      summary:
        'Two gas filling stations on the national highway and in the park for lorries and buses.',
      location: 'National highway and industrial park',
    },
  },
  {
    slug: 'nong-cun-dian-shang-fu-wu-zhan',
    sector: 'commerce',
    stage: 'operating',
    amount: 1200,
    unit: 'cny-10k',
    landMu: 40,
    park: 'cheng-bei-wu-liu-yuan',
    zh: {
      title: '农村电商服务站点建设',
      summary: '在全县行政村布设电商服务站，提供网购代办、快递收发和农产品上行服务。',
      location: '全县各行政村',
    },
    en: {
      title: 'Village E-commerce Service Points',
      summary:
        'Service points in every village for online orders, parcels and selling farm produce online.',
      location: 'Villages across the county',
    },
  },
  {
    slug: 'gao-yuan-shu-cai-chan-di-pi-fa-shi-chang',
    sector: 'agrifood',
    stage: 'negotiating',
    amount: 9000,
    unit: 'cny-10k',
    landMu: 50,
    zh: {
      title: '高原蔬菜产地批发市场',
      summary: '建设集交易、检测、冷藏和电子结算于一体的蔬菜产地批发市场，年交易量30万吨。',
      location: '县农业产业园',
    },
    en: {
      title: 'Highland Vegetable Wholesale Market',
      summary:
        'A wholesale market at the source with trading halls, testing, cold storage and e-payment: 300,000 tonnes a year.',
      location: 'County agricultural park',
    },
  },
  {
    slug: 'ji-xie-pei-jian-zhi-zao',
    sector: 'manufacturing',
    stage: 'dropped',
    amount: 3000,
    unit: 'cny-10k',
    landMu: 80,
    zh: {
      title: '机械配件制造（已终止）',
      summary: '客商因资金原因终止投资，厂房资源转由其他项目使用。',
      location: '县工业园区标准厂房',
    },
    en: {
      title: 'Machine Parts (dropped)',
      summary:
        'The investor withdrew for financial reasons; the factory space went to other projects.',
      location: 'Standard factories, industrial park',
    },
  },
  {
    slug: 'shang-wu-jiu-dian',
    sector: 'services',
    stage: 'reserve',
    amount: 1.3,
    unit: 'cny-100m',
    landMu: 20,
    draft: true,
    zh: {
      title: '商务酒店（筹备中）',
      summary: '在县城新区建设四星级标准商务酒店，含会议中心。资料仍在完善，暂不对外发布。',
      location: '县城新区',
    },
  },
]
