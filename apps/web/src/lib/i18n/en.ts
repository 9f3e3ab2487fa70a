import { inspectionEn } from './inspection.en'
import { parksEn } from './parks-en'
import type { Dictionary } from './zh'

/** The portal's interface texts in English, key for key the same as `zh.ts`. */
export const en: Dictionary = {
  siteName: 'Investment Portal',
  skipToContent: 'Skip to content',
  navHome: 'Home',
  navProjects: 'Projects',
  navPolicies: 'Policies',
  navNews: 'News',
  navGuides: 'Service guides',
  navChamber: 'Chamber',
  navSearch: 'Search',
  // Parks and project comparison
  navParks: 'Parks',
  navContact: 'Contact us',
  mainNav: 'Main',
  footerNav: 'Services',
  inquiryStatus: 'Check an inquiry',
  privacyNotice: 'Privacy notice',
  filingLabel: 'Filing numbers',
  governmentSiteCode: 'Government site code',
  previewBanner: 'Preview: this is an unpublished draft that visitors cannot see.',
  hotline: 'Hotline',
  email: 'E-mail',
  address: 'Address',
  officeHours: 'Office hours',
  noResults: 'Nothing matches.',
  filter: 'Filter',
  clearFilters: 'Clear filters',
  all: 'All',
  keyword: 'Keyword',
  switchLanguage: '中文',
  switchLanguageLabel: 'Switch to Chinese',
  sector: 'Sector',
  stage: 'Stage',
  park: 'Park',
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
  listSeparator: ', ',
  labelSeparator: ': ',

  errorPage: {
    title: 'Something went wrong',
    body: 'This page cannot be shown right now. Please try again shortly.',
  },

  home: {
    title: 'Invest here, grow with us',
    lead: 'Browse the county’s investment project library and follow each project’s progress.',
    paths: 'Where to start',
    invest: 'I want to invest',
    investBody:
      'Browse the projects, incentives and procedures; a named officer follows each project and handles approvals for you.',
    fromHere: 'I am from here',
    fromHereBody:
      'People from the county working elsewhere and returnees: the chamber of commerce would like to hear from you.',
    featuredProjects: 'Featured projects',
    allProjects: 'See all projects',
    indicators: (year: number) => `Key indicators, ${year}`,
    asOf: (date: string) => `Figures as of ${date}`,
    latestNews: 'Latest news',
    latestPolicies: 'Latest policies',
    allNews: 'More news',
    allPolicies: 'More policies',
  },

  projectList: {
    title: 'Investment projects',
    count: (n: number) => `${n} project${n === 1 ? '' : 's'}`,
    size: 'Investment size',
    placeholder: 'Project name or keyword',
    filtered: ' (filtered)',
  },

  // Project library: views, order, feeds, language labels and brochures.
  projectLibrary: {
    views: 'Project type',
    open: 'Open for investment',
    landed: 'Landed projects',
    landedLead: 'Signed, under construction or in operation: what investors have built here.',
    sort: 'Order',
    sorts: { featured: 'Featured first', newest: 'Newest', size: 'Investment size' },
    apply: 'Apply',
    feed: 'Follow these results (RSS)',
    feedTitle: 'Investment projects',
    feedDescription: 'Investment projects matching the chosen filters, newest first.',
    chineseOnly: 'Chinese only',
    brochure: (language: string, size: string) => `Project brochure (PDF, ${language}, ${size})`,
  },

  projectPage: {
    back: 'Back to projects',
    keyFacts: 'Key facts',
    investment: 'Total investment',
    location: 'Location',
    land: 'Land area',
    modes: 'Cooperation modes',
    updatedAt: 'Updated',
    highlights: 'Highlights',
    details: 'Details',
    gallery: 'Pictures',
    brochure: 'Brochure',
    contact: 'Contact',
    phone: 'Phone',
    email: 'E-mail',
    ask: 'Ask about this project',
    askBody:
      'Leave a message below and a named officer will answer; you are also welcome to call or e-mail.',
    orContact: 'Or contact the project officer directly:',
  },

  policyList: {
    title: 'Policies',
    lead: 'County policies on investment, industry support and the business environment.',
    topic: 'Topic',
    status: 'Status',
    keywordPlaceholder: 'Words in the title or summary',
    count: (n: number) => `${n} ${n === 1 ? 'policy' : 'policies'}`,
    docNumber: 'Document No.',
    issuer: 'Issued by',
    issuedAt: 'Issued',
    empty: 'No policies match.',
    rss: 'Subscribe to policy updates (RSS)',
  },

  policyPage: {
    back: 'Back to policies',
    facts: 'Document details',
    docNumber: 'Document No.',
    issuer: 'Issued by',
    topic: 'Topic',
    issuedAt: 'Issued',
    effectiveAt: 'In force from',
    expiresAt: 'Valid until',
    noExpiry: 'No expiry date',
    validity: 'Status',
    summary: 'Summary',
    body: 'Full text',
    attachments: 'Attachments',
    expired: (date: string) => `This policy expired on ${date} and is kept for reference only.`,
    expiredNoDate: 'This policy has expired and is kept for reference only.',
    notYet: (date: string) => `This policy takes effect on ${date}.`,
    notYetNoDate: 'This policy is not yet in force.',
    quoteOpen: '“',
    quoteClose: '”',
  },

  newsList: {
    title: 'News',
    count: (n: number) => `${n} item${n === 1 ? '' : 's'}`,
    categories: 'News categories',
    empty: 'No news yet.',
  },

  newsPage: {
    back: 'Back to news',
    published: 'Published',
    source: 'Source',
    category: 'Category',
  },

  guideList: {
    title: 'Service guides',
    lead: 'Who can apply, what to bring, the steps and whom to call for services at the Bureau of Commerce window.',
    count: (n: number) => `${n} ${n === 1 ? 'guide' : 'guides'}`,
    phone: 'Enquiries',
    empty: 'No service guides yet.',
  },

  guidePage: {
    back: 'Back to service guides',
    audience: 'Who it is for',
    materials: 'What to bring',
    steps: 'Steps',
    facts: 'Practical details',
    timeLimit: 'Time limit',
    fees: 'Fees',
    location: 'Where to apply',
    hours: 'Office hours',
    phone: 'Enquiries',
    related: 'Related policies',
  },

  search: {
    title: 'Search',
    label: 'Search projects, policies, news and service guides',
    button: 'Search',
    found: (n: number, q: string) => `${n} result${n === 1 ? '' : 's'} for “${q}”`,
    types: { projects: 'Project', policies: 'Policy', news: 'News', guides: 'Service guide' },
  },

  chamber: {
    about: 'About the chamber',
    functions: 'What the chamber does',
    howToJoin: 'How to join',
    contact: 'Contact the chamber',
    contactLead:
      'To join, to invest back home or to be put in touch with a project, contact the chamber staff below.',
    phone: 'Phone',
    email: 'E-mail',
    fromHere: 'I am from here',
    fromHereLead:
      'Living and working away from home? Leave your details and what you have in mind (investing at home, starting a business, coming back to work or finding partners) and the chamber will be in touch.',
  },

  contact: {
    title: 'Contact us',
    lead: 'Call, write or leave us a message about investing and doing business here. A message gets a tracking number, with which you can check its progress at any time.',
    details: 'Contact details',
    bureau: 'Office',
    write: 'Send us a message',
    writeLead:
      'Tell us what you would like to know; an officer will answer through the mobile number or e-mail address you give.',
    status: 'Already sent a message? Check its progress with your tracking number',
  },

  inquiryReceived: {
    title: 'Your inquiry has been received',
    yourNumber: 'Your tracking number',
    keep: 'Please write this number down or take a screenshot. To check on your inquiry you need it and the mobile number or e-mail address you gave.',
    next: 'What happens next',
    steps: [
      'An officer reads your inquiry and passes it to the person who can answer it.',
      'We contact you as soon as we can, through the mobile number or e-mail address you gave.',
      'At any time you can check the progress and our reply online with the tracking number and your mobile number (or e-mail address).',
    ],
    check: 'Check the progress',
  },

  inquiryLookup: {
    title: 'Check an inquiry',
    lead: 'Enter the tracking number and the mobile number or e-mail address you gave with your inquiry.',
    number: 'Tracking number',
    numberHint: 'For example ZS-20261128-0042',
    contact: 'Mobile number or e-mail address',
    contactHint: 'Either one, as you gave it with your inquiry.',
    check: 'Check',
    summary: (n: number) => `Please correct ${n === 1 ? 'this problem' : `these ${n} problems`}:`,
    result: (number: string) => `Inquiry ${number}`,
    status: 'Status',
    type: 'Kind of inquiry',
    submitted: 'Sent on',
    reply: 'Our reply',
    repliedAt: 'Replied on',
    noReply: 'No reply yet. An officer is working on it; the reply will appear here.',
    notFound:
      'No inquiry matches this tracking number and contact. Please check the number and the mobile number or e-mail address you gave, and try again.',
    unavailable:
      'Inquiries cannot be checked right now. Please try again later; your inquiry is not affected.',
    contactUs: 'Questions? Contact us',
  },

  privacy: {
    title: 'Privacy notice',
    lead: (bureau: string) =>
      `This website is run by ${bureau || 'the county Bureau of Commerce'}. We handle the personal information you give when you send us a message under the Personal Information Protection Law of the People’s Republic of China (PIPL), as follows.`,
    sections: [
      {
        heading: 'What we collect',
        items: [
          'What you fill in when you send a message (a project inquiry, a general inquiry or a returnee contact): your name, mobile number, e-mail address, organisation and message; for returnees also the province and city you live in, your industry and what you would like to do.',
          'To keep automated programs from abusing the forms, the server holds the network address a message comes from in its memory for a few minutes. It is not stored with your message.',
        ],
      },
      {
        heading: 'What we use it for',
        items: [
          'Only to answer and handle this inquiry, and to contact you while doing so.',
          'Never for marketing, and never for anything unrelated to your inquiry.',
        ],
      },
      {
        heading: 'Who reads it',
        items: [
          'Project and general inquiries: the investment officers of the county Bureau of Commerce.',
          'Returnee contacts: the staff of the county chamber of commerce.',
          'The people who run the system see it only when maintenance requires it, and are bound to confidentiality.',
        ],
      },
      {
        heading: 'How long we keep it',
        items: [
          'While your inquiry is being handled, your details are kept so that we can answer and follow up.',
          'Once it is closed, your details are kept only for the retention period the Bureau of Commerce sets (for example two years); after that your name, contact details and other personal information are deleted or anonymised, leaving only statistics that cannot identify you.',
        ],
      },
      {
        heading: 'No third parties',
        items: [
          'We never sell, give or disclose your personal information to any third party, except where laws or administrative regulations require it.',
        ],
      },
      {
        heading: 'Your rights',
        items: [
          'You may see and copy the personal information you gave, have wrong information corrected, have your information deleted, and withdraw your consent (this does not affect what was done before).',
          'To do so, contact the Bureau of Commerce by the phone number or e-mail address below, giving your tracking number and the mobile number or e-mail address you used, so that we can confirm it is you. We answer within the time the law sets.',
        ],
      },
    ],
    contact: 'Contact',
    contactPage: 'Contact us page',
  },

  // Policy validity, policy matching and the policy finder (政策匹配).
  policyMatch: {
    repealedAt: 'Repealed on',
    statusRepealedOption: 'Repealed or superseded',
    repealed: (date: string) =>
      `This policy was repealed on ${date} and is kept for reference only.`,
    repealedNoDate: 'This policy has been repealed and is kept for reference only.',
    superseded: 'This policy has been superseded. The document in force is',
    rssFiltered: 'Subscribe to this filtered list (RSS)',
    projectTitle: 'Policies that apply',
    projectLead: 'These policies in force match this project by sector, park and investment:',
    projectNone: 'No policy in force matches this project yet.',
    finderLink: 'Find the policies that apply to you (policy finder)',
    finderTitle: 'Policy finder',
    finderLead:
      'Choose a sector, a park and the kind of investor, enter your planned investment, and see which policies in force apply and why.',
    sector: 'Sector',
    park: 'Park',
    investor: 'Investor type',
    investment: 'Planned investment (in CNY 10,000)',
    investmentHint: 'A number: 8000 means CNY 80 million.',
    any: 'Any',
    submit: 'Find policies',
    count: (n: number) => `${n} ${n === 1 ? 'policy' : 'policies'} in force apply`,
    empty:
      'No policy in force applies. Try fewer conditions, or contact us and we will advise you.',
    rejected: (fields: string) => `We could not read these answers and left them out: ${fields}.`,
    share: 'The address of this page is your result: bookmark it or share it.',
    why: 'Why it matches',
    benefit: 'What it gives',
    separator: ', ',
    open: {
      sector: 'Any sector',
      park: 'Any park',
      investor: 'Any investor',
      investment: 'No minimum investment',
    },
    met: {
      sector: (v: string) => `Sector matches: ${v}`,
      park: (v: string) => `Park matches: ${v}`,
      investor: (v: string) => `Investor type matches: ${v}`,
      investment: (v: string, min: string) => `Planned ${v} meets the minimum of ${min}`,
    },
    condition: {
      sector: (v: string) => `Only for these sectors: ${v}`,
      park: (v: string) => `Only in these parks: ${v}`,
      investor: (v: string) => `Only for: ${v}`,
      investment: (min: string) => `Requires a planned investment of at least ${min}`,
    },
  },
  // Parks and project comparison
  ...parksEn,

  // The agricultural supply and demand board (农产品供求).
  market: {
    nav: 'Farm market',
    title: 'Farm products: supply and demand',
    lead: 'Farm products offered and wanted by the county’s co-operatives, farmers and firms. Staff review each post before it appears; posts leave the board when they expire. Contact details are never shown: write through “Contact the supplier” or “Contact the buyer” and staff pass your message on.',
    count: (n: number) => (n === 1 ? '1 post' : `${n} posts`),
    filtered: ' (filtered)',
    kind: 'Supply or demand',
    category: 'Category',
    township: 'Township',
    townshipPlaceholder: 'e.g. 金山镇',
    post: 'Post an offer or a request',
    feed: 'Subscribe to this list (RSS)',
    feedTitle: (what: string) => `Farm market · ${what}`,
    feedDescription: 'Farm products offered and wanted in the county, published after review.',
    variety: 'Variety',
    quantity: 'Quantity',
    price: 'Unit price',
    perUnit: (price: string, unit: string) => `CNY ${price} per ${unit}`,
    origin: 'Origin (township)',
    period: 'Available or wanted',
    from: (day: string) => `from ${day}`,
    range: (from: string, until: string) => `${from} to ${until}`,
    certifications: 'Certification',
    expires: 'Post expires',
    published: 'Published',
    photos: 'Photos',
    description: 'Description',
    back: 'Back to the farm market',
    contactSupply: 'Contact the supplier',
    contactDemand: 'Contact the buyer',
    contactLead:
      'To protect both sides, contact details are not published. Leave your request and how to reach you; staff pass it on to the person who posted.',
    newTitle: 'Post a farm product offer or request',
    newLead:
      'Describe what you offer or want. Staff review the post before it appears; your name and contact are never published. Look up the outcome with your tracking number.',
    messageLabel:
      'In “Message”, describe the product, grade, packing and delivery (no phone numbers: reviewers remove them).',
    latest: 'Newest farm market posts',
    all: 'All farm market posts',
    related: 'Related farm market posts',
    relatedAll: 'See more',
  },
  feeds: {
    language: 'en',
    news: 'Investment news, chamber news and notices.',
    policies: 'New county policies on investment and industry support.',
  },

  // Government-site inspection (适老化, phone menu, favicon): the visitor-side switches.
  govweb: {
    elderModeOn: 'Large text',
    elderModeOff: 'Standard text',
  },
  // Site inspection: error reports, response record, annual report.
  ...inspectionEn,
}
