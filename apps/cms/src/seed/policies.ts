import type { Bi, SeedPolicy } from './types'

const COUNTY_GOVERNMENT: Bi = { zh: '示范县人民政府', en: 'Demo County People’s Government' }
const GOVERNMENT_OFFICE: Bi = {
  zh: '示范县人民政府办公室',
  en: 'General Office of Demo County People’s Government',
}
const BUREAU: Bi = { zh: '示范县商务局', en: 'Demo County Bureau of Commerce' }

/**
 * Demo policy library (today is taken as late 2026). Covers every topic and
 * every validity state: most are in force; the 2021 incentive measures are
 * superseded by the 2025 open-economy measures; the 2022 measures for turning
 * sole traders into companies expired at the end of 2024; the 2023 factory
 * rent subsidy was repealed in May 2024; the measures for taking over
 * industries from other regions take effect on 2027-01-01. Three bureau
 * documents have no English translation yet. Whom each applies to is in
 * `./policy-applicability`.
 */
export const seedPolicies: SeedPolicy[] = [
  {
    slug: 'kai-fang-xing-jing-ji-ruo-gan-zheng-ce-cuo-shi',
    topic: 'open-economy',
    docNumber: '示政发〔2025〕12号',
    issuer: COUNTY_GOVERNMENT,
    issuedAt: '2025-03-18',
    effectiveAt: '2025-04-01',
    expiresAt: '2028-03-31',
    title: {
      zh: '示范县加快发展开放型经济的若干政策措施',
      en: 'Measures to Accelerate the Open Economy of Demo County',
    },
    summary: {
      zh: '从引进外资和县外资金、支持外贸和加工贸易、保障项目用地和标准厂房、优化审批和跟踪服务四个方面提出扶持措施：对实际到位外资、外贸进出口额首次突破规模的企业给予奖励，世界500强和中国500强企业投资实行“一事一议”，标准厂房租金“两免三减半”，签约项目实行全程代办。本措施施行后，《示范县招商引资优惠办法》同时废止。',
      en: 'Support in four areas: attracting foreign and out-of-county capital, foreign and processing trade, land and standard factory space, and approvals and aftercare. The county rewards foreign capital actually paid in and firms whose trade passes set thresholds for the first time, negotiates case by case with Fortune Global 500 and China Top 500 investors, waives factory rent for two years and halves it for three more, and gives every signed project a full agency service for approvals. These measures replace the 2021 Investment Incentive Measures.',
    },
    body: {
      zh: [
        '为深入实施对外开放战略，加快构建开放型经济新体制，进一步扩大招商引资规模、提高利用外资质量，根据国家和省有关规定，结合我县实际，制定本政策措施。本措施适用于在本县行政区域内依法登记注册、实行独立核算的外商投资企业、外贸企业和县外客商投资设立的企业。',
        '一、鼓励引进外资和县外资金。对当年实际到位外资（以外汇管理部门登记数据为准）达到100万美元以上的项目，按实际到位外资的1%给予奖励，单个项目最高不超过50万元。对新引进的固定资产投资1亿元以上的工业项目，在项目投产后按实际完成设备投资额的3%给予补助。世界500强、中国500强企业及行业龙头企业来县投资的，实行“一事一议”。',
        '二、支持外贸和加工贸易发展。对年进出口额首次突破100万美元、500万美元、1000万美元的企业，分别一次性奖励3万元、8万元、15万元。对新落户的加工贸易企业，自投产之日起两年内按其加工贸易进出口额每1美元给予0.01元人民币的物流补贴。企业投保短期出口信用保险的，按实缴保费的50%给予补助。',
        '三、强化用地和厂房保障。工业项目用地优先纳入年度土地供应计划，按照“标准地”方式净地供应。入驻县工业园区标准厂房的企业，租金实行“前两年全免、后三年减半”；购买标准厂房的，按成本价出售，并可分期付款。',
        '四、优化审批和跟踪服务。对签约项目，在立项、环评、征地供地、证照办理等环节实行全程代理代办，由县商务局为每个项目落实一名服务专员。外资审批、成品油经营、酒类经营等事项统一在县政务服务中心商务局窗口办理，实行一次性告知、限时办结。',
        '五、附则。本措施所需资金列入县级财政预算，由县商务局会同县财政局审核兑现。同一项目符合本县多项扶持政策的，按“从高不重复”原则执行。本措施自2025年4月1日起施行，有效期三年，《示范县招商引资优惠办法》（示政发〔2021〕9号）同时废止。本措施由县商务局负责解释。',
      ],
      en: [
        'These measures put the opening-up strategy into practice under national and provincial rules, to bring more and better investment to Demo County. They apply to foreign-invested enterprises, foreign-trade firms and companies set up by investors from outside the county that are registered in Demo County and keep their own accounts.',
        '1. Foreign and out-of-county capital. A project whose foreign capital actually paid in during the year (as registered with the foreign-exchange authority) reaches USD 1 million receives an award of 1% of that amount, up to CNY 500,000 per project. New industrial projects with fixed-asset investment of CNY 100 million or more receive a grant of 3% of their equipment investment once they start production. Investments by Fortune Global 500 and China Top 500 companies and by industry leaders are negotiated case by case.',
        '2. Foreign and processing trade. Firms whose annual imports and exports pass USD 1 million, 5 million or 10 million for the first time receive one-off awards of CNY 30,000, 80,000 and 150,000 respectively. Newly established processing-trade firms receive a logistics subsidy of CNY 0.01 for every US dollar of processing-trade imports and exports during their first two years of production. Half of the premium for short-term export credit insurance is refunded.',
        '3. Land and factory space. Land for industrial projects has priority in the annual land-supply plan and is delivered as serviced “standard plots”. Firms renting standard factory space in the county industrial park pay no rent for two years and half rent for the following three; firms buying factory space pay cost price and may pay in instalments.',
        '4. Approvals and aftercare. Every signed project gets a full agency service for project approval, environmental assessment, land acquisition and supply, and licences, with a named service officer at the Bureau of Commerce. Foreign-investment filings, refined-oil and alcohol licences are all handled at the Bureau of Commerce window of the County Government Service Centre, which tells applicants everything they need in one go and works to fixed deadlines.',
        '5. Final provisions. The county budget funds these measures; the Bureau of Commerce and the Finance Bureau check claims and pay awards. A project that qualifies under several county policies receives the most favourable one, not all of them. These measures take effect on 1 April 2025 for three years and repeal the Demo County Investment Incentive Measures (Shi Zheng Fa [2021] No. 9). The Bureau of Commerce is responsible for their interpretation.',
      ],
    },
  },
  {
    slug: 'zhao-shang-yin-zi-you-hui-ban-fa',
    topic: 'open-economy',
    docNumber: '示政发〔2021〕9号',
    issuer: COUNTY_GOVERNMENT,
    issuedAt: '2021-06-15',
    effectiveAt: '2021-07-01',
    supersededBySlug: 'kai-fang-xing-jing-ji-ruo-gan-zheng-ce-cuo-shi',
    title: { zh: '示范县招商引资优惠办法', en: 'Demo County Investment Incentive Measures' },
    summary: {
      zh: '对县外客商（含港澳台投资者和外国投资者）在本县新设企业和项目的用地价格、基础设施配套补助和引荐奖励作出规定。本办法已被《示范县加快发展开放型经济的若干政策措施》（示政发〔2025〕12号）替代。',
      en: 'Set land prices, infrastructure grants and finder’s awards for new businesses and projects of investors from outside the county, including investors from Hong Kong, Macao, Taiwan and abroad. Replaced by the Measures to Accelerate the Open Economy (Shi Zheng Fa [2025] No. 12).',
    },
    body: {
      zh: [
        '第一条　为进一步优化投资环境，扩大招商引资，促进县域经济发展，结合本县实际，制定本办法。',
        '第二条　本办法适用于县外客商（含港澳台投资者和外国投资者）在本县新投资设立、实行独立核算的企业和项目。',
        '第三条　对固定资产投资5000万元以上的工业项目，用地按照不低于国家规定的工业用地出让最低价标准供应；项目建成投产后，按照固定资产投资额的2%给予基础设施配套补助，最高不超过200万元。',
        '第四条　对引荐县外客商来县投资并实际落地的单位和个人，按项目实际到位资金的千分之五给予奖励，单个项目最高不超过20万元。',
        '第五条　本办法自2021年7月1日起施行，由县商务局负责解释。',
      ],
      en: [
        'Article 1. These measures are made to improve the investment climate, attract more investment and develop the county economy.',
        'Article 2. They apply to new, separately accounted businesses and projects set up in the county by investors from outside it, including investors from Hong Kong, Macao, Taiwan and abroad.',
        'Article 3. Industrial projects with fixed-asset investment of CNY 50 million or more receive land at no less than the national minimum price for industrial land. Once in production, they receive an infrastructure grant of 2% of their fixed-asset investment, up to CNY 2 million.',
        'Article 4. Organisations and individuals who bring an outside investor whose project is actually set up in the county receive 0.5% of the capital paid in, up to CNY 200,000 per project.',
        'Article 5. These measures take effect on 1 July 2021. The Bureau of Commerce is responsible for their interpretation.',
      ],
    },
  },
  {
    slug: 'nong-mao-shi-chang-biao-zhun-hua-gai-zao-san-nian-xing-dong-fang-an',
    topic: 'market',
    docNumber: '示政办发〔2025〕8号',
    issuer: GOVERNMENT_OFFICE,
    issuedAt: '2025-02-20',
    effectiveAt: '2025-03-01',
    expiresAt: '2027-12-31',
    title: {
      zh: '示范县农贸市场标准化改造三年行动方案',
      en: 'Demo County Three-Year Plan to Upgrade Farmers’ Markets',
    },
    summary: {
      zh: '2025年至2027年新建、改造提升各类市场12个，县城农贸市场全部达到标准化要求。按改造投资额的30%给予补助，县城市场单个最高80万元、乡镇市场单个最高40万元，鼓励社会资本参与市场建设和运营。',
      en: 'From 2025 to 2027 the county builds or upgrades 12 markets and brings every farmers’ market in the county seat up to standard. Upgrades are subsidised at 30% of the cost, up to CNY 800,000 per market in the county seat and CNY 400,000 in the townships. Private investors are welcome to build and run markets.',
    },
    body: {
      zh: [
        '为加快推进全县农贸市场标准化建设，改善群众购物环境，保障农产品质量安全，完善城乡商贸流通体系，根据省、市关于农贸市场建设改造的有关要求，结合我县实际，制定本方案。',
        '一、工作目标。2025年至2027年，全县新建、改造提升各类市场12个，其中专业市场2个、社区菜市场4个、大型综合市场1个、综合农贸市场5个。到2027年底，县城农贸市场全部达到标准化农贸市场建设要求，乡镇中心集镇农贸市场改造覆盖率达到80%以上。',
        '二、建设标准。改造后的农贸市场应做到功能分区合理、设施设备齐全、环境卫生整洁、管理制度健全：按蔬菜、肉类、水产、干货、熟食等分区经营，实施地面、给排水、通风和照明改造；设置农产品快速检测室、公平秤和信息公示屏；推行电子结算和农产品质量追溯；配套建设公共厕所、垃圾分类收集点和非机动车停放区。',
        '三、扶持政策。对按标准完成改造并通过验收的农贸市场，按改造工程实际投资额的30%给予补助，县城市场单个最高补助80万元，乡镇市场单个最高补助40万元。鼓励社会资本以独资、合资、租赁经营等方式参与市场建设和运营，新建市场用地在年度供地计划中优先保障。',
        '四、实施步骤。2025年为试点示范阶段，完成县城2个农贸市场改造；2026年为全面推进阶段，完成县城其余市场和6个乡镇市场改造；2027年为巩固提升阶段，开展验收评估，建立长效管理机制。',
        '五、保障措施。成立由分管副县长任组长的农贸市场标准化改造工作领导小组，办公室设在县商务局。县市场监管、住建、自然资源、城管、卫健等部门按职责分工协作，各乡镇落实属地责任。改造期间，由市场开办方会同属地乡镇做好临时疏导安置，保障群众日常购买。',
      ],
      en: [
        'This plan speeds up the standardisation of the county’s farmers’ markets to give residents better places to shop, keep farm produce safe and strengthen retail and distribution in town and country, in line with provincial and municipal requirements.',
        '1. Targets. From 2025 to 2027 the county builds or upgrades 12 markets: 2 specialised markets, 4 community vegetable markets, 1 large integrated market and 5 farmers’ markets. By the end of 2027 every farmers’ market in the county seat meets the standard, and at least 80% of the markets in township centres have been upgraded.',
        '2. Standards. An upgraded market has sensible zoning, complete facilities, clean premises and sound management: separate sections for vegetables, meat, fish, dry goods and cooked food; new floors, drainage, ventilation and lighting; a rapid food-testing room, a public check scale and an information screen; electronic payment and produce traceability; public toilets, sorted waste collection and bicycle parking.',
        '3. Support. Markets upgraded to standard and accepted on inspection receive 30% of the actual construction cost, up to CNY 800,000 per market in the county seat and CNY 400,000 per township market. Private investors may build and run markets as sole owners, joint ventures or tenants, and land for new markets has priority in the annual land-supply plan.',
        '4. Timetable. 2025 is the pilot year, upgrading two markets in the county seat; 2026 rolls the work out to the remaining markets in the county seat and six township markets; 2027 is for inspection, evaluation and lasting management arrangements.',
        '5. Organisation. A steering group led by the deputy county head in charge has its office at the Bureau of Commerce. Market regulation, housing and construction, natural resources, urban management and health departments each play their part, and townships are responsible for markets in their area. While a market is being upgraded, its operator and the township arrange temporary trading space so residents can still do their daily shopping.',
      ],
    },
  },
  {
    slug: 'wan-cun-qian-xiang-shi-chang-gong-cheng-jian-she-shi-shi-fang-an',
    topic: 'market',
    docNumber: '示商发〔2026〕3号',
    issuer: { zh: '示范县商务局' },
    issuedAt: '2026-03-10',
    effectiveAt: '2026-03-10',
    expiresAt: '2026-12-31',
    title: { zh: '示范县2026年“万村千乡市场工程”建设实施方案' },
    summary: {
      zh: '2026年新建直营农家店30家、乡镇商贸中心3个，信息化改造农家店50家。经验收合格的直营农家店每家补助1万元，乡镇商贸中心每个补助20万元，信息化改造农家店每家补助3000元，实行先建后补。',
    },
    body: {
      zh: [
        '为深入实施“万村千乡市场工程”，完善农村商贸流通网络，促进农村消费升级，根据省、市商务部门有关文件精神，结合我县实际，制定本实施方案。',
        '一、建设目标。2026年全县新建直营农家店30家、乡镇商贸中心3个，对现有农家店实施信息化改造50家，实现行政村农家店全覆盖，农家店统一配送率达到60%以上。',
        '二、建设标准。直营农家店营业面积不少于60平方米，实行统一标识、统一配送、统一价格、统一服务规范，配备电子收银设备，经营日用消费品和农资商品，不得销售假冒伪劣和过期商品。乡镇商贸中心营业面积不少于1000平方米，具备购物、配送、农产品收购和电子商务服务等功能。',
        '三、补助标准。经验收合格的直营农家店每家补助1万元，乡镇商贸中心每个补助20万元，信息化改造农家店每家补助3000元。补助资金从上级“万村千乡市场工程”专项资金和县级配套资金中列支，实行先建后补。',
        '四、申报程序。承办企业于2026年7月31日前向县商务局提交申报材料，经乡镇初审、县商务局会同县财政局实地验收、结果公示无异议后拨付补助资金。',
        '五、工作要求。各乡镇要明确专人负责，协助承办企业做好选址和建设；县商务局将建设任务纳入年度目标考核，实行按月调度，确保年底前全面完成。',
      ],
    },
  },
  {
    slug: 'luo-shi-shui-fei-you-hui-zheng-ce-zhi-chi-qi-ye-fa-zhan-shi-shi-yi-jian',
    topic: 'tax',
    docNumber: '示政办发〔2026〕3号',
    issuer: GOVERNMENT_OFFICE,
    issuedAt: '2026-02-12',
    effectiveAt: '2026-02-12',
    expiresAt: '2027-12-31',
    title: {
      zh: '示范县关于落实税费优惠政策支持企业发展的实施意见',
      en: 'Demo County Guidelines on Applying Tax and Fee Relief for Businesses',
    },
    summary: {
      zh: '全面落实小型微利企业所得税、小规模纳税人增值税、“六税两费”减半征收和研发费用加计扣除等国家税费优惠政策；设立重点项目税费服务专岗，推行优惠政策“免申即享”；公开涉企收费目录清单，清单之外一律不得收费。',
      en: 'How the county applies national tax relief: lower corporate income tax for small low-profit enterprises, reduced VAT for small-scale taxpayers, half rates on six local taxes and two surcharges, and the extra deduction for R&D spending. A dedicated tax desk serves major projects, most relief applies without an application, and every fee charged to businesses is published in a list; nothing outside the list may be charged.',
    },
    body: {
      zh: [
        '为全面落实国家各项税费优惠政策，进一步减轻企业负担，激发经营主体活力，结合我县实际，提出如下实施意见。',
        '一、全面落实结构性减税降费政策。对小型微利企业年应纳税所得额减按25%计入应纳税所得额，按20%的税率缴纳企业所得税；增值税小规模纳税人适用3%征收率的应税销售收入，减按1%征收率征收增值税；对增值税小规模纳税人、小型微利企业和个体工商户，减半征收资源税、城市维护建设税、房产税、城镇土地使用税、印花税（不含证券交易印花税）、耕地占用税和教育费附加、地方教育附加。上述政策按国家规定执行至2027年12月31日。',
        '二、支持企业研发创新。企业开展研发活动实际发生的研发费用，未形成无形资产计入当期损益的，在按规定据实扣除的基础上，再按照实际发生额的100%在税前加计扣除；形成无形资产的，按照无形资产成本的200%在税前摊销。县税务局对符合条件的企业开展“一对一”政策辅导。',
        '三、优化税费服务。县税务局在县政务服务中心设立重点项目税费服务专岗，对新落户招商引资项目实行“一企一专员”跟踪服务；新办纳税人实行“套餐式”服务，涉税事项一次办结；推行税费优惠政策“免申即享”，符合条件的企业无需申请即可直接享受。',
        '四、规范涉企收费。全面清理规范涉企行政事业性收费和经营服务性收费，在县政府门户网站公开收费目录清单，清单之外一律不得收费。对招商引资工业项目涉及的行政事业性收费，在县级权限范围内依法予以减免。',
        '五、本意见自印发之日起施行，有效期至2027年12月31日。国家和省出台新规定的，从其规定。',
      ],
      en: [
        'These guidelines make sure that national tax and fee relief reaches businesses in the county in full, to lower their costs and encourage enterprise.',
        '1. Tax and fee relief. Small low-profit enterprises count only 25% of their annual taxable income and pay corporate income tax on it at 20%. Small-scale VAT taxpayers pay VAT at 1% instead of 3%. Small-scale VAT taxpayers, small low-profit enterprises and sole traders pay half the resource tax, urban maintenance and construction tax, property tax, urban land-use tax, stamp duty (except on securities trading), farmland occupation tax, education surcharge and local education surcharge. Under national rules this relief runs until 31 December 2027.',
        '2. Research and development. R&D spending charged to the profit and loss account may be deducted a second time in full (an extra 100%); R&D that creates intangible assets is amortised at 200% of cost. The county tax bureau coaches eligible firms one to one.',
        '3. Tax services. The county tax bureau runs a desk for major projects at the County Government Service Centre and assigns every newly arrived investment project its own contact. New taxpayers complete all registration steps in one visit, and most relief applies automatically, without an application.',
        '4. Fees. All administrative and service fees charged to businesses have been reviewed and are published in a list on the county government website; nothing outside the list may be charged. Administrative fees for industrial investment projects are reduced or waived as far as county powers allow.',
        '5. These guidelines apply from the date of issue until 31 December 2027. New national or provincial rules take precedence.',
      ],
    },
  },
  {
    slug: 'ge-ti-gong-shang-hu-zhuan-xing-sheng-ji-wei-qi-ye-fu-chi-ban-fa',
    topic: 'tax',
    docNumber: '示政办发〔2022〕15号',
    issuer: { zh: '示范县人民政府办公室' },
    issuedAt: '2022-05-20',
    effectiveAt: '2022-06-01',
    expiresAt: '2024-12-31',
    title: { zh: '示范县促进个体工商户转型升级为企业扶持办法' },
    summary: {
      zh: '支持住宿、餐饮、批发零售等行业个体工商户转型为公司制企业，字号和有效证照可继续使用，资产过户按规定享受税费优惠；首次纳入限额以上统计的企业给予一次性奖励2万元。本办法已于2024年12月31日到期失效。',
    },
    body: {
      zh: [
        '第一条　为引导个体工商户转型升级为企业（以下简称“个转企”），推动商贸流通领域经营主体规范发展，提高社会消费品零售总额统计质量，结合本县实际，制定本办法。',
        '第二条　本办法适用于在本县登记注册、持续经营一年以上，自愿转型为有限责任公司或个人独资企业的个体工商户，重点支持住宿、餐饮、批发零售等行业。',
        '第三条　“个转企”后的企业，可以继续使用原个体工商户的字号，原有经营许可证件在有效期内可继续使用，换发手续免费办理。转型过程中涉及的车辆、房屋、土地等资产过户，按国家规定享受相关税费优惠。',
        '第四条　对转型后首次纳入限额以上批发零售业、住宿餐饮业统计的企业，县财政给予一次性奖励2万元；连续两年保持在统计库内的，再给予奖励1万元。',
        '第五条　县商务局会同县市场监管局、县统计局、县税务局建立“个转企”培育库，开展上门辅导和跟踪服务。',
        '第六条　本办法自2022年6月1日起施行，有效期至2024年12月31日。',
      ],
    },
  },
  {
    slug: 'gong-ye-yong-di-biao-zhun-di-chu-rang-he-biao-zhun-chang-fang-zu-shou-guan-li-ban-fa',
    topic: 'land',
    docNumber: '示政发〔2024〕6号',
    issuer: COUNTY_GOVERNMENT,
    issuedAt: '2024-04-08',
    effectiveAt: '2024-05-01',
    expiresAt: '2029-04-30',
    title: {
      zh: '示范县工业用地“标准地”出让和标准厂房租售管理办法',
      en: 'Demo County Rules on “Standard Plot” Industrial Land and Standard Factory Space',
    },
    summary: {
      zh: '县工业园区和有色冶炼项目区新增工业用地原则上按“标准地”净地出让，可采取长期租赁、先租后让、弹性年期出让等方式供应；标准厂房可租可售，租金现行每月每平方米8元，符合招商引资政策的按规定减免。',
      en: 'New industrial land in the county industrial park and the non-ferrous smelting zone is normally sold as serviced “standard plots” with preset performance targets, and may also be leased long-term, leased with an option to buy, or sold for a shorter term. Standard factory space is available to rent or buy; rent is currently CNY 8 per m² a month, with reductions for projects that qualify under the county’s investment incentives.',
    },
    body: {
      zh: [
        '第一条　为提高工业用地供应效率和节约集约利用水平，加快项目落地，规范工业园区标准厂房租售管理，根据国家和省有关规定，结合本县实际，制定本办法。',
        '第二条　本办法所称“标准地”，是指在完成区域评估的基础上，明确固定资产投资强度、容积率、单位能耗、单位排放和亩均产出等控制性指标，具备通水、通电、通路、通信和场地平整等条件后出让的国有建设用地。县工业园区和有色冶炼项目区新增工业用地原则上按“标准地”出让。',
        '第三条　工业用地可采取长期租赁、先租后让、弹性年期出让等方式供应，出让年期一般为20年至50年，出让底价不得低于国家规定的工业用地出让最低价标准。竞得人应与园区管委会签订履约监管协议，约定开工、竣工、投产时间和控制性指标。',
        '第四条　县工业园区标准厂房优先保障招商引资工业项目和中小企业入驻，可租可售。租金标准由园区管委会会同县发展改革部门确定并公布，现行为每月每平方米8元；符合县级招商引资政策的，按有关规定减免租金。',
        '第五条　项目投产后，由园区管委会会同相关部门对控制性指标进行达产复核。未达到约定指标的，按履约监管协议追究违约责任；闲置满两年的土地依法收回。',
        '第六条　本办法自2024年5月1日起施行，有效期五年。',
      ],
      en: [
        'Article 1. These rules aim to supply industrial land faster, use it more efficiently, get projects started sooner and govern the renting and sale of standard factory space in the industrial park.',
        'Article 2. A “standard plot” is state-owned construction land that has been assessed in advance, comes with set targets for investment intensity, floor-area ratio, energy use, emissions and output per mu, and is delivered with water, power, road access, telecoms and a levelled site. New industrial land in the county industrial park and the non-ferrous smelting zone is normally supplied this way.',
        'Article 3. Industrial land may be leased long-term, leased with an option to buy, or sold for a term of usually 20 to 50 years. The reserve price may not be lower than the national minimum for industrial land. The buyer signs a performance agreement with the park administration setting dates for starting and finishing construction and for starting production, and the targets the project must meet.',
        'Article 4. Standard factory space in the county industrial park is available to rent or buy, with priority for industrial investment projects and small and medium-sized firms. Rent is set and published by the park administration with the county development and reform department and is currently CNY 8 per m² a month; projects that qualify under the county’s investment incentives receive the rent reductions they provide.',
        'Article 5. Once a project is in production, the park administration and the departments concerned check it against its targets. A project that falls short is liable under its performance agreement, and land left idle for two years is taken back as the law provides.',
        'Article 6. These rules take effect on 1 May 2024 for five years.',
      ],
    },
  },
  {
    slug: 'zhong-xiao-qi-ye-rong-zi-dan-bao-he-ying-ji-zhuan-dai-zi-jin-guan-li-ban-fa',
    topic: 'finance',
    docNumber: '示政办发〔2025〕21号',
    issuer: GOVERNMENT_OFFICE,
    issuedAt: '2025-07-15',
    effectiveAt: '2025-08-01',
    expiresAt: '2030-07-31',
    title: {
      zh: '示范县中小企业融资担保和应急转贷资金管理办法',
      en: 'Demo County Rules on Loan Guarantees and Bridging Funds for Small Businesses',
    },
    summary: {
      zh: '县财政安排5000万元设立中小企业应急转贷资金，单户最高1000万元、期限一般不超过15天；县融资担保公司对小微企业担保费率不超过1%，财政补贴0.5个百分点；返乡创业人员可申请最高30万元创业担保贷款。',
      en: 'A CNY 50 million county fund bridges small businesses between repaying a bank loan and drawing its renewal: up to CNY 10 million per firm, usually for no more than 15 days. The county guarantee company charges small firms no more than 1% a year, half a point of which the county pays. Returnees starting a business can borrow up to CNY 300,000 with a government-backed guarantee.',
    },
    body: {
      zh: [
        '为缓解中小微企业融资难、融资贵问题，规范县级应急转贷资金和融资担保业务管理，结合我县实际，制定本办法。',
        '一、资金来源和规模。县财政安排5000万元设立中小企业应急转贷资金，委托县融资担保有限公司管理运营，并逐年充实县融资担保公司资本金。',
        '二、应急转贷。对生产经营正常、贷款即将到期且银行已出具续贷意向的中小微企业，可申请使用应急转贷资金归还到期贷款。单户使用额度最高1000万元，使用期限一般不超过15天，资金使用费按日万分之一收取。',
        '三、融资担保。县融资担保公司对单户担保金额1000万元以下的小微企业和“三农”经营主体，担保费率不超过1%；县财政按实际担保额的0.5%给予担保费补贴。',
        '四、创业担保贷款。对符合条件的返乡创业人员、高校毕业生等个人，提供最高30万元的创业担保贷款；对吸纳就业达到规定人数的小微企业，贷款额度最高400万元，按规定给予财政贴息。',
        '五、风险防控。县财政局、县商务局和县金融工作部门建立联席会议制度，转贷资金实行专户管理、封闭运行；对骗取、挪用资金的企业，追回资金并依法纳入失信名单。本办法自2025年8月1日起施行，有效期五年。',
      ],
      en: [
        'These rules help small and micro businesses get credit at a reasonable cost and govern the county’s bridging fund and loan-guarantee business.',
        '1. Funding. The county budget provides CNY 50 million for a bridging fund managed by the county financing guarantee company, and adds to the guarantee company’s capital every year.',
        '2. Bridging loans. A small or medium-sized business that is trading normally, has a loan falling due and holds a bank’s written intention to renew it may use the fund to repay the old loan. The limit is CNY 10 million per business, usually for no more than 15 days, at a charge of 0.01% a day.',
        '3. Loan guarantees. For guarantees of up to CNY 10 million to small and micro businesses and farm businesses, the county guarantee company charges no more than 1% a year, and the county pays 0.5% of the guaranteed amount towards the fee.',
        '4. Start-up loans. Eligible returnees, recent graduates and other individuals can borrow up to CNY 300,000 with a government-backed guarantee; small businesses that hire enough people can borrow up to CNY 4 million. Interest is subsidised under the rules.',
        '5. Risk control. The Finance Bureau, the Bureau of Commerce and the county financial affairs office meet jointly to oversee the fund, which is kept in a separate account. Firms that obtain or use money fraudulently must repay it and are listed as untrustworthy as the law provides. These rules take effect on 1 August 2025 for five years.',
      ],
    },
  },
  {
    slug: 'zhi-chi-fan-xiang-chuang-ye-he-ren-cai-yin-jin-ruo-gan-cuo-shi',
    topic: 'talent',
    docNumber: '示政办发〔2026〕5号',
    issuer: GOVERNMENT_OFFICE,
    issuedAt: '2026-03-28',
    effectiveAt: '2026-04-01',
    expiresAt: '2029-03-31',
    title: {
      zh: '示范县支持返乡创业和人才引进若干措施',
      en: 'Demo County Measures to Support Returnee Entrepreneurs and Attract Talent',
    },
    summary: {
      zh: '返乡人员首次创业给予一次性补贴5000元，入驻返乡创业园三年免租；在外乡贤回乡投资实行“一事一议”；企业引进硕士以上或高级职称人才给予每月2000元生活补贴，博士或正高级职称人才另给予10万元安家补贴。',
      en: 'Returnees starting their first business receive CNY 5,000 and three years’ free space in the returnee business park; larger investments by people from the county who work elsewhere are negotiated case by case. Firms hiring staff with a master’s degree or a senior professional title receive CNY 2,000 a month towards their living costs, plus CNY 100,000 for a doctorate or full professorial title.',
    },
    body: {
      zh: [
        '为吸引在外乡贤、外出务工人员和各类人才返乡创业就业，为县域经济发展提供人才支撑，结合我县实际，制定本措施。',
        '一、支持返乡创业。返乡人员在我县首次创办企业或个体工商户并正常经营6个月以上的，给予一次性创业补贴5000元；入驻县返乡创业园的，三年内免收场地租金；符合条件的可申请创业担保贷款并享受财政贴息。',
        '二、鼓励乡贤回归投资。在外乡贤回乡投资工业项目、实际到位资金5000万元以上的，除享受全县招商引资政策外，另实行“一事一议”；引荐其他客商来县投资并落地的，按规定给予引荐奖励。',
        '三、引进紧缺人才。县内企业新引进全日制硕士研究生以上学历或具有高级职称的专业人才，签订3年以上劳动合同的，给予每人每月2000元生活补贴，期限三年；引进博士研究生或正高级职称人才的，另给予一次性安家补贴10万元。',
        '四、强化服务保障。返乡创业人员和引进人才的子女可在县城选择公办学校就读，本人可申请入住县人才公寓。县商会（在外乡贤联谊会）会同县人力资源社会保障局设立返乡创业服务站，提供政策咨询、项目对接和融资对接服务。',
        '五、本措施自2026年4月1日起施行，有效期三年，由县人力资源社会保障局会同县商务局负责解释。',
      ],
      en: [
        'These measures encourage people from the county who live and work elsewhere, migrant workers and skilled people of every kind to come back and start businesses or work here.',
        '1. Starting a business. A returnee who sets up a first company or sole-trader business in the county and trades for at least six months receives a one-off CNY 5,000. Space in the county returnee business park is rent-free for three years, and eligible founders can take out a government-guaranteed start-up loan with subsidised interest.',
        '2. Investing at home. On top of the county’s general incentives, an industrial project in which someone from the county invests CNY 50 million or more is negotiated case by case. Anyone who brings another investor whose project is set up in the county receives a finder’s award.',
        '3. Skilled staff. Firms in the county that hire a specialist with a full-time master’s degree or a senior professional title on a contract of at least three years receive CNY 2,000 a month per person for three years; for a doctorate or a full professorial title they receive a further one-off CNY 100,000 towards housing.',
        '4. Services. Children of returnee founders and recruited specialists may attend a public school of their choice in the county seat, and the specialists themselves may apply for a flat in the county’s housing for skilled staff. The county chamber of commerce and the human resources and social security bureau run a returnee service desk for advice, project matching and introductions to lenders.',
        '5. These measures take effect on 1 April 2026 for three years. The human resources and social security bureau and the Bureau of Commerce are responsible for their interpretation.',
      ],
    },
  },
  {
    slug: 'wai-mao-tong-guan-bian-li-hua-he-chu-kou-xin-yong-bao-xian-fu-chi-shi-shi-xi-ze',
    topic: 'trade',
    docNumber: '示商联发〔2025〕2号',
    issuer: {
      zh: '示范县商务局 示范县财政局',
      en: 'Demo County Bureau of Commerce and Demo County Finance Bureau',
    },
    issuedAt: '2025-05-06',
    effectiveAt: '2025-06-01',
    expiresAt: '2027-05-31',
    title: {
      zh: '示范县外贸企业通关便利化和出口信用保险扶持实施细则',
      en: 'Demo County Rules on Customs Facilitation and Export Credit Insurance Support',
    },
    summary: {
      zh: '落实开放型经济政策措施中的外贸扶持条款：通过海关高级认证的企业奖励5万元；出口信用保险保费补助50%，单户年度最高20万元，年出口300万美元以下的小微企业由县商务局统一投保；参加重点展会按展位费50%补助。每年1月申报上年度扶持资金。',
      en: 'Detailed rules for the trade support in the open-economy measures: CNY 50,000 for firms that earn customs AEO status; half the export credit insurance premium refunded, up to CNY 200,000 a year, with cover bought by the Bureau of Commerce for small exporters shipping under USD 3 million a year; half the stand fee for major trade fairs. Claims for the previous year are made each January.',
    },
    body: {
      zh: [
        '第一条　为落实《示范县加快发展开放型经济的若干政策措施》（示政发〔2025〕12号），提升通关效率，降低外贸企业经营风险，制定本细则。',
        '第二条　县商务局加强与海关等口岸部门的沟通协作，推动签订通关合作框架协议，争取海关在县工业园区设立办事机构。外贸企业可通过国际贸易“单一窗口”办理报关、出口退税等业务，县政务服务中心商务局窗口提供免费辅导。',
        '第三条　对首次通过海关高级认证（AEO）的企业，一次性奖励5万元。企业投保短期出口信用保险的，按实缴保费的50%给予补助，单户年度最高20万元；对年出口额300万美元以下的小微外贸企业，由县商务局统一投保，保费由县财政全额承担。',
        '第四条　企业参加县商务局组织或认可的境内外重点展会，按展位费的50%给予补助，单个展会最高3万元，单户年度最高10万元。',
        '第五条　扶持资金每年申报一次。企业于次年1月31日前向县商务局窗口提交申请表、海关进出口数据、保费缴纳凭证或参展证明等材料，经县商务局、县财政局审核并公示无异议后拨付。',
        '第六条　本细则自2025年6月1日起施行，有效期至2027年5月31日。',
      ],
      en: [
        'Article 1. These rules put into effect the trade provisions of the Measures to Accelerate the Open Economy (Shi Zheng Fa [2025] No. 12), to speed up customs clearance and reduce the risks foreign-trade firms face.',
        'Article 2. The Bureau of Commerce works with customs and the other border agencies towards a customs cooperation agreement and a customs office in the county industrial park. Traders can file declarations and claim export tax refunds through the national Single Window; the Bureau of Commerce window at the County Government Service Centre helps them free of charge.',
        'Article 3. Firms that gain customs Authorised Economic Operator (AEO) status for the first time receive CNY 50,000. Half of the premium for short-term export credit insurance is refunded, up to CNY 200,000 per firm a year; for small exporters shipping less than USD 3 million a year, the Bureau of Commerce buys the cover and the county pays the whole premium.',
        'Article 4. For trade fairs in China or abroad organised or approved by the Bureau of Commerce, half the stand fee is refunded, up to CNY 30,000 per fair and CNY 100,000 per firm a year.',
        'Article 5. Claims are made once a year. By 31 January, firms submit the application form, customs trade data and proof of premiums paid or of attendance at fairs to the Bureau of Commerce window. Payments are made after the Bureau of Commerce and the Finance Bureau have checked the claims and published the results without objection.',
        'Article 6. These rules apply from 1 June 2025 to 31 May 2027.',
      ],
    },
  },
  {
    slug: 'you-se-jin-shu-chan-ye-lian-zhao-shang-he-pei-tao-qi-ye-fu-chi-ban-fa',
    topic: 'industry',
    docNumber: '示政发〔2026〕9号',
    issuer: COUNTY_GOVERNMENT,
    issuedAt: '2026-05-20',
    effectiveAt: '2026-06-01',
    expiresAt: '2029-05-31',
    title: {
      zh: '示范县有色金属产业链招商和配套企业扶持办法',
      en: 'Demo County Support for Non-ferrous Metals Supply-Chain Investment',
    },
    summary: {
      zh: '重点引进铜铝合金、压延加工、精密零部件和冶炼渣综合利用企业及园区配套服务企业。新引进精深加工项目按设备投资额5%补助，单个最高500万元；对园区企业本地配套采购和以商招商给予奖励。',
      en: 'Targets copper and aluminium alloys, rolling, precision parts, slag recovery and service suppliers for the parks. New processing projects receive 5% of their equipment investment, up to CNY 5 million; the county also rewards park firms that buy from local suppliers and firms that bring their own suppliers and customers to the county.',
    },
    body: {
      zh: [
        '为加快有色金属产业延链补链强链，提升县工业园区和有色冶炼项目区产业配套能力，结合我县实际，制定本办法。',
        '一、支持方向。重点引进铜铝合金材料、有色金属压延加工、精密零部件、冶炼渣和废旧金属综合利用等企业，以及为园区企业提供包装、物流、检测和设备维修等配套服务的企业。',
        '二、入园奖励。新引进有色金属精深加工项目，固定资产投资5000万元以上且当年开工建设的，项目投产后按实际设备投资额的5%给予补助，单个项目最高500万元。',
        '三、本地配套奖励。园区企业年度本地配套采购额首次超过1000万元的，对采购企业给予10万元奖励；配套企业向园区企业供货金额首次超过500万元的，给予配套企业5万元奖励。',
        '四、以商招商奖励。已落户企业引进上下游企业来县投资，新项目实际到位资金1亿元以上的，给予引荐企业20万元奖励。',
        '五、本办法自2026年6月1日起施行，有效期三年。与《示范县加快发展开放型经济的若干政策措施》重复的扶持事项，按“从高不重复”原则执行。',
      ],
      en: [
        'These measures aim to lengthen and strengthen the non-ferrous metals chain and give the county industrial park and the non-ferrous smelting zone the suppliers they lack.',
        '1. What the county is looking for. Makers of copper and aluminium alloys, rolled products and precision parts; firms that recover metals from smelting slag and scrap; and service firms providing packaging, logistics, testing and equipment repair to the parks.',
        '2. Investment grant. A new non-ferrous processing project with fixed-asset investment of CNY 50 million or more that starts construction in the year it signs receives 5% of its equipment investment once in production, up to CNY 5 million.',
        '3. Buying locally. A park firm whose purchases from local suppliers first pass CNY 10 million in a year receives CNY 100,000; a supplier whose sales to park firms first pass CNY 5 million receives CNY 50,000.',
        '4. Bringing partners. A firm already in the county that brings a supplier or customer whose new project pays in CNY 100 million or more receives CNY 200,000.',
        '5. These measures take effect on 1 June 2026 for three years. Where they overlap with the Measures to Accelerate the Open Economy, a project receives the more favourable support, not both.',
      ],
    },
  },
  {
    slug: 'shang-wu-ling-yu-hang-ye-guan-li-he-zong-he-zhi-fa-shi-shi-ban-fa',
    topic: 'market',
    docNumber: '示商发〔2025〕9号',
    issuer: BUREAU,
    issuedAt: '2025-09-10',
    effectiveAt: '2025-10-01',
    expiresAt: '2030-09-30',
    title: {
      zh: '示范县商务领域行业管理和综合执法实施办法',
      en: 'Demo County Rules on Regulating and Inspecting Commercial Trades',
    },
    summary: {
      zh: '明确生猪定点屠宰、酒类流通、成品油零售、再生资源回收、餐饮、住宿、家政服务和典当等行业的管理要求；成品油零售经营资格、酒类批发许可和零售备案统一在县政务服务中心商务局窗口受理；县商务综合执法大队实行“双随机、一公开”监管。',
      en: 'Sets out how the county regulates hog slaughtering, alcohol distribution, refined-oil retail, recycling, catering, lodging, domestic services and pawnbroking. Applications for refined-oil retail approval, alcohol wholesale licences and alcohol retail registration all go to the Bureau of Commerce window at the County Government Service Centre. The bureau’s inspection team checks businesses chosen at random and publishes the results.',
    },
    body: {
      zh: [
        '第一条　为加强商务领域行业管理，规范市场经营秩序，维护消费者和经营者合法权益，根据有关法律法规和省、市有关规定，结合本县实际，制定本办法。',
        '第二条　本办法适用于本县行政区域内生猪定点屠宰、酒类流通、成品油零售、再生资源回收、餐饮、住宿、家政服务和典当等行业的经营活动及其监督管理。',
        '第三条　从事成品油零售经营的，应当取得成品油零售经营批准证书，加油站（点）布局应当符合县成品油零售网点发展规划。从事酒类批发的，应当依法取得酒类批发经营许可；从事酒类零售的，应当向县商务局办理备案登记。相关申请统一在县政务服务中心商务局窗口受理。',
        '第四条　县商务综合执法大队负责商务领域日常监督检查，实行“双随机、一公开”监管，会同市场监管、应急管理、公安等部门开展联合检查，重点查处无证经营成品油、销售假冒伪劣酒类、私屠滥宰等违法行为。',
        '第五条　县商务局建立行业经营者信用档案，对守法诚信经营者在评先评优、项目扶持等方面优先考虑，对严重违法失信者依法实施联合惩戒。',
        '第六条　本办法自2025年10月1日起施行，有效期五年。',
      ],
      en: [
        'Article 1. These rules strengthen the regulation of commercial trades, keep markets orderly and protect the lawful interests of consumers and businesses, in line with national law and provincial and municipal rules.',
        'Article 2. They cover hog slaughtering, alcohol distribution, refined-oil retail, recycling, catering, lodging, domestic services and pawnbroking in the county.',
        'Article 3. Selling refined oil at retail requires a refined-oil retail approval certificate, and filling stations must fit the county’s filling-station network plan. Alcohol wholesalers need an alcohol wholesale licence; alcohol retailers must register with the Bureau of Commerce. All these applications are made at the Bureau of Commerce window of the County Government Service Centre.',
        'Article 4. The bureau’s commercial inspection team carries out routine inspections of businesses and inspectors chosen at random and publishes the results. With market regulation, emergency management and the police it runs joint inspections aimed at unlicensed fuel sales, fake or substandard alcohol and illegal slaughtering.',
        'Article 5. The Bureau of Commerce keeps a compliance record for every business in these trades. Businesses with a clean record are favoured for awards and project support; serious offenders face joint penalties under the law.',
        'Article 6. These rules take effect on 1 October 2025 for five years.',
      ],
    },
  },
  {
    slug: 'cheng-jie-chan-ye-zhuan-yi-fu-chi-ban-fa',
    topic: 'industry',
    docNumber: '示政发〔2026〕18号',
    issuer: COUNTY_GOVERNMENT,
    issuedAt: '2026-11-20',
    effectiveAt: '2027-01-01',
    expiresAt: '2029-12-31',
    title: {
      zh: '示范县承接产业转移扶持办法',
      en: 'Demo County Support for Businesses Relocating from Other Regions',
    },
    summary: {
      zh: '重点承接有色金属精深加工、新型建材、五金机电、纺织服装和农产品加工等产业。整体搬迁来县的企业按设备搬迁和安装费用的30%给予补助，单户最高200万元，可租用标准厂房过渡生产；依托劳务输出平台定向招聘培训本地劳动力。本办法自2027年1月1日起施行。',
      en: 'For firms moving production to the county in non-ferrous processing, building materials, hardware and electrical goods, textiles and clothing, or food processing. Firms that relocate entirely receive 30% of the cost of moving and installing their equipment, up to CNY 2 million, and can rent standard factory space while they build. The county recruits and trains local workers for them. These measures take effect on 1 January 2027.',
    },
    body: {
      zh: [
        '为抢抓东部地区产业梯度转移机遇，提高承接产业转移的规模和质量，结合我县实际，制定本办法。',
        '一、承接重点。重点承接有色金属精深加工、新型建材、五金机电、纺织服装和农产品加工等产业，鼓励企业整体搬迁、设立生产基地和区域总部。',
        '二、搬迁补助。对整体搬迁来县的企业，按设备搬迁和安装费用的30%给予补助，单户最高200万元。新建厂房用地按“标准地”方式优先供应，建设期间可租用县工业园区标准厂房过渡生产。',
        '三、用工保障。县人力资源社会保障局和县商务局依托劳务输出平台，为承接转移企业定向招聘和培训本地劳动力，按规定给予岗前培训补贴。',
        '四、资金来源。本办法所需资金从上级承接产业转移引导资金和县级财政预算中统筹安排。',
        '五、本办法自2027年1月1日起施行，有效期三年。',
      ],
      en: [
        'These measures help the county take on industries moving inland from the eastern provinces, and attract more and better of them.',
        '1. Target industries. Non-ferrous processing, new building materials, hardware and electrical goods, textiles and clothing, and food processing. The county welcomes whole-company moves, new production bases and regional headquarters.',
        '2. Relocation grant. A firm that moves its whole operation to the county receives 30% of the cost of moving and installing its equipment, up to CNY 2 million. Land for new factories is supplied first as serviced “standard plots”, and the firm may rent standard factory space in the county industrial park while it builds.',
        '3. Workforce. The human resources and social security bureau and the Bureau of Commerce use the county’s labour-service platform to recruit and train local workers for relocating firms, with pre-employment training subsidies under the rules.',
        '4. Funding. The measures are paid for from higher-level funds for industrial relocation and the county budget.',
        '5. These measures take effect on 1 January 2027 for three years.',
      ],
    },
  },
  {
    slug: 'biao-zhun-chang-fang-zu-jin-bu-tie-zan-xing-ban-fa',
    topic: 'land',
    docNumber: '示商发〔2023〕6号',
    issuer: { zh: '示范县商务局' },
    issuedAt: '2023-03-01',
    effectiveAt: '2023-04-01',
    expiresAt: '2027-03-31',
    repealedAt: '2024-05-01',
    title: { zh: '示范县标准厂房租金补贴暂行办法' },
    summary: {
      zh: '对入驻县工业园区标准厂房的企业，前三年按租金的50%给予补贴。本办法已于2024年5月1日废止，标准厂房租售改按《示范县工业用地“标准地”出让和标准厂房租售管理办法》执行。',
    },
    body: {
      zh: [
        '第一条　为加快标准厂房招商入驻，降低企业初创期成本，制定本办法。',
        '第二条　入驻县工业园区标准厂房、从事工业生产的企业，自入驻之日起三年内按实际缴纳租金的50%给予补贴。',
        '第三条　本办法自2023年4月1日起施行，有效期四年。',
        '（本办法已于2024年5月1日废止。）',
      ],
    },
  },
]
