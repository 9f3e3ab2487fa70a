import type { InvestmentUnit, ProjectStage, Sector } from '@portal/shared/constants'

/** A demo project; `en` is left out where the bureau has not translated it yet. */
export interface SeedProject {
  slug: string
  sector: Sector
  stage: ProjectStage
  amount: number
  unit: InvestmentUnit
  zh: { title: string; summary: string; location: string }
  en?: { title: string; summary: string; location: string }
  draft?: boolean
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
    },
    en: {
      title: 'Jinshan Commercial Plaza',
      summary:
        'A mixed-use commercial complex in the new town: shopping centre, restaurants, cinema and parking, about 120,000 m² of floor space, filling the gap in the county seat’s retail offer.',
      location: 'Jinshan Avenue, new town district',
    },
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
  },
  {
    slug: 'ai-fa-di-chan-kai-fa',
    sector: 'real-estate',
    stage: 'negotiating',
    amount: 3.5,
    unit: 'cny-100m',
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
  },
  {
    slug: 'jin-huang-ran-qi',
    sector: 'energy',
    stage: 'negotiating',
    amount: 8000,
    unit: 'cny-10k',
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
  },
  {
    slug: 'you-se-jin-shu-jing-shen-jia-gong-chan-ye-yuan',
    sector: 'nonferrous',
    stage: 'reserve',
    amount: 15,
    unit: 'cny-100m',
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
    stage: 'operating',
    amount: 6000,
    unit: 'cny-10k',
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
    stage: 'construction',
    amount: 1.5,
    unit: 'cny-100m',
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
    stage: 'reserve',
    amount: 8000,
    unit: 'cny-10k',
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
    slug: 'shang-wu-jiu-dian',
    sector: 'services',
    stage: 'reserve',
    amount: 1.3,
    unit: 'cny-100m',
    draft: true,
    zh: {
      title: '商务酒店（筹备中）',
      summary: '在县城新区建设四星级标准商务酒店，含会议中心。资料仍在完善，暂不对外发布。',
      location: '县城新区',
    },
  },
]
