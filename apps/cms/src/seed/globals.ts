import type { SeedChamber, SeedIndicatorYear, SeedSiteSettings } from './types'

/** Site-wide settings of the demo county. Every number and address is fake. */
export const seedSiteSettings: SeedSiteSettings = {
  countyName: { zh: '示范县', en: 'Demo County' },
  bureauName: { zh: '示范县商务局', en: 'Demo County Bureau of Commerce' },
  address: {
    zh: '示范县城关镇人民路88号县行政中心3号楼',
    en: 'Building 3, County Administrative Centre, 88 Renmin Road, Chengguan Town, Demo County',
  },
  hotline: '0000-1234567',
  email: 'swj@example.gov.cn',
  officeHours: {
    zh: '周一至周五 上午8:30—12:00，下午14:30—17:30',
    en: 'Monday to Friday, 8:30–12:00 and 14:30–17:30',
  },
  icpNumber: '示ICP备00000000号-1',
  publicSecurityNumber: '示公网安备 00000000000000号',
  governmentSiteCode: '0000000000',
  footerLinks: [
    {
      label: { zh: '示范县人民政府', en: 'Demo County People’s Government' },
      url: 'https://www.example.gov.cn/',
    },
    {
      label: { zh: '示范县政务服务网', en: 'Demo County Government Services' },
      url: 'https://www.example.gov.cn/zwfw/',
    },
    {
      label: { zh: '示范市商务局', en: 'Demo City Bureau of Commerce' },
      url: 'https://www.example.gov.cn/shangwu/',
    },
    {
      label: { zh: '示范省商务厅', en: 'Demo Province Department of Commerce' },
      url: 'https://www.example.gov.cn/swt/',
    },
  ],
}

