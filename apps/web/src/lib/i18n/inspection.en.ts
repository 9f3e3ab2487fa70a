import type { inspectionZh } from './inspection.zh'

/** The site-inspection texts in English, key for key the same as `inspection.zh.ts`. */
export const inspectionEn: typeof inspectionZh = {
  reportError: 'Report an error',

  errorReport: {
    title: 'Report an error on this site',
    lead: 'Found a mistake, a broken link or outdated information on one of our pages? Please tell us. The website editors check every report and answer within 3 working days.',
    page: 'Page reported',
    pageUnknown: 'No page named (taken as the home page)',
    status: 'Already sent a report? Check its progress with the tracking number',
  },

  responseRecord: {
    title: 'How fast we answer',
    promise: (days: number) =>
      `We promise to answer online inquiries within ${days} working day${days === 1 ? '' : 's'}.`,
    record: (received: number, answered: number) =>
      `In the last 90 days we received ${received} inquiries and answered ${answered}.`,
    median: (days: number) => `Median time to the first reply: ${days} working days.`,
    noMedian: 'No inquiry was answered in the last 90 days.',
  },

  inquiryAbout: {
    message: 'Your message',
    project: 'Project',
    page: 'Page reported',
  },

  guideElements: {
    basis: 'Legal basis',
    conditions: 'Who may apply',
  },

  annualReport: {
    title: (year: number) => `Government website annual report ${year}`,
    homeLink: (year: number) => `Website annual report ${year}`,
    lead: 'Prepared in the format of the annual report on government websites set by the General Office of the State Council.',
    basics: 'About the website',
    siteName: 'Website name',
    siteCode: 'Website identifier code',
    domain: 'Home page address',
    organiser: 'Organiser',
    publishing: 'Information published',
    column: 'Column',
    items: 'Items published',
    total: 'Total',
    interaction: 'Inquiries',
    inquiries: 'Inquiries received',
    answered: 'Answered',
    medianDays: 'Median working days to reply',
    errorsReceived: 'Error reports received',
    errorsFixed: 'Closed',
    market: 'Agricultural supply and demand',
    marketPosts: 'Posts published',
    marketSupply: 'Of which supply',
    marketDemand: 'Of which demand',
    marketForwarded: 'Replies passed on to posters',
    budget: 'Operation and security',
    budgetAmount: 'Operating budget for the year (10k CNY)',
    staffCount: 'Website staff (persons)',
    securityChecks: 'Security assessments',
    incidents: 'Problems found / fixed',
    notes: 'Other notes',
    none: 'None',
  },
}
