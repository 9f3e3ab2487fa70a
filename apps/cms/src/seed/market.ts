import { addDays, today, type MarketPostInput } from '@portal/shared/market'
import type { MarketReviewStatus } from '@portal/shared/market'
import { endOfChinaDay } from '../collections/MarketPosts/expiry'
import { SEED_CONTEXT, type Seeder, upsertMedia } from './helpers'
import { demoImage } from './images'
import type { Bi } from './types'

interface SeedMarketPost {
  goods: Omit<MarketPostInput, 'availableFrom' | 'expiresAt' | 'availableUntil'>
  title: Bi
  variety: Bi
  description: Bi
  /** Days from the seeding day: availability starts, ends (optional), the post expires. */
  from: number
  until?: number
  expires: number
  status: MarketReviewStatus
  reviewNote?: string
  /** A demo photo in this colour, as a reviewer would add one (posters send theirs by mail). */
  photo?: string
  /** Demo poster: made-up names and numbers, never shown publicly. */
  poster: { name: string; organisation?: string; phone: string }
}

/**
 * Twelve demo posts of the supply and demand board: both kinds, the county's
 * main farm products, several townships; one expired (it must not show on the
 * board) and one awaiting review (it fills the staff's review queue).
 */
const POSTS: SeedMarketPost[] = [
  {
    goods: {
      kind: 'supply',
      category: 'tea',
      variety: '高山绿茶',
      quantity: 5,
      unit: 'tonne',
      price: null,
      township: '金山镇',
      certifications: ['green-food', 'geographical-indication'],
    },
    title: {
      zh: '金山镇合作社供应高山绿茶 5 吨',
      en: 'Jinshan co-operative offers 5 tonnes of highland green tea',
    },
    variety: { zh: '高山绿茶', en: 'Highland green tea' },
    description: {
      zh: '海拔 1200 米茶园，明前春茶 3 月起陆续采制，可提供样品和检测报告，欢迎茶企、经销商洽谈。',
      en: 'Tea gardens at 1,200 m; spring tea picked from March. Samples and test reports available; tea firms and distributors welcome.',
    },
    from: 20,
    until: 90,
    expires: 120,
    status: 'approved',
    photo: '#3f7d4e',
    poster: { name: '金山高山茶叶专业合作社', phone: '13800000101' },
  },
  {
    goods: {
      kind: 'demand',
      category: 'vegetables',
      variety: '冷链净菜',
      quantity: 20,
      unit: 'tonne',
      price: null,
      township: '城关镇',
      certifications: [],
    },
    title: {
      zh: '求购冷链蔬菜 每周 20 吨',
      en: 'Wanted: 20 tonnes of cold-chain vegetables a week',
    },
    variety: { zh: '叶菜、根茎类净菜', en: 'Washed leafy and root vegetables' },
    description: {
      zh: '省城商超配送中心长期求购，每周稳定收货，要求预冷后冷链运输，可签年度订单。',
      en: 'A supermarket distribution centre in the provincial capital buys weekly all year; pre-cooled, cold-chain delivery; annual contracts possible.',
    },
    from: 0,
    expires: 60,
    status: 'approved',
    poster: { name: '刘经理', organisation: '省城鲜达配送有限公司', phone: '13800000102' },
  },
  {
    goods: {
      kind: 'supply',
      category: 'herbs',
      variety: '重楼',
      quantity: 800,
      unit: 'kg',
      price: 680,
      township: '南山乡',
      certifications: ['organic'],
    },
    title: {
      zh: '南山乡供应林下种植重楼 800 公斤',
      en: 'Nanshan offers 800 kg of forest-grown Paris polyphylla',
    },
    variety: { zh: '重楼（七叶一枝花）', en: 'Paris polyphylla (chonglou)' },
    description: {
      zh: '林下仿野生种植五年生，已晒干，有机认证在有效期内。',
      en: 'Five-year forest-grown, dried, with a current organic certificate.',
    },
    from: 0,
    until: 45,
    expires: 60,
    status: 'approved',
    poster: { name: '南山中药材种植基地', phone: '13800000103' },
  },
  {
    goods: {
      kind: 'supply',
      category: 'pork',
      variety: '土黑猪',
      quantity: 300,
      unit: 'head',
      price: 18,
      township: '石桥镇',
      certifications: [],
    },
    title: { zh: '石桥镇出栏土黑猪 300 头', en: 'Shiqiao: 300 native black pigs ready for market' },
    variety: { zh: '本地土黑猪', en: 'Native black pigs' },
    description: {
      zh: '生态放养，出栏体重 120 公斤左右，按活猪每斤 18 元议价，可分批交货。',
      en: 'Free-range, about 120 kg each; 18 yuan per jin live weight as a basis; delivery in batches.',
    },
    from: 5,
    until: 40,
    expires: 45,
    status: 'approved',
    poster: { name: '石桥生态养殖场', phone: '13800000104' },
  },
  {
    goods: {
      kind: 'demand',
      category: 'pork',
      variety: '冷鲜猪肉',
      quantity: 2,
      unit: 'tonne',
      price: null,
      township: '城关镇',
      certifications: [],
    },
    title: {
      zh: '学校食堂求购冷鲜猪肉 每周 2 吨',
      en: 'School canteens want 2 tonnes of chilled pork a week',
    },
    variety: { zh: '冷鲜猪肉（分割）', en: 'Chilled pork cuts' },
    description: {
      zh: '县内中小学食堂集中采购，要求定点屠宰、检疫合格、冷链配送。',
      en: 'Joint buying for the county’s school canteens: licensed slaughter, inspected, cold-chain delivery.',
    },
    from: 0,
    expires: 90,
    status: 'approved',
    poster: { name: '陈老师', organisation: '县教育后勤服务中心', phone: '13800000105' },
  },
  {
    goods: {
      kind: 'supply',
      category: 'fruit',
      variety: '脐橙',
      quantity: 50,
      unit: 'tonne',
      price: 4.5,
      township: '河口镇',
      certifications: ['green-food'],
    },
    title: { zh: '河口镇脐橙 50 吨待售', en: 'Hekou: 50 tonnes of navel oranges for sale' },
    variety: { zh: '纽荷尔脐橙', en: 'Newhall navel oranges' },
    description: {
      zh: '绿色食品认证果园，单果 75 毫米以上，可按客户要求分级包装。',
      en: 'Green Food certified orchard; fruit over 75 mm; graded and packed to order.',
    },
    from: 10,
    until: 70,
    expires: 80,
    status: 'approved',
    poster: { name: '河口脐橙协会', phone: '13800000106' },
  },
  {
    goods: {
      kind: 'supply',
      category: 'fungi',
      variety: '香菇',
      quantity: 3,
      unit: 'tonne',
      price: 32,
      township: '金山镇',
      certifications: [],
    },
    title: { zh: '干香菇 3 吨 长期供应', en: '3 tonnes of dried shiitake, regular supply' },
    variety: { zh: '花菇（干）', en: 'Dried flower shiitake' },
    description: {
      zh: '段木栽培，自然晾晒，每月可供 1 吨左右。',
      en: 'Log-grown, sun-dried; about a tonne a month.',
    },
    from: 0,
    expires: 100,
    status: 'approved',
    poster: { name: '金山菌业合作社', phone: '13800000107' },
  },
  {
    goods: {
      kind: 'demand',
      category: 'tea',
      variety: '红茶原料',
      quantity: 10,
      unit: 'tonne',
      price: null,
      township: '金山镇',
      certifications: [],
    },
    title: { zh: '茶企求购红茶毛茶 10 吨', en: 'Tea firm wants 10 tonnes of raw black tea' },
    variety: { zh: '工夫红茶毛茶', en: 'Raw congou black tea' },
    description: {
      zh: '县农业产业园茶叶加工企业收购，夏秋茶均可，现款结算。',
      en: 'A tea processor in the county agricultural park buys summer and autumn tea, cash on delivery.',
    },
    from: 0,
    until: 120,
    expires: 120,
    status: 'approved',
    poster: { name: '周厂长', organisation: '高山茶业有限公司', phone: '13800000108' },
  },
  {
    goods: {
      kind: 'supply',
      category: 'grain',
      variety: '高山红米',
      quantity: 15,
      unit: 'tonne',
      price: 9,
      township: '南山乡',
      certifications: ['geographical-indication'],
    },
    title: { zh: '南山乡高山红米 15 吨', en: 'Nanshan: 15 tonnes of highland red rice' },
    variety: { zh: '高山红米', en: 'Highland red rice' },
    description: {
      zh: '梯田种植，地理标志产品，真空包装，可贴牌。',
      en: 'Terrace-grown, geographical indication product; vacuum packed; private label possible.',
    },
    from: 0,
    expires: 75,
    status: 'approved',
    poster: { name: '南山梯田红米合作社', phone: '13800000109' },
  },
  {
    goods: {
      kind: 'demand',
      category: 'herbs',
      variety: '白及',
      quantity: 500,
      unit: 'kg',
      price: null,
      township: '南山乡',
      certifications: [],
    },
    title: { zh: '求购白及鲜品 500 公斤', en: 'Wanted: 500 kg of fresh Bletilla' },
    variety: { zh: '白及', en: 'Bletilla striata' },
    description: {
      zh: '饮片厂收购三年生白及，量大从优。',
      en: 'A decoction-piece factory buys three-year Bletilla; better prices for volume.',
    },
    from: 0,
    expires: 50,
    status: 'approved',
    poster: { name: '王经理', organisation: '康源中药饮片厂', phone: '13800000110' },
  },
  {
    goods: {
      kind: 'supply',
      category: 'vegetables',
      variety: '高山萝卜',
      quantity: 40,
      unit: 'tonne',
      price: 1.2,
      township: '石桥镇',
      certifications: [],
    },
    title: {
      zh: '石桥镇高山萝卜 40 吨（已过期）',
      en: 'Shiqiao: 40 tonnes of highland radish (expired)',
    },
    variety: { zh: '高山白萝卜', en: 'Highland white radish' },
    description: {
      zh: '已售完，此信息已过有效期，不应出现在供求栏目。',
      en: 'Sold out; this post has expired and must not show on the board.',
    },
    from: -60,
    until: -10,
    expires: -3,
    status: 'approved',
    poster: { name: '石桥蔬菜合作社', phone: '13800000111' },
  },
  {
    goods: {
      kind: 'supply',
      category: 'poultry',
      variety: '林下土鸡蛋',
      quantity: 200,
      unit: 'box',
      price: 60,
      township: '河口镇',
      certifications: [],
    },
    title: { zh: '林下土鸡蛋 每月 200 箱', en: 'Free-range eggs, 200 boxes a month' },
    variety: { zh: '林下土鸡蛋', en: 'Free-range eggs' },
    description: {
      zh: '每箱 30 枚，可配送至县城。',
      en: '30 eggs a box; delivery in the county town.',
    },
    from: 0,
    expires: 60,
    status: 'pending',
    poster: { name: '河口家庭农场', phone: '13800000112' },
  },
]

