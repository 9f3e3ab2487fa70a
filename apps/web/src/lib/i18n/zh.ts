import { inspectionZh } from './inspection.zh'
import { parksZh } from './parks-zh'

/**
 * The portal's interface texts in Chinese, the reference dictionary: its shape
 * is `Dictionary`, which `en.ts` must match key for key. Top-level keys are
 * shared by the layout, components and several pages; each page's own texts
 * sit under its name. Content texts come from the CMS, not from here.
 */
export const zh = {
  siteName: '招商引资服务平台',
  skipToContent: '跳到正文',
  navHome: '首页',
  navProjects: '招商项目',
  navPolicies: '政策措施',
  navNews: '新闻动态',
  navGuides: '办事指南',
  navChamber: '商会',
  navSearch: '搜索',
  // Parks and project comparison
  navParks: '园区',
  navContact: '联系我们',
  mainNav: '主导航',
  footerNav: '网站服务',
  inquiryStatus: '查询留言办理进度',
  privacyNotice: '个人信息保护说明',
  filingLabel: '备案信息',
  governmentSiteCode: '政府网站标识码',
  previewBanner: '预览：这是尚未发布的草稿，访客看不到。',
  hotline: '咨询电话',
  email: '电子邮箱',
  address: '地址',
  officeHours: '办公时间',
  noResults: '没有找到符合条件的内容。',
  filter: '筛选',
  clearFilters: '清除筛选',
  all: '全部',
  keyword: '关键词',
  switchLanguage: 'English',
  switchLanguageLabel: '切换到英文版',
  sector: '所属行业',
  stage: '项目阶段',
  park: '所在园区',
  previousPage: '上一页',
  nextPage: '下一页',
  pageOf: (page: number, total: number) => `第 ${page} / ${total} 页`,
  notTranslated: '本页内容暂无英文版本，以下显示中文原文。',
  notFoundTitle: '页面不存在',
  notFoundBody: '您访问的页面不存在或已被移除。',
  backHome: '返回首页',
  unavailableTitle: '服务暂时不可用',
  unavailableBody: '内容服务暂时无法访问，请稍后再试。',
  /** Between the items of an inline list (合作方式: 独资、合资). */
  listSeparator: '、',
  /** Between a label and its value (发文机关：…). */
  labelSeparator: '：',

  errorPage: { title: '出错了', body: '页面暂时无法显示，请稍后再试。' },

  home: {
    title: '投资兴业，共谋发展',
    lead: '浏览县域招商项目库，了解项目进展与投资机会。',
    paths: '服务入口',
    invest: '我要投资',
    investBody: '浏览项目库、了解优惠政策和办事流程，项目专人对接、全程代办。',
    fromHere: '我是家乡人',
    fromHereBody: '在外乡贤、返乡创业人员，欢迎联系商会，共叙乡情、共谋发展。',
    featuredProjects: '重点推介项目',
    allProjects: '查看全部项目',
    indicators: (year: number) => `${year}年主要经济指标完成情况`,
    asOf: (date: string) => `数据截至${date}`,
    latestNews: '最新动态',
    latestPolicies: '最新政策',
    allNews: '更多新闻',
    allPolicies: '更多政策',
  },

  projectList: {
    title: '招商项目库',
    count: (n: number) => `共 ${n} 个项目`,
    size: '投资规模',
    placeholder: '项目名称或关键词',
    filtered: '（已筛选）',
  },

  // Project library: views, order, feeds, language labels and brochures.
  projectLibrary: {
    views: '项目类别',
    open: '招商项目',
    landed: '落地项目',
    landedLead: '已签约、在建和已投产的项目，欢迎了解本县的投资成效。',
    sort: '排序',
    sorts: { featured: '推荐优先', newest: '最新发布', size: '投资规模' },
    apply: '应用',
    feed: '订阅当前筛选结果（RSS）',
    feedTitle: '招商项目',
    feedDescription: '符合所选条件的招商项目，最新的在前。',
    chineseOnly: '仅中文',
    brochure: (language: string, size: string) => `项目推介书（PDF，${language}，${size}）`,
  },

  projectPage: {
    back: '返回项目库',
    keyFacts: '项目要素',
    investment: '总投资',
    location: '建设地点',
    land: '用地面积',
    modes: '合作方式',
    updatedAt: '更新时间',
    highlights: '项目优势',
    details: '项目详情',
    gallery: '项目图片',
    brochure: '项目推介书',
    contact: '项目联系人',
    phone: '电话',
    email: '邮箱',
    ask: '咨询本项目',
    askBody: '请在下方留言，我们将安排专人答复；也欢迎直接来电或发送邮件。',
    orContact: '也可以直接联系项目联系人：',
  },

  policyList: {
    title: '政策措施',
    lead: '县级招商引资、产业扶持和营商环境相关政策文件。',
    topic: '政策分类',
    status: '效力状态',
    keywordPlaceholder: '标题或摘要中的词语',
    count: (n: number) => `共 ${n} 条`,
    docNumber: '文号',
    issuer: '发文机关',
    issuedAt: '发布日期',
    empty: '没有找到符合条件的政策。',
    rss: '订阅政策更新（RSS）',
  },

  policyPage: {
    back: '返回政策措施',
    facts: '文件信息',
    docNumber: '文号',
    issuer: '发文机关',
    topic: '分类',
    issuedAt: '发布日期',
    effectiveAt: '施行日期',
    expiresAt: '有效期至',
    noExpiry: '长期有效',
    validity: '效力状态',
    summary: '内容摘要',
    body: '正文',
    attachments: '附件',
    expired: (date: string) => `本政策已于 ${date} 失效，仅供查阅。`,
    expiredNoDate: '本政策已失效，仅供查阅。',
    notYet: (date: string) => `本政策将于 ${date} 起施行。`,
    notYetNoDate: '本政策尚未生效。',
    quoteOpen: '《',
    quoteClose: '》',
  },

  newsList: {
    title: '新闻动态',
    count: (n: number) => `共 ${n} 条`,
    categories: '新闻分类',
    empty: '暂无新闻。',
  },

  newsPage: { back: '返回新闻列表', published: '发布时间', source: '来源', category: '分类' },

  guideList: {
    title: '办事指南',
    lead: '县商务局窗口受理事项的适用对象、申请材料、办理流程和咨询方式。',
    count: (n: number) => `共 ${n} 项`,
    phone: '咨询电话',
    empty: '暂无办事指南。',
  },

  guidePage: {
    back: '返回办事指南',
    audience: '适用对象',
    materials: '申请材料',
    steps: '办理流程',
    facts: '办理信息',
    timeLimit: '办理时限',
    fees: '收费标准',
    location: '办理地点',
    hours: '办公时间',
    phone: '咨询电话',
    related: '相关政策',
  },

  search: {
    title: '站内搜索',
    label: '搜索项目、政策、新闻和办事指南',
    button: '搜索',
    found: (n: number, q: string) => `“${q}”共找到 ${n} 条结果`,
    types: { projects: '招商项目', policies: '政策措施', news: '新闻动态', guides: '办事指南' },
  },

  chamber: {
    about: '商会简介',
    functions: '商会职能',
    howToJoin: '如何入会',
    contact: '联系商会',
    contactLead: '如需了解入会、返乡投资或项目对接，请直接联系以下工作人员。',
    phone: '电话',
    email: '邮箱',
    fromHere: '我是家乡人',
    fromHereLead:
      '在外工作、创业的家乡人，欢迎留下联系方式和想法：无论是回乡投资、返乡创业、回乡就业还是寻找合作伙伴，商会都会与您联系。',
  },

  contact: {
    title: '联系我们',
    lead: '欢迎来电、来信或在线留言咨询投资与营商事宜。在线留言会得到一个受理编号，凭编号可以随时查询办理进度。',
    details: '联系方式',
    bureau: '单位',
    write: '在线留言',
    writeLead: '请说明您想了解的内容，工作人员会通过您留下的手机号码或电子邮箱答复。',
    status: '已经留言？凭受理编号查询办理进度',
  },

  inquiryReceived: {
    title: '您的留言已收到',
    yourNumber: '您的受理编号',
    keep: '请记下这个编号或截图保存。查询办理进度时需要它，以及您留言时填写的手机号码或电子邮箱。',
    next: '接下来',
    steps: [
      '工作人员会阅读您的留言，并转交负责的同志办理。',
      '我们会尽快通过您留下的手机号码或电子邮箱与您联系。',
      '您可以随时凭受理编号和手机号码（或电子邮箱）在网上查询办理进度和答复。',
    ],
    check: '查询办理进度',
  },

  inquiryLookup: {
    title: '查询留言办理进度',
    lead: '请输入受理编号，以及留言时填写的手机号码或电子邮箱。',
    number: '受理编号',
    numberHint: '例如 ZS-20261128-0042',
    contact: '手机号码或电子邮箱',
    contactHint: '与留言时填写的一致即可，二者任选其一。',
    check: '查询',
    summary: (n: number) => `请更正以下 ${n} 处问题：`,
    result: (number: string) => `受理编号 ${number}`,
    status: '办理状态',
    type: '留言类型',
    submitted: '提交日期',
    reply: '答复',
    repliedAt: '答复日期',
    noReply: '暂无答复。工作人员正在办理，答复后会在这里显示。',
    notFound:
      '没有找到与该受理编号和联系方式相符的留言。请核对受理编号，以及留言时填写的手机号码或电子邮箱后再试。',
    unavailable: '查询服务暂时不可用，请稍后再试。您的留言不受影响。',
    contactUs: '如有疑问，请联系我们',
  },

  privacy: {
    title: '个人信息保护说明',
    lead: (bureau: string) =>
      `本网站由${bureau || '县商务局'}运营。我们依照《中华人民共和国个人信息保护法》处理您在本网站留言时提供的个人信息，并说明如下。`,
    sections: [
      {
        heading: '我们收集哪些信息',
        items: [
          '在线留言（项目咨询、综合咨询、返乡联络）时您填写的：姓名、手机号码、电子邮箱、单位或企业、留言内容；返乡联络还包括现居省份和城市、从事行业和意向。',
          '为防止自动程序滥用留言功能，服务器会在内存中短暂记录提交请求的网络地址（只保留几分钟），这一地址不与您的留言一起保存。',
        ],
      },
      {
        heading: '用于什么目的',
        items: [
          '仅用于答复和办理您本次的咨询，以及在办理过程中与您联系。',
          '不会用于营销推广，也不会用于与本次咨询无关的其他目的。',
        ],
      },
      {
        heading: '谁会看到这些信息',
        items: [
          '项目咨询和综合咨询：县商务局负责招商的工作人员。',
          '返乡联络：县商会的工作人员。',
          '负责系统运行维护的人员仅在维护需要时接触，并负有保密义务。',
        ],
      },
      {
        heading: '保存多长时间',
        items: [
          '咨询办理期间，您的信息会一直保存，以便答复和跟进。',
          '咨询办结后，您的信息只在县商务局规定的保存期限内保留（例如两年）；期满后姓名、联系方式等个人信息会被删除或匿名化处理，只保留不能识别您身份的统计信息。',
        ],
      },
      {
        heading: '不提供给第三方',
        items: ['我们不会向任何第三方出售、提供或公开您的个人信息。法律、行政法规另有规定的除外。'],
      },
      {
        heading: '您的权利',
        items: [
          '您有权查阅、复制您提供的个人信息，有权要求更正不准确的信息，有权要求删除您的信息，也可以撤回您的同意（撤回不影响撤回前已进行的处理）。',
          '行使上述权利，请通过下列电话或电子邮箱联系县商务局，并提供受理编号和留言时填写的手机号码或电子邮箱，以便我们核实身份。我们会在法定期限内答复。',
        ],
      },
    ],
    contact: '联系方式',
    contactPage: '联系我们页面',
  },

  // Policy validity, policy matching and the policy finder (政策匹配).
  policyMatch: {
    repealedAt: '废止日期',
    statusRepealedOption: '已废止或已被修改',
    repealed: (date: string) => `本政策已于 ${date} 废止，仅供查阅。`,
    repealedNoDate: '本政策已废止，仅供查阅。',
    superseded: '本政策已被修改，现行文件为',
    rssFiltered: '订阅当前筛选结果（RSS）',
    projectTitle: '适用政策',
    projectLead: '以下现行有效政策按行业、园区和投资额与本项目匹配：',
    projectNone: '暂无与本项目匹配的现行有效政策。',
    finderLink: '按条件查找适用政策（政策匹配）',
    finderTitle: '政策匹配',
    finderLead: '选择行业、园区和投资者类型，填写计划投资额，查看适用的现行有效政策及匹配理由。',
    sector: '所属行业',
    park: '意向园区',
    investor: '投资者类型',
    investment: '计划投资额（万元）',
    investmentHint: '填写数字，如 8000 表示 8000 万元。',
    any: '不限',
    submit: '查找政策',
    count: (n: number) => `共 ${n} 项适用的现行有效政策`,
    empty: '没有找到适用的现行有效政策。可以放宽条件再试，或联系我们咨询。',
    rejected: (fields: string) => `以下填写无法识别，已忽略：${fields}。`,
    share: '本页地址就是这次查询的结果，可以收藏或转发。',
    why: '匹配理由',
    benefit: '优惠内容',
    separator: '、',
    open: {
      sector: '不限行业',
      park: '不限园区',
      investor: '不限投资者类型',
      investment: '不限投资额',
    },
    met: {
      sector: (v: string) => `行业符合：${v}`,
      park: (v: string) => `园区符合：${v}`,
      investor: (v: string) => `投资者类型符合：${v}`,
      investment: (v: string, min: string) => `计划投资 ${v}，达到起点 ${min}`,
    },
    condition: {
      sector: (v: string) => `仅限以下行业：${v}`,
      park: (v: string) => `仅限以下园区：${v}`,
      investor: (v: string) => `仅限：${v}`,
      investment: (min: string) => `计划投资需达到 ${min}`,
    },
  },
  // Parks and project comparison
  ...parksZh,

  // The agricultural supply and demand board (农产品供求).
  market: {
    nav: '农产品供求',
    title: '农产品供求信息',
    lead: '本县合作社、农户和企业发布的农产品供应与求购信息，经工作人员审核后公开，到期自动下架。联系方式不公开：请通过“联系供方/联系需方”留言，由工作人员转达。',
    count: (n: number) => `共 ${n} 条信息`,
    filtered: '（已筛选）',
    kind: '供求类型',
    category: '产品类别',
    township: '乡镇',
    townshipPlaceholder: '例如：金山镇',
    post: '发布供求信息',
    feed: '订阅本列表（RSS）',
    feedTitle: (what: string) => `农产品供求 · ${what}`,
    feedDescription: '本县农产品供应和求购信息，经审核后发布。',
    variety: '品种',
    quantity: '数量',
    price: '单价',
    perUnit: (price: string, unit: string) => `${price} 元/${unit}`,
    origin: '产地（乡镇）',
    period: '供货或需求时间',
    from: (day: string) => `${day}起`,
    range: (from: string, until: string) => `${from}至${until}`,
    certifications: '认证',
    expires: '有效期至',
    published: '发布时间',
    photos: '图片',
    description: '详细说明',
    back: '返回供求信息',
    contactSupply: '联系供方',
    contactDemand: '联系需方',
    contactLead:
      '为保护双方隐私，供求双方的联系方式不公开。请留下您的需求和联系方式，工作人员会转达给信息发布人。',
    newTitle: '发布农产品供求信息',
    newLead:
      '填写您要供应或求购的农产品。信息经工作人员审核后公开，您的姓名和联系方式不会公开；审核结果可凭受理编号查询。',
    messageLabel:
      '请在“留言内容”中说明产品特点、规格、包装、交货方式等（不要填写电话号码，审核时会删除）。',
    latest: '最新供求信息',
    all: '查看全部供求信息',
    related: '相关农产品供求信息',
    relatedAll: '查看更多',
  },
  feeds: {
    /** The RSS `<language>` code. */
    language: 'zh-cn',
    news: '招商动态、商会动态和通知公告。',
    policies: '县级招商引资和产业扶持政策文件更新。',
  },

  // Government-site inspection (适老化, phone menu, favicon): the visitor-side switches.
  govweb: {
    elderModeOn: '长者模式',
    elderModeOff: '退出长者模式',
  },
  // Site inspection: error reports, response record, annual report.
  ...inspectionZh,
}

/** The shape every language's dictionary has: a key missing in one is a type error. */
export type Dictionary = typeof zh
