import type { BenefitType, InvestorType, Sector } from '@portal/shared/constants'
import type { Bi } from './types'

/** Whom a demo policy applies to and what it gives; park slugs as in `./parks`. */
export interface SeedApplicability {
  sectors?: Sector[]
  parks?: string[]
  investorTypes?: InvestorType[]
  /** 万元 (10k CNY). */
  minInvestment?: number
  benefitTypes: BenefitType[]
  benefit: Bi
}

const INDUSTRIAL_PARKS = ['gong-ye-yuan-qu', 'you-se-ye-lian-xiang-mu-qu']

/**
 * Applicability of every demo policy, by slug. The open-economy measures, the
 * tax guidelines and the financing measures apply to all, so every demo
 * project has at least one matched policy; the others are limited by sector,
 * park, investor type or a minimum investment, so the finder has something to
 * tell apart.
 */
export const seedApplicability: Record<string, SeedApplicability> = {
  'kai-fang-xing-jing-ji-ruo-gan-zheng-ce-cuo-shi': {
    benefitTypes: ['subsidy', 'rent', 'land'],
    benefit: {
      zh: '到位外资奖励1%，标准厂房租金两免三减半，签约项目全程代办',
      en: '1% award on foreign capital paid in, factory rent waived 2 years and halved 3, full approval agency',
    },
  },
  'zhao-shang-yin-zi-you-hui-ban-fa': {
    minInvestment: 5000,
    benefitTypes: ['land', 'subsidy'],
    benefit: {
      zh: '工业用地按最低价供应，投产后按投资额2%补助基础设施',
      en: 'Industrial land at the minimum price and a 2% infrastructure grant once in production',
    },
  },
  'nong-mao-shi-chang-biao-zhun-hua-gai-zao-san-nian-xing-dong-fang-an': {
    sectors: ['commerce'],
    benefitTypes: ['subsidy', 'land'],
    benefit: {
      zh: '市场改造按投资额30%补助，县城市场最高80万元',
      en: '30% of market upgrade costs, up to CNY 800,000 in the county seat',
    },
  },
  'wan-cun-qian-xiang-shi-chang-gong-cheng-jian-she-shi-shi-fang-an': {
    sectors: ['commerce', 'logistics'],
    investorTypes: ['domestic', 'returnee'],
    benefitTypes: ['subsidy'],
    benefit: { zh: '直营农家店每家补助1万元，乡镇商贸中心每个补助20万元' },
  },
  'luo-shi-shui-fei-you-hui-zheng-ce-zhi-chi-qi-ye-fa-zhan-shi-shi-yi-jian': {
    benefitTypes: ['tax'],
    benefit: {
      zh: '小微企业所得税、增值税减征，“六税两费”减半，优惠免申即享',
      en: 'Lower income tax and VAT for small firms, half rates on six local taxes, no application needed',
    },
  },
  'ge-ti-gong-shang-hu-zhuan-xing-sheng-ji-wei-qi-ye-fu-chi-ban-fa': {
    sectors: ['commerce', 'services', 'tourism'],
    investorTypes: ['domestic', 'returnee'],
    benefitTypes: ['tax', 'subsidy'],
    benefit: { zh: '个体户转为企业，资产过户享受税费优惠，纳统奖励2万元' },
  },
  'gong-ye-yong-di-biao-zhun-di-chu-rang-he-biao-zhun-chang-fang-zu-shou-guan-li-ban-fa': {
    sectors: ['manufacturing', 'nonferrous', 'building-materials', 'energy', 'infrastructure'],
    parks: INDUSTRIAL_PARKS,
    benefitTypes: ['land', 'rent'],
    benefit: {
      zh: '工业用地按“标准地”净地供应，标准厂房可租可购',
      en: 'Serviced “standard plots” for industry; standard factory space to rent or buy',
    },
  },
  'zhong-xiao-qi-ye-rong-zi-dan-bao-he-ying-ji-zhuan-dai-zi-jin-guan-li-ban-fa': {
    benefitTypes: ['finance'],
    benefit: {
      zh: '政府性融资担保和应急转贷资金支持中小企业融资',
      en: 'Government-backed loan guarantees and bridge loans for small and medium firms',
    },
  },
  'zhi-chi-fan-xiang-chuang-ye-he-ren-cai-yin-jin-ruo-gan-cuo-shi': {
    investorTypes: ['returnee'],
    benefitTypes: ['talent', 'finance', 'rent'],
    benefit: {
      zh: '返乡创业担保贷款贴息、场地租金补贴和人才安居支持',
      en: 'Interest-free start-up loans, rent support and housing for returnees and skilled staff',
    },
  },
  'wai-mao-tong-guan-bian-li-hua-he-chu-kou-xin-yong-bao-xian-fu-chi-shi-shi-xi-ze': {
    sectors: ['manufacturing', 'nonferrous', 'building-materials', 'agrifood', 'commerce'],
    investorTypes: ['foreign', 'domestic'],
    benefitTypes: ['subsidy', 'finance'],
    benefit: {
      zh: '海关高级认证奖励5万元，出口信用保险保费补助50%',
      en: 'CNY 50,000 for customs AEO status and half of export credit insurance premiums',
    },
  },
  'you-se-jin-shu-chan-ye-lian-zhao-shang-he-pei-tao-qi-ye-fu-chi-ban-fa': {
    sectors: ['nonferrous'],
    parks: INDUSTRIAL_PARKS,
    minInvestment: 5000,
    benefitTypes: ['subsidy'],
    benefit: {
      zh: '精深加工项目按设备投资5%补助，单个最高500万元',
      en: '5% of equipment investment for processing projects, up to CNY 5 million',
    },
  },
  'shang-wu-ling-yu-hang-ye-guan-li-he-zong-he-zhi-fa-shi-shi-ban-fa': {
    sectors: ['commerce', 'services', 'agrifood', 'energy'],
    benefitTypes: ['subsidy'],
    benefit: {
      zh: '守法诚信经营者在评优和项目扶持中优先',
      en: 'Businesses with a clean record come first for awards and project support',
    },
  },
  'cheng-jie-chan-ye-zhuan-yi-fu-chi-ban-fa': {
    sectors: ['nonferrous', 'building-materials', 'manufacturing', 'agrifood'],
    investorTypes: ['domestic', 'foreign'],
    benefitTypes: ['subsidy', 'land', 'rent'],
    benefit: {
      zh: '整体搬迁按设备搬迁安装费用30%补助，单户最高200万元',
      en: '30% of equipment moving and installation costs for whole-company moves, up to CNY 2 million',
    },
  },
  'biao-zhun-chang-fang-zu-jin-bu-tie-zan-xing-ban-fa': {
    parks: ['gong-ye-yuan-qu'],
    benefitTypes: ['rent'],
    benefit: { zh: '入驻标准厂房前三年租金补贴50%（已废止）' },
  },
}