/** The county chamber of commerce, which also serves as the association of people from the county working elsewhere. */
export const seedChamber: SeedChamber = {
  name: {
    zh: '示范县商会（在外乡贤联谊会）',
    en: 'Demo County Chamber of Commerce (Hometown Entrepreneurs’ Association)',
  },
  about: {
    zh: [
      '示范县商会（在外乡贤联谊会）是由本县企业、个体工商户和在外地工作、经商的示范县籍人士自愿组成的非营利性社会组织，在县商务局指导下开展工作，现有会员企业420余家，在广东、浙江、江苏、上海等地设有联络处和分会。',
      '商会以“联络乡情、服务会员、助力家乡发展”为宗旨，一头连着在外乡贤，一头连着家乡，把商会会员资源、农产品供求信息和招商项目发布结合起来，帮助在外人士随时了解家乡发展，方便他们返乡投资创业。',
      '近年来，商会先后组织在外乡贤回乡考察、返乡创业恳谈和产业链招商推介等活动，引荐项目落户县工业园区和县城新区，并与县内银行机构合作开展会员融资互助。',
    ],
    en: [
      'The Demo County Chamber of Commerce, also the Hometown Entrepreneurs’ Association, is a non-profit body that businesses and sole traders in the county and people from the county who work or trade elsewhere join voluntarily. It works under the guidance of the Bureau of Commerce, has more than 420 member businesses and runs liaison offices and branches in Guangdong, Zhejiang, Jiangsu and Shanghai.',
      'Its mission is to keep people in touch with home, serve its members and help the county grow. It links people from the county living elsewhere with their hometown, bringing together its members’ networks, farm-produce supply and demand, and the county’s investment projects, so that those away can follow what is happening at home and find it easy to come back and invest or start a business.',
      'In recent years the chamber has organised home visits, meetings for returnee entrepreneurs and investment seminars along industrial supply chains, introduced projects now based in the county industrial park and the new town, and set up mutual financing help for members with local banks.',
    ],
  },
  functions: [
    {
      title: { zh: '信息交流', en: 'Information exchange' },
      description: {
        zh: '及时发布家乡招商项目、扶持政策和农产品供求信息，组织会员交流市场行情和经营经验。',
        en: 'Shares the county’s investment projects, support policies and farm-produce supply and demand, and lets members compare notes on markets and management.',
      },
    },
    {
      title: { zh: '维护权益', en: 'Protecting members’ rights' },
      description: {
        zh: '收集会员诉求，向县有关部门反映营商环境问题，协助会员依法维护合法权益、调解商事纠纷。',
        en: 'Collects members’ concerns, raises business-climate problems with county departments, and helps members defend their lawful interests and settle commercial disputes.',
      },
    },
    {
      title: { zh: '联络乡情', en: 'Keeping ties with home' },
      description: {
        zh: '在外地设立联络处和分会，节假日组织乡贤座谈和回乡考察，让在外乡贤与家乡常联系、常走动。',
        en: 'Runs branches in other provinces and holds get-togethers and trips home at holiday time, so that people from the county living elsewhere stay in close touch.',
      },
    },
    {
      title: { zh: '合作投资', en: 'Investing together' },
      description: {
        zh: '为会员和乡贤对接家乡招商项目，牵线以商招商和产业链合作，提供返乡投资创业的全程协助。',
        en: 'Matches members with the county’s investment projects, brokers partnerships along supply chains and helps returnees at every step of investing or starting a business at home.',
      },
    },
    {
      title: { zh: '融资互助', en: 'Mutual financing help' },
      description: {
        zh: '会同县内银行机构和县融资担保公司设立会员融资互助基金，为会员企业提供续贷过桥和信用贷款增信支持。',
        en: 'With local banks and the county guarantee company, runs a mutual fund that helps member firms bridge loan renewals and obtain credit.',
      },
    },
  ],
  howToJoin: {
    zh: [
      '凡在本县依法登记的企业、个体工商户，以及在外地工作、经商的示范县籍人士，认同商会章程、自愿入会的，均可申请加入。',
      '申请人填写入会申请表，附营业执照或身份证明复印件，交商会秘书处或发送电子邮件至 shanghui@example.com，经理事会审核通过后发放会员证。普通会员会费每年500元，在外乡贤个人会员免收会费。',
    ],
    en: [
      'Any business or sole trader registered in the county, and anyone from Demo County working or trading elsewhere, who accepts the chamber’s articles may apply to join.',
      'Fill in the membership form and send it with a copy of your business licence or identity document to the chamber secretariat or to shanghui@example.com. Once the council approves your application you receive a membership card. Business membership costs CNY 500 a year; individual members living outside the county pay nothing.',
    ],
  },
  contacts: [
    {
      name: { zh: '张秘书长', en: 'Secretary-General Zhang' },
      role: { zh: '商会秘书长', en: 'Secretary-general' },
      phone: '0000-1234580',
      email: 'shanghui@example.com',
    },
    {
      name: { zh: '刘主任', en: 'Director Liu' },
      role: { zh: '会员服务部主任', en: 'Head of member services' },
      phone: '0000-1234581',
      email: 'huiyuan@example.com',
    },
    {
      name: { zh: '王专员', en: 'Officer Wang' },
      role: { zh: '县商务局驻商会联络员', en: 'Bureau of Commerce liaison officer' },
      phone: '0000-1234582',
      email: 'lianluo@example.gov.cn',
    },
  ],
}

/**
 * Key indicators: the full year 2025 and 2026 to the end of October. Standard
 * factory space fell short in 2025 because of rain and slow land acquisition,
 * the weakness the work plan describes.
 */
export const seedIndicators: SeedIndicatorYear[] = [
  {
    year: 2025,
    asOf: '2025-12-31',
    items: [
      { key: 'foreign-capital', target: 1100, actual: 1162 },
      { key: 'domestic-capital', target: 42, actual: 43.6 },
      { key: 'foreign-trade', target: 1.6, actual: 1.58 },
      { key: 'processing-trade', target: 0.5, actual: 0.52 },
      { key: 'labour-export', target: 36000, actual: 37240 },
      { key: 'outbound-investment', target: 280, actual: 265 },
      { key: 'standard-factories', target: 10, actual: 8.6 },
      { key: 'retail-growth', target: 10, actual: 9.2 },
    ],
  },
  {
    year: 2026,
    asOf: '2026-10-31',
    items: [
      { key: 'foreign-capital', target: 1200, actual: 968 },
      { key: 'domestic-capital', target: 45, actual: 38.2 },
      { key: 'foreign-trade', target: 1.8, actual: 1.43 },
      { key: 'processing-trade', target: 0.6, actual: 0.47 },
      { key: 'labour-export', target: 38000, actual: 34150 },
      { key: 'outbound-investment', target: 300, actual: 215 },
      { key: 'standard-factories', target: 12, actual: 8.9 },
      { key: 'retail-growth', target: 10, actual: 8.7 },
    ],
  },
]
