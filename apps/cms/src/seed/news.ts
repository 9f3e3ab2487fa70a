import type { Bi, SeedNews } from './types'

const BUREAU: Bi = { zh: '示范县商务局', en: 'Demo County Bureau of Commerce' }
const CHAMBER: Bi = { zh: '示范县商会', en: 'Demo County Chamber of Commerce' }

/**
 * Demo news, June to November 2026: investment news (招商动态), chamber news
 * (商会动态) and notices (通知公告). Two items have no English translation yet.
 */
export const seedNews: SeedNews[] = [
  {
    slug: 'jin-shan-shang-ye-guang-chang-qian-shu-tou-zi-kuang-jia-xie-yi',
    category: 'investment',
    publishedAt: '2026-06-09T17:30:00+08:00',
    author: BUREAU,
    coverColor: '#2c5d7c',
    title: {
      zh: '金山商业广场项目签署投资框架协议',
      en: 'Jinshan Commercial Plaza signs investment framework agreement',
    },
    excerpt: {
      zh: '6月9日，县人民政府与金山商业广场项目投资方签署投资框架协议。项目计划总投资5.8亿元，将在县城新区建设集购物、餐饮、影院于一体的商业综合体。',
      en: 'On 9 June the county government and the investor behind Jinshan Commercial Plaza signed a framework agreement for a CNY 580 million shopping, dining and cinema complex in the new town.',
    },
    body: {
      zh: [
        '6月9日下午，示范县人民政府与金山商业广场项目投资方在县行政中心举行投资框架协议签约仪式。县政府主要领导、分管领导和县商务局、县自然资源局、县住建局等部门负责人出席签约仪式。',
        '金山商业广场项目计划总投资5.8亿元，选址县城新区金山大道，规划用地约85亩，总建筑面积约12万平方米，将建设购物中心、特色餐饮街区、影院和地下停车场。项目建成后预计可提供就业岗位1200个，有效补齐县城大型商业设施短板。',
        '根据协议，双方将在三个月内完成项目可行性研究和用地出让前期工作，力争年内签订正式投资合同。县商务局已为项目明确一名服务专员，对立项、环评、用地和证照办理实行全程代办。',
      ],
      en: [
        'On the afternoon of 9 June, Demo County People’s Government and the investor behind Jinshan Commercial Plaza signed an investment framework agreement at the county administrative centre, in the presence of the county’s leaders and the heads of the commerce, natural resources and housing departments.',
        'The CNY 580 million project will occupy about 85 mu (5.7 ha) on Jinshan Avenue in the new town, with some 120,000 m² of floor space for a shopping centre, a dining street, a cinema and underground parking. It is expected to create about 1,200 jobs and give the county seat the large shopping centre it lacks.',
        'Under the agreement, the two sides will finish the feasibility study and prepare the land sale within three months, aiming to sign the full investment contract before the end of the year. The Bureau of Commerce has assigned a service officer to handle project approval, environmental assessment, land and licences on the investor’s behalf.',
      ],
    },
  },
  {
    slug: 'zai-wai-xiang-xian-duan-wu-fan-xiang-chuang-ye-ken-tan-hui',
    category: 'chamber',
    publishedAt: '2026-06-20T19:00:00+08:00',
    author: CHAMBER,
    coverColor: '#7a4a2e',
    title: {
      zh: '县商会举办端午返乡创业恳谈会',
      en: 'Chamber hosts Dragon Boat Festival meeting for returnee entrepreneurs',
    },
    excerpt: {
      zh: '端午假期，示范县商会邀请40余名在外乡贤和返乡创业代表座谈，介绍返乡创业扶持政策，对12名有投资意向的乡贤建立联络台账。',
      en: 'Over the Dragon Boat Festival holiday the chamber met more than 40 people from the county who work elsewhere and returnee founders, explained the support on offer, and started following up with 12 who are thinking of investing at home.',
    },
    body: {
      zh: [
        '6月20日，示范县商会（在外乡贤联谊会）利用端午假期举办返乡创业恳谈会，来自广东、浙江、江苏、上海等地的40余名在外乡贤和返乡创业代表参加。',
        '恳谈会上，县商务局介绍了《示范县支持返乡创业和人才引进若干措施》和县工业园区、返乡创业园的入驻条件，县人力资源社会保障局和县内银行机构分别解读了创业补贴和创业担保贷款政策。与会乡贤围绕农产品加工、电子商务和乡村旅游等领域，交流了返乡创业的想法和顾虑。',
        '会后，县商会为有意向返乡投资的12名乡贤建立了联络台账，由商会秘书处专人跟踪，提供项目对接服务。',
      ],
      en: [
        'On 20 June, during the Dragon Boat Festival holiday, the Demo County Chamber of Commerce (Hometown Entrepreneurs’ Association) held a meeting for returnee entrepreneurs. More than 40 people from the county now working in Guangdong, Zhejiang, Jiangsu and Shanghai took part, along with founders who have already come back.',
        'The Bureau of Commerce presented the county’s new measures for returnee entrepreneurs and talent and explained how to get space in the industrial park and the returnee business park. The human resources bureau and local banks explained start-up grants and guaranteed start-up loans. Participants shared their ideas, and their doubts, about starting businesses at home in food processing, e-commerce and rural tourism.',
        'Afterwards the chamber opened a contact file for 12 participants who are considering investing at home; a member of the chamber secretariat will follow up with each of them and introduce suitable projects.',
      ],
    },
  },
  {
    slug: 'qing-lan-da-li-shi-jia-gong-xiang-mu-di-er-lun-kao-cha',
    category: 'investment',
    publishedAt: '2026-06-25T10:00:00+08:00',
    author: BUREAU,
    coverColor: '#3d6b4f',
    title: {
      zh: '青兰大理石加工项目投资方来县开展第二轮实地考察',
      en: 'Qinglan marble investor returns for a second site visit',
    },
    excerpt: {
      zh: '青兰大理石加工项目投资方察看了矿区、标准厂房和拟选址地块，与县直部门就用地、资源供应和环保要求深入洽谈。',
      en: 'The investor in the Qinglan marble processing project toured the quarry, the standard factory buildings and the proposed site, and discussed land, stone supply and environmental requirements with county departments.',
    },
    body: {
      zh: [
        '6月23日至24日，青兰大理石加工项目投资方一行来县开展第二轮实地考察，先后察看了大理石矿区、县工业园区标准厂房和拟选址地块，并与县商务局、县自然资源局、生态环境分局就用地指标、矿产资源供应和环保要求进行了深入洽谈。',
        '项目计划总投资1.2亿元，拟建设荒料切割、板材加工和异型石材生产线，年加工板材约80万平方米，并配套建设石材废料综合利用生产线。投资方表示，本地大理石储量丰富、品质稳定，园区标准厂房可以缩短建设周期，对项目前景充满信心。',
        '县商务局负责人表示，将按照项目跟踪责任制要求，落实专人跟踪对接，加快推进用地报批和环评等前期工作，争取项目早日签约落地。',
      ],
      en: [
        'On 23 and 24 June the investor in the Qinglan marble processing project made a second visit to the county. The team toured the marble quarry, the standard factory buildings in the industrial park and the proposed site, and held detailed talks with the commerce, natural resources and environment departments on land allocation, stone supply and environmental requirements.',
        'The CNY 120 million project would cut blocks and produce slabs and shaped stone, about 800,000 m² of slabs a year, with a line that turns offcuts into other products. The investor said the county’s large reserves of consistent marble, and the option of starting in ready-built factory space, made the team confident about the project.',
        'The head of the Bureau of Commerce said a named officer would follow the project and push ahead with the land and environmental approvals so that the contract can be signed as soon as possible.',
      ],
    },
  },
  {
    slug: 'wan-cun-qian-xiang-shi-chang-gong-cheng-nong-jia-dian-shen-bao-tong-zhi',
    category: 'notice',
    publishedAt: '2026-06-30T09:00:00+08:00',
    author: BUREAU,
    coverColor: '#5b4a7a',
    title: {
      zh: '关于开展2026年“万村千乡市场工程”农家店申报工作的通知',
      en: 'Applications open for 2026 village store subsidies',
    },
    excerpt: {
      zh: '2026年全县计划新建直营农家店30家、乡镇商贸中心3个，信息化改造农家店50家。承办企业请于7月31日前向县商务局提交申报材料。',
      en: 'In 2026 the county plans 30 new directly run village stores, 3 township trade centres and 50 store upgrades with electronic tills. Operators should apply to the Bureau of Commerce by 31 July.',
    },
    body: {
      zh: [
        '各乡镇，各有关企业：根据《示范县2026年“万村千乡市场工程”建设实施方案》（示商发〔2026〕3号），现就2026年农家店和乡镇商贸中心申报工作通知如下。',
        '一、申报条件。申报企业应为在本县依法登记、具有连锁经营和统一配送能力的商贸流通企业。直营农家店营业面积不少于60平方米，乡镇商贸中心营业面积不少于1000平方米，选址应避开已建农家店的服务半径。',
        '二、申报材料。申报表、营业执照复印件、店址租赁或产权证明、门店平面图和建设计划，信息化改造项目另附设备采购清单。请于2026年7月31日前将纸质材料报送县商务局流通股，电子版发送至 ltg@example.gov.cn。',
        '三、补助标准。经验收合格的直营农家店每家补助1万元，乡镇商贸中心每个补助20万元，信息化改造农家店每家补助3000元，实行先建后补。联系电话：0000-1234568。',
      ],
      en: [
        'To the townships and businesses concerned: under the county’s 2026 plan for the Ten Thousand Villages and Thousand Townships Market Programme (Shi Shang Fa [2026] No. 3), applications are now open for village stores and township trade centres.',
        '1. Who can apply. Retail and distribution companies registered in the county that operate a chain with central delivery. Village stores need at least 60 m² of sales space and township trade centres at least 1,000 m², and new stores should not overlap the catchment of an existing one.',
        '2. What to send. The application form, a copy of the business licence, the lease or title for the premises, a floor plan and a building schedule; for till and system upgrades, also the equipment list. Send the paper documents to the distribution section of the Bureau of Commerce by 31 July 2026 and an electronic copy to ltg@example.gov.cn.',
        '3. Subsidies. After inspection, each new village store receives CNY 10,000, each township trade centre CNY 200,000 and each upgraded store CNY 3,000, paid once the work is complete. Enquiries: 0000-1234568.',
      ],
    },
  },
  {
    slug: 'fu-guang-dong-kai-zhan-chan-ye-lian-zhao-shang-tui-jie',
    category: 'investment',
    publishedAt: '2026-07-17T15:00:00+08:00',
    author: BUREAU,
    coverColor: '#8a6d2f',
    title: {
      zh: '县商务局赴广东开展产业链招商推介活动',
      en: 'Bureau of Commerce takes the county’s pitch to Guangdong',
    },
    excerpt: {
      zh: '7月13日至16日，县商务局赴深圳、东莞走访企业12家，举办投资环境推介会，收集投资意向信息9条。',
      en: 'From 13 to 16 July the bureau visited 12 firms in Shenzhen and Dongguan, held an investment seminar and came back with 9 leads.',
    },
    body: {
      zh: [
        '7月13日至16日，县商务局带队赴广东深圳、东莞等地开展产业链招商推介活动，先后走访五金机电、有色金属加工和电子信息企业12家，并举办示范县投资环境推介会。',
        '推介会上，县商务局介绍了县工业园区、有色冶炼项目区的产业基础、要素保障和招商引资优惠政策，重点推介了有色金属精深加工产业园、工业园区标准厂房二期等项目。珠三角地区60余名企业家和在粤示范县籍乡贤参加推介会。',
        '此次活动共收集投资意向信息9条，其中3家企业表示将于近期来县实地考察。县商务局已对意向项目建立台账，实行一月一调度，跟踪推进项目落地。',
      ],
      en: [
        'From 13 to 16 July a Bureau of Commerce delegation promoted the county along the industrial supply chain in Shenzhen, Dongguan and other cities in Guangdong, visiting 12 hardware, non-ferrous processing and electronics firms and hosting a seminar on investing in Demo County.',
        'At the seminar the bureau presented the industrial base, land and utilities, and incentives of the county industrial park and the non-ferrous smelting zone, with a focus on the planned non-ferrous processing park and phase II of the standard factory buildings. More than 60 business people from the Pearl River Delta attended, among them entrepreneurs from Demo County now based in Guangdong.',
        'The trip produced 9 investment leads, and 3 firms said they would visit the county soon. Each lead now has a file and an officer, and progress is reviewed every month.',
      ],
    },
  },
  {
    slug: 'cheng-pin-you-liu-tong-ling-yu-zhuan-xiang-jian-cha-tong-zhi',
    category: 'notice',
    publishedAt: '2026-07-21T09:30:00+08:00',
    author: BUREAU,
    coverColor: '#2f7272',
    title: {
      zh: '关于开展成品油流通领域专项检查的通知',
      en: 'Notice of a special inspection of refined-oil retailers',
    },
    excerpt: {
      zh: '8月1日至9月30日，县商务局会同县市场监管局、县应急管理局、县公安局开展成品油流通领域专项检查，各经营企业须于7月31日前完成自查。',
      en: 'From 1 August to 30 September the Bureau of Commerce, with market regulation, emergency management and the police, will inspect fuel retailers. Every retailer must complete a self-check by 31 July.',
    },
    body: {
      zh: [
        '为规范全县成品油市场秩序，保障成品油质量和经营安全，县商务局决定于2026年8月1日至9月30日，会同县市场监管局、县应急管理局、县公安局在全县开展成品油流通领域专项检查。',
        '检查重点：一是加油站（点）是否持有有效的成品油零售经营批准证书并按核定范围经营；二是是否存在无证经营、流动加油车非法售油和“黑加油站点”；三是进货渠道是否合法，油品质量和计量是否合规；四是安全管理制度和消防设施是否落实到位。',
        '各成品油经营企业应于7月31日前完成自查，填写自查表报县政务服务中心商务局窗口。对检查中发现的违法违规行为，将依法依规严肃处理。欢迎社会各界监督举报，举报电话：0000-1234599。',
      ],
      en: [
        'To keep the county’s fuel market orderly and make sure fuel is safe and of proper quality, the Bureau of Commerce will inspect the refined-oil trade across the county from 1 August to 30 September 2026, together with the market regulation bureau, the emergency management bureau and the police.',
        'Inspectors will check that filling stations hold a valid refined-oil retail approval certificate and sell only what it covers; look for unlicensed sellers, illegal sales from mobile tankers and unauthorised filling points; check where fuel is bought and that quality and pump calibration meet the rules; and check safety management and fire equipment.',
        'Every fuel retailer must carry out a self-check and hand the completed form to the Bureau of Commerce window at the County Government Service Centre by 31 July. Violations found will be dealt with under the law. Members of the public can report problems on 0000-1234599.',
      ],
    },
  },
  {
    slug: 'shang-hui-zou-fang-zai-zhe-xiang-xian-qi-ye',
    category: 'chamber',
    publishedAt: '2026-07-30T18:00:00+08:00',
    author: CHAMBER,
    coverColor: '#7c3b4a',
    title: {
      zh: '县商会赴浙江走访在外乡贤企业',
      en: 'Chamber visits county entrepreneurs in Zhejiang',
    },
    excerpt: {
      zh: '县商会组织会员代表赴杭州、宁波、义乌走访乡贤企业8家并召开在浙乡贤座谈会，2家企业有意来县设立生产基地。',
      en: 'Chamber members visited eight firms run by people from the county in Hangzhou, Ningbo and Yiwu and met the Zhejiang community; two firms are interested in opening production in the county.',
    },
    body: {
      zh: [
        '7月27日至29日，示范县商会组织会员代表赴浙江杭州、宁波、义乌等地，走访在外乡贤企业8家，并召开在浙乡贤座谈会。',
        '座谈会上，在浙乡贤介绍了各自企业在小商品、五金和服装等领域的发展情况，对家乡营商环境、园区配套和物流成本等问题提出了意见建议。商会秘书处对意见建议逐条记录，将转交县有关部门研究办理。',
        '走访期间，2家乡贤企业表示有意在县工业园区租用标准厂房设立生产基地，商会将协调县商务局安排专人对接。',
      ],
      en: [
        'From 27 to 29 July a delegation of chamber members travelled to Hangzhou, Ningbo, Yiwu and other cities in Zhejiang, visiting eight firms run by people from Demo County and meeting the wider county community in the province.',
        'At the meeting, entrepreneurs described how their businesses in small commodities, hardware and clothing are doing and spoke frankly about the county’s business climate, the industrial park’s shortcomings and freight costs. The chamber secretariat recorded every point and will pass them to the county departments concerned.',
        'Two of the firms said they would like to rent standard factory space in the county industrial park for a production base; the chamber will arrange for the Bureau of Commerce to assign them a contact.',
      ],
    },
  },
  {
    slug: 'jin-huang-ran-qi-xiang-mu-qian-ding-he-zuo-yi-xiang-shu',
    category: 'investment',
    publishedAt: '2026-08-06T11:00:00+08:00',
    author: BUREAU,
    coverColor: '#4a5f2c',
    title: {
      zh: '金煌燃气项目签订合作意向书',
      en: 'Letter of intent signed for Jinhuang gas network',
    },
    excerpt: {
      zh: '县人民政府与金煌燃气项目投资方签订合作意向书，项目计划总投资8000万元，建设天然气门站、中压管网和加气站。',
      en: 'The county government and the Jinhuang gas investor signed a letter of intent for a CNY 80 million gate station, medium-pressure network and filling station.',
    },
    body: {
      zh: [
        '8月5日，县人民政府与金煌燃气项目投资方签订合作意向书。项目计划总投资8000万元，将建设天然气门站、中压输气管网和加气站，为县城居民和县工业园区企业提供管道天然气。',
        '目前县工业园区企业对天然气需求迫切，有色冶炼、建材等企业年用气需求预计超过2000万立方米。项目建成后，将补齐园区基础设施短板，降低企业用能成本。',
        '下一步，县住建局、县商务局将会同投资方编制管道燃气特许经营实施方案并组织评审，依法依规推进特许经营权授予，力争年内签订正式合同。',
      ],
      en: [
        'On 5 August the county government and the investor in the Jinhuang gas project signed a letter of intent. The CNY 80 million project will build a natural-gas gate station, a medium-pressure network and a filling station to supply piped gas to homes in the county seat and firms in the industrial park.',
        'Park firms urgently need gas: smelting and building-materials companies alone expect to use more than 20 million m³ a year. The project will close one of the park’s main infrastructure gaps and cut firms’ energy costs.',
        'Next, the housing and construction bureau and the Bureau of Commerce will work with the investor on the piped-gas franchise plan and its review, and award the franchise through the procedure the law requires, aiming to sign the full contract before the end of the year.',
      ],
    },
  },
  {
    slug: 'zhong-qiu-guo-qing-qi-jian-jiu-lei-shi-chang-jian-guan-tong-zhi',
    category: 'notice',
    publishedAt: '2026-09-01T09:00:00+08:00',
    author: BUREAU,
    coverColor: '#365a8c',
    title: {
      zh: '关于做好中秋国庆期间酒类市场监管工作的通知',
      en: 'Notice on alcohol market supervision over the Mid-Autumn and National Day holidays',
    },
    excerpt: {
      zh: '中秋、国庆期间是酒类消费旺季。县商务局将开展酒类市场专项检查，重点查处无证批发、未备案零售和销售假冒伪劣酒类行为。',
      en: 'The holidays are peak season for alcohol sales. The bureau will inspect the alcohol trade, targeting unlicensed wholesalers, unregistered retailers and fake or substandard products.',
    },
    body: {
      zh: [
        '中秋、国庆“双节”临近，酒类消费进入旺季。为保障节日期间酒类商品质量安全，维护消费者合法权益，县商务局将于9月10日至10月10日会同县市场监管局开展酒类市场专项检查。',
        '检查重点包括：酒类批发企业是否取得酒类批发经营许可，零售经营者是否办理备案登记；是否建立并执行进货查验和索证索票制度；是否存在销售假冒伪劣、侵犯注册商标专用权酒类商品，以及向未成年人售酒等行为。',
        '尚未办理许可或备案的经营者，请于9月9日前到县政务服务中心二楼商务局窗口办理，零售备案当场办结。咨询电话：0000-1234503。',
      ],
      en: [
        'The Mid-Autumn Festival and National Day holidays are the busiest time of year for alcohol sales. To keep products safe and protect consumers, the Bureau of Commerce and the market regulation bureau will inspect the alcohol trade from 10 September to 10 October.',
        'Inspectors will check that wholesalers hold an alcohol wholesale licence and retailers have registered; that businesses check and keep the paperwork for what they buy; and that no one sells fake, substandard or counterfeit-brand alcohol or sells alcohol to minors.',
        'Businesses that have not yet obtained a licence or registered should visit the Bureau of Commerce window on the second floor of the County Government Service Centre before 9 September; retail registration is completed while you wait. Enquiries: 0000-1234503.',
      ],
    },
  },
  {
    slug: 'biao-zhun-chang-fang-er-qi-jian-she-jin-zhan-shun-li',
    category: 'investment',
    publishedAt: '2026-09-03T16:00:00+08:00',
    author: BUREAU,
    coverColor: '#8c5a3c',
    title: {
      zh: '工业园区标准厂房二期建设进度追回',
      en: 'Standard factory phase II back on schedule',
    },
    excerpt: {
      zh: '截至8月底，标准厂房二期已完成4栋厂房主体结构施工，完成投资约9900万元；受降雨和征地影响滞后的工期已基本追回。',
      en: 'By the end of August four buildings of phase II had their main structure up and about CNY 99 million had been spent; the delays caused by rain and land acquisition have largely been made up.',
    },
    body: {
      zh: [
        '截至8月底，县工业园区标准厂房二期项目已完成4栋厂房主体结构施工，完成投资约9900万元，占计划总投资的55%。项目规划建设标准厂房8万平方米，同步建设园区道路、供水和供电管网。',
        '受上半年持续降雨和部分地块征地进度影响，项目一度滞后于计划。县商务局会同园区管委会实行每周调度，协调解决征地、用电接入等问题，施工单位增加作业班组，目前工程进度已基本追回。',
        '标准厂房二期建成后可拎包入驻，实行租售并举。已有3家五金机电和服装加工企业签订入驻意向协议，意向租用面积约1.5万平方米。',
      ],
      en: [
        'By the end of August the main structure of four buildings in phase II of the industrial park’s standard factory space was complete, with about CNY 99 million, or 55% of the budget, spent. Phase II will provide 80,000 m² of factory space together with park roads, water and power.',
        'Weeks of rain in the first half of the year and slow land acquisition on some plots had put the work behind schedule. The Bureau of Commerce and the park administration met weekly to settle land and grid-connection issues, the contractor added crews, and the delay has now largely been made up.',
        'The buildings will be ready to move into, for rent or sale. Three hardware and clothing firms have signed letters of intent for about 15,000 m².',
      ],
    },
  },
  {
    slug: 'zai-wai-xiang-xian-lian-yi-hui-guang-dong-fen-hui-cheng-li',
    category: 'chamber',
    publishedAt: '2026-09-13T20:00:00+08:00',
    author: CHAMBER,
    coverColor: '#4d6e6e',
    title: {
      zh: '示范县在外乡贤联谊会广东分会成立',
      en: 'Guangdong branch of the county’s hometown association founded',
    },
    excerpt: {
      zh: '9月12日，示范县在外乡贤联谊会广东分会在深圳成立，首批会员86名，将在信息交流、返乡投资和融资互助等方面搭建联系家乡的平台。',
      en: 'The Guangdong branch of the association of Demo County people working elsewhere was founded in Shenzhen on 12 September with 86 members, giving them a link home for news, investment and mutual financial help.',
    },
    body: {
      zh: [
        '9月12日，示范县在外乡贤联谊会广东分会成立大会在深圳召开，首批会员86名，主要来自五金机电、电子信息、物流和餐饮等行业。县商会、县商务局负责人到会祝贺。',
        '大会审议通过了分会章程，选举产生了分会第一届理事会。分会将定期组织会员联谊和考察家乡活动，及时发布家乡招商项目和农产品供求信息，为会员返乡投资创业和互助融资牵线搭桥。',
        '县商务局在会上推介了金山商业广场、农产品冷链物流中心等项目，并现场解答了会员关心的用地、用工和审批问题。',
      ],
      en: [
        'The Guangdong branch of the Demo County Hometown Entrepreneurs’ Association held its founding meeting in Shenzhen on 12 September. Its 86 founding members work mainly in hardware and electrical goods, electronics, logistics and catering. The heads of the county chamber and the Bureau of Commerce attended.',
        'The meeting adopted the branch’s articles and elected its first council. The branch will hold regular get-togethers and trips home, pass on the county’s investment projects and farm-produce supply and demand, and put members in touch with each other for investment and mutual financing.',
        'The Bureau of Commerce presented projects including Jinshan Commercial Plaza and the cold-chain logistics centre and answered members’ questions on land, labour and approvals.',
      ],
    },
  },
  {
    slug: 'dong-men-nong-mao-shi-chang-gai-zao-qi-jian-lin-shi-shu-dao-gong-gao',
    category: 'notice',
    publishedAt: '2026-09-15T08:30:00+08:00',
    author: { zh: '示范县商务局' },
    coverColor: '#6e4d6e',
    title: { zh: '关于东门农贸市场标准化改造期间临时疏导安置的公告' },
    excerpt: {
      zh: '东门农贸市场自9月20日起闭市改造，预计2027年1月20日前恢复营业。改造期间，经营户临时安置在东门体育场北侧临时市场。',
    },
    body: {
      zh: [
        '根据《示范县农贸市场标准化改造三年行动方案》，县城东门农贸市场将于2026年9月20日起闭市实施标准化改造，预计2027年1月20日前完工并恢复营业。',
        '改造期间，原市场经营户统一安置在东门体育场北侧临时市场经营，摊位按原经营品类和位置顺序分配，临时摊位费全免。临时市场每日6:00至19:00开放，设有公平秤和农产品快速检测点。',
        '改造期间给广大市民带来的不便，敬请谅解。经营户如有疑问，请联系东门农贸市场改造工作专班，联系电话：0000-1234577。',
      ],
    },
  },
  {
    slug: 'guo-qing-xiang-xian-zuo-tan-hui-qian-yue-fan-xiang-chuang-ye-xiang-mu',
    category: 'chamber',
    publishedAt: '2026-10-06T18:30:00+08:00',
    author: CHAMBER,
    coverColor: '#2f4f6b',
    title: {
      zh: '国庆乡贤座谈会现场签约3个返乡创业项目',
      en: 'Three returnee businesses signed at National Day meeting',
    },
    excerpt: {
      zh: '国庆假期，县商会举办乡贤座谈会，茶叶电商、生态养殖和民宿3个返乡创业项目现场签约，总投资2600万元。',
      en: 'At the chamber’s National Day meeting, three returnees signed up to start a tea e-commerce firm, an eco-farm and a guesthouse, worth CNY 26 million in total.',
    },
    body: {
      zh: [
        '10月5日，示范县商会在县城举办国庆乡贤座谈会，80余名返乡过节的在外乡贤参加。县商务局通报了全县招商引资和返乡创业政策落实情况。',
        '座谈会上，茶叶电商、生态养殖和乡村民宿3个返乡创业项目现场签约，总投资2600万元，预计带动就业150人。3个项目均将享受返乡创业补贴和创业担保贷款支持。',
        '与会乡贤表示，家乡的道路、物流和政务服务近年来明显改善，愿意带资金、带项目、带技术回乡发展，并积极推介家乡的投资机会。',
      ],
      en: [
        'On 5 October the chamber held its National Day meeting in the county seat, attended by more than 80 people from the county home for the holiday. The Bureau of Commerce reported on investment and on support for returnee entrepreneurs.',
        'Three returnees signed agreements at the meeting to start a tea e-commerce business, an eco-farm and a rural guesthouse, with CNY 26 million of investment and about 150 jobs between them. All three will receive the county’s start-up grant and a guaranteed start-up loan.',
        'Participants said roads, logistics and government services in the county had improved markedly in recent years. Many said they were ready to bring money, projects and know-how home and to tell others about the opportunities.',
      ],
    },
  },
  {
    slug: 'ai-fa-di-chan-kai-fa-xiang-mu-yong-di-gui-hua-tong-guo-lun-zheng',
    category: 'investment',
    publishedAt: '2026-10-14T15:30:00+08:00',
    author: BUREAU,
    coverColor: '#5c6b2f',
    title: {
      zh: '爱法地产开发项目用地规划方案通过专家论证',
      en: 'Land-use plan for Aifa housing development approved by expert panel',
    },
    excerpt: {
      zh: '爱法地产开发项目用地规划方案通过专家论证，项目规划用地约150亩，配建幼儿园和社区服务中心，下一步将启动土地出让前期工作。',
      en: 'An expert panel approved the land-use plan for the Aifa development on about 10 hectares, including a kindergarten and a community centre; preparation for the land sale comes next.',
    },
    body: {
      zh: [
        '10月13日，县自然资源局组织召开爱法地产开发项目用地规划方案专家论证会，方案顺利通过论证。',
        '项目位于县城东片区，规划用地约150亩，计划总投资3.5亿元，建设住宅及配套商业，同步配建幼儿园和社区服务中心。专家组建议进一步优化片区道路衔接和公共绿地布局。',
        '县商务局表示，将按照全程代办要求，协调县自然资源局、县住建局加快推进土地出让前期工作，推动项目早日签订正式合同。',
      ],
      en: [
        'On 13 October an expert panel convened by the county natural resources bureau approved the land-use plan for the Aifa real-estate project.',
        'The CNY 350 million project covers about 150 mu (10 ha) in the east of the county seat, with housing, neighbourhood shops, a kindergarten and a community service centre. The panel recommended better road connections to the surrounding area and a better layout of public green space.',
        'The Bureau of Commerce will work with the natural resources and housing bureaus, under the county’s full agency service, to prepare the land sale so that the full contract can be signed soon.',
      ],
    },
  },
  {
    slug: 'shang-hui-yu-yin-hang-ji-gou-qian-ding-rong-zi-hu-zhu-he-zuo-xie-yi',
    category: 'chamber',
    publishedAt: '2026-11-05T16:00:00+08:00',
    author: { zh: '示范县商会' },
    coverColor: '#7a5c3d',
    title: { zh: '县商会与县内银行机构签订融资互助合作协议' },
    excerpt: {
      zh: '县商会与3家县内银行机构签订融资互助合作协议，设立会员融资互助基金，为会员企业提供续贷过桥和信用贷款支持。',
    },
    body: {
      zh: [
        '11月4日，示范县商会与3家县内银行机构签订融资互助合作协议。根据协议，商会会员企业共同出资设立首期1000万元的融资互助基金，银行机构按基金规模的5倍向会员企业提供授信。',
        '融资互助基金主要用于会员企业续贷过桥和小额信用贷款增信，单户支持额度原则上不超过200万元。商会秘书处负责会员推荐和资金使用监督，县融资担保公司提供配套担保服务。',
        '县商务局负责人表示，融资互助是商会的重要职能，将推动更多会员企业和返乡创业人员解决融资难题。',
      ],
    },
  },
  {
    slug: 'zhong-dian-zhao-shang-xiang-mu-yue-du-diao-du-hui',
    category: 'investment',
    publishedAt: '2026-11-18T17:00:00+08:00',
    author: BUREAU,
    coverColor: '#3f6f5f',
    title: {
      zh: '县商务局召开重点招商项目月度调度会',
      en: 'Monthly progress review of key investment projects',
    },
    excerpt: {
      zh: '1—10月全县实际到位内资38.2亿元，完成年度目标的84.9%；实际利用外资968万美元，完成年度目标的80.7%。',
      en: 'From January to October the county drew CNY 3.82 billion of domestic investment, 84.9% of its annual target, and USD 9.68 million of foreign capital, 80.7% of target.',
    },
    body: {
      zh: [
        '11月17日，县商务局召开重点招商项目月度调度会，逐一听取在谈、签约和在建项目推进情况，分析存在问题并明确下一步措施。',
        '会议通报，1—10月全县实际到位内资38.2亿元，完成年度目标的84.9%；实际利用外资968万美元，完成年度目标的80.7%。金山商业广场、青兰大理石加工、爱法地产开发和金煌燃气四个重点项目正加快推进正式合同签订。',
        '会议要求，各项目责任人要对照年度目标倒排工期，逾期未跟进的项目要说明原因；对签约项目继续实行全程代办服务，确保全年目标任务圆满完成。',
      ],
      en: [
        'On 17 November the Bureau of Commerce held its monthly review of key investment projects, going through every project under negotiation, signed or under construction, identifying problems and agreeing next steps.',
        'From January to October the county drew CNY 3.82 billion of domestic investment, 84.9% of the annual target, and USD 9.68 million of foreign capital, 80.7% of target. Work is speeding up towards full contracts for the four priority projects: Jinshan Commercial Plaza, Qinglan marble processing, Aifa real-estate development and Jinhuang gas.',
        'Each officer responsible for a project must plan backwards from the year-end targets and explain any missed follow-up. Signed projects will continue to get full agency service for their approvals so that the year’s targets are met.',
      ],
    },
  },
  {
    slug: 'wai-mao-fa-zhan-fu-chi-zi-jin-shen-bao-tong-zhi',
    category: 'notice',
    publishedAt: '2026-11-27T10:00:00+08:00',
    author: BUREAU,
    coverColor: '#6b3f3f',
    title: {
      zh: '关于做好2026年度外贸发展扶持资金申报工作的通知',
      en: 'Notice on claims for 2026 foreign-trade support',
    },
    excerpt: {
      zh: '2026年度外贸发展扶持资金受理时间为2027年1月4日至1月31日，请符合条件的企业提前做好数据核对和材料准备。',
      en: 'Claims for 2026 foreign-trade support will be accepted from 4 to 31 January 2027. Eligible firms should check their data and prepare their documents now.',
    },
    body: {
      zh: [
        '根据《示范县加快发展开放型经济的若干政策措施》（示政发〔2025〕12号）和《示范县外贸企业通关便利化和出口信用保险扶持实施细则》（示商联发〔2025〕2号），现将2026年度外贸发展扶持资金申报有关事项通知如下。',
        '一、申报范围。2026年度外贸进出口额首次突破规模奖励、加工贸易物流补贴、海关高级认证奖励、出口信用保险保费补助和境内外展会展位费补助。',
        '二、申报时间和材料。受理时间为2027年1月4日至1月31日。企业须提交申报表、海关进出口数据、保费缴纳凭证或参展证明、营业执照复印件和银行账户信息，报送县政务服务中心二楼商务局窗口。',
        '三、其他事项。县商务局将会同县财政局审核，审核结果公示5个工作日无异议后拨付资金。申报企业对所报材料的真实性负责，弄虚作假的取消申报资格并追回资金。咨询电话：0000-1234501。',
      ],
      en: [
        'Under the Measures to Accelerate the Open Economy (Shi Zheng Fa [2025] No. 12) and the rules on customs facilitation and export credit insurance support (Shi Shang Lian Fa [2025] No. 2), claims for 2026 foreign-trade support are handled as follows.',
        '1. What can be claimed. Awards for firms whose trade passed a threshold for the first time in 2026, the processing-trade logistics subsidy, the award for customs AEO status, the export credit insurance refund and the trade-fair stand refund.',
        '2. When and how. Claims are accepted from 4 to 31 January 2027. Bring the application form, customs trade data, proof of premiums paid or of attendance at fairs, a copy of the business licence and bank account details to the Bureau of Commerce window on the second floor of the County Government Service Centre.',
        '3. Other points. The Bureau of Commerce and the Finance Bureau check the claims and publish the results for five working days; payments follow if there is no objection. Firms are responsible for the accuracy of what they submit, and false claims are rejected and any money paid is recovered. Enquiries: 0000-1234501.',
      ],
    },
  },
]
