/**
 * Texts of the site-inspection features (政府网站检查): error reports
 * (我要纠错), the published response record and the annual report
 * (政府网站工作年度报表). Spread into `zh.ts`; `inspection.en.ts` matches it.
 */
export const inspectionZh = {
  reportError: '我要纠错',

  errorReport: {
    title: '我要纠错',
    lead: '发现本站页面内容有错误、链接打不开或信息过时？请告诉我们。网站编辑人员会在 3 个工作日内核实处理并答复。',
    page: '纠错页面',
    pageUnknown: '未指明具体页面（按网站首页处理）',
    status: '已经提交？凭受理编号查询办理进度',
  },

  responseRecord: {
    title: '答复时效',
    promise: (days: number) => `我们承诺在 ${days} 个工作日内答复在线留言。`,
    record: (received: number, answered: number) =>
      `近 90 天共收到留言 ${received} 条，已答复 ${answered} 条。`,
    median: (days: number) => `首次答复用时中位数：${days} 个工作日。`,
    noMedian: '近 90 天暂无已答复的留言。',
  },

  inquiryAbout: {
    message: '留言内容',
    project: '所涉项目',
    page: '纠错页面',
  },

  guideElements: {
    basis: '设定依据',
    conditions: '申请条件',
  },

  annualReport: {
    title: (year: number) => `${year} 年政府网站工作年度报表`,
    homeLink: (year: number) => `${year} 年政府网站工作年度报表`,
    lead: '根据《国务院办公厅关于印发政府网站与政务新媒体检查指标、监管工作年度考核指标的通知》和《政府网站工作年度报表》格式编制。',
    basics: '网站基本信息',
    siteName: '网站名称',
    siteCode: '网站标识码',
    domain: '首页网址',
    organiser: '主办单位',
    publishing: '信息发布',
    column: '栏目',
    items: '发布条数',
    total: '合计',
    interaction: '互动交流',
    inquiries: '收到留言（条）',
    answered: '已答复（条）',
    medianDays: '答复用时中位数（工作日）',
    errorsReceived: '收到纠错（条）',
    errorsFixed: '已办结（条）',
    market: '农产品供求信息',
    marketPosts: '发布供求信息（条）',
    marketSupply: '其中供应（条）',
    marketDemand: '其中求购（条）',
    marketForwarded: '转达联系（次）',
    budget: '运维与安全',
    budgetAmount: '年度运维经费（万元）',
    staffCount: '网站工作人员（人）',
    securityChecks: '安全检测评估（次）',
    incidents: '发现问题数 / 整改问题数',
    notes: '其他说明',
    none: '无',
  },
}