/** Creates the demo posts once; a post is matched by its Chinese title. */
export async function seedMarketDocs(seeder: Seeder): Promise<void> {
  const { payload, report } = seeder
  const day = today()
  for (const post of POSTS) {
    const found = await payload.count({
      collection: 'market-posts',
      where: { title: { equals: post.title.zh } },
      locale: 'zh',
    })
    if (found.totalDocs > 0) {
      report.skipped.push(`market-posts/${post.title.zh}`)
      continue
    }
    const photo = post.photo
      ? await upsertMedia(
          seeder,
          `market-${post.goods.category}-${post.from}.jpg`,
          {
            zh: `${post.variety.zh}实拍图`,
            en: post.variety.en ? `${post.variety.en}, photo` : undefined,
          },
          () => demoImage(post.photo!, post.from, 1200, 800),
          'image/jpeg',
        )
      : undefined
    const created = await payload.create({
      collection: 'market-posts',
      locale: 'zh',
      context: SEED_CONTEXT,
      data: {
        ...post.goods,
        title: post.title.zh,
        variety: post.variety.zh,
        description: post.description.zh,
        availableFrom: addDays(day, post.from),
        availableUntil: post.until === undefined ? null : addDays(day, post.until),
        expiresAt: endOfChinaDay(addDays(day, post.expires)),
        reviewStatus: post.status,
        reviewNote: post.reviewNote,
        poster: { ...post.poster, locale: 'zh' },
        photos: photo ? [photo.id] : [],
      },
    })
    if (post.title.en) {
      await payload.update({
        collection: 'market-posts',
        id: created.id,
        locale: 'en',
        context: SEED_CONTEXT,
        data: { title: post.title.en, variety: post.variety.en, description: post.description.en },
      })
    }
    report.created.push(`market-posts/${post.title.zh}`)
  }
}
