import type { Locale } from '@portal/shared/locales'

/** Interface texts of the portal. Content texts come from the CMS. */
const messages = {
  zh: {
    siteName: '招商引资服务平台',
    skipToContent: '跳到正文',
    navHome: '首页',
    navProjects: '招商项目',
    navPolicies: '政策措施',
    navNews: '新闻动态',
    navGuides: '办事指南',
    navChamber: '商会',
    navSearch: '搜索',
    navContact: '联系我们',
    mainNav: '主导航',
    footerNav: '网站服务',
    inquiryStatus: '查询留言办理进度',
    privacyNotice: '个人信息保护说明',
    filingLabel: '备案信息',
    hotline: '咨询电话',
    email: '电子邮箱',
    address: '地址',
    officeHours: '办公时间',
    home: '首页',
    breadcrumb: '当前位置',
    readMore: '阅读全文',
    noResults: '没有找到符合条件的内容。',
    filter: '筛选',
    clearFilters: '清除筛选',
    all: '全部',
    keyword: '关键词',
    switchLanguage: 'English',
    switchLanguageLabel: '切换到英文版',
    homeTitle: '投资兴业，共谋发展',
    homeLead: '浏览县域招商项目库，了解项目进展与投资机会。',
    featuredProjects: '重点推介项目',
    allProjects: '查看全部项目',
    projectsTitle: '招商项目库',
    projectsCount: (n: number) => `共 ${n} 个项目`,
    noProjects: '暂无项目。',
    sector: '所属行业',
    stage: '项目阶段',
    investment: '总投资',
    location: '建设地点',
    summary: '项目简介',
    keyFacts: '项目要素',
    backToProjects: '返回项目库',
    previousPage: '上一页',
    nextPage: '下一页',
    pageOf: (page: number, total: number) => `第 ${page} / ${total} 页`,
    notTranslated: '本页内容暂无英文版本，以下显示中文原文。',
    notFoundTitle: '页面不存在',
    notFoundBody: '您访问的页面不存在或已被移除。',
    backHome: '返回首页',
    unavailableTitle: '服务暂时不可用',
    unavailableBody: '内容服务暂时无法访问，请稍后再试。',
    updatedAt: '更新时间',
  },
  en: {
    siteName: 'Investment Portal',
    skipToContent: 'Skip to content',
    navHome: 'Home',
    navProjects: 'Projects',
    navPolicies: 'Policies',
    navNews: 'News',
    navGuides: 'Service guides',
    navChamber: 'Chamber',
    navSearch: 'Search',
    navContact: 'Contact us',
    mainNav: 'Main',
    footerNav: 'Services',
    inquiryStatus: 'Check an inquiry',
    privacyNotice: 'Privacy notice',
    filingLabel: 'Filing numbers',
    hotline: 'Hotline',
    email: 'E-mail',
    address: 'Address',
    officeHours: 'Office hours',
    home: 'Home',
    breadcrumb: 'You are here',
    readMore: 'Read more',
    noResults: 'Nothing matches.',
    filter: 'Filter',
    clearFilters: 'Clear filters',
    all: 'All',
    keyword: 'Keyword',
    switchLanguage: '中文',
    switchLanguageLabel: 'Switch to Chinese',
    homeTitle: 'Invest here, grow with us',
    homeLead: 'Browse the county’s investment project library and follow each project’s progress.',
    featuredProjects: 'Featured projects',
    allProjects: 'See all projects',
    projectsTitle: 'Investment projects',
    projectsCount: (n: number) => `${n} project${n === 1 ? '' : 's'}`,
    noProjects: 'No projects yet.',
    sector: 'Sector',
    stage: 'Stage',
    investment: 'Total investment',
    location: 'Location',
    summary: 'Summary',
    keyFacts: 'Key facts',
    backToProjects: 'Back to projects',
    previousPage: 'Previous',
    nextPage: 'Next',
    pageOf: (page: number, total: number) => `Page ${page} of ${total}`,
    notTranslated:
      'This page has not been translated into English yet; the Chinese original is shown.',
    notFoundTitle: 'Page not found',
    notFoundBody: 'The page you asked for does not exist or has been removed.',
    backHome: 'Back to the home page',
    unavailableTitle: 'Temporarily unavailable',
    unavailableBody: 'The content service cannot be reached right now. Please try again shortly.',
    updatedAt: 'Updated',
  },
} as const

export type Messages = (typeof messages)[Locale]

/** The interface texts for a locale. */
export function t(locale: Locale): Messages {
  return messages[locale]
}

/** Adds the language prefix to a portal path: `/projects` → `/en/projects` in English. */
export function localePath(locale: Locale, path: string): string {
  const clean = path.startsWith('/') ? path : `/${path}`
  if (locale === 'zh') return clean
  return clean === '/' ? '/en/' : `/en${clean}`
}

/** Splits a request path into its language and the path without the prefix. */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  if (pathname === '/en' || pathname === '/en/') return { locale: 'en', path: '/' }
  if (pathname.startsWith('/en/')) return { locale: 'en', path: pathname.slice(3) }
  return { locale: 'zh', path: pathname || '/' }
}
