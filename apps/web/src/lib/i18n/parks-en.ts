import type { parksZh } from './parks-zh'

/** English texts of the park pages and the project comparison. */
export const parksEn: typeof parksZh = {
  parkList: {
    title: 'Parks',
    lead: 'Each park’s lead industries, land and standard factory space, and the costs investors compare.',
    count: (n: number) => `${n} ${n === 1 ? 'park' : 'parks'}`,
    empty: 'No parks yet.',
  },

  parkPage: {
    back: 'Back to parks',
    overview: 'Overview',
    industries: 'Lead industries',
    land: 'Industrial land available',
    factory: 'Standard factory space available',
    mu: 'mu',
    sqm: 'm²',
    costs: 'Costs',
    costsLead: 'Prices as last confirmed by the park; the contract sets the final terms.',
    costKind: 'Item',
    costAmount: 'Price',
    confirmed: 'Confirmed on',
    note: 'Note',
    transport: 'Transport',
    place: 'Place',
    distance: 'Distance',
    km: (n: string) => `${n} km`,
    minutes: (n: number) => `about ${n} min by road`,
    map: 'Park map',
    mapAlt: (park: string) =>
      `Map of ${park}; the numbered markers match the list of projects below`,
    approval: 'Map approval number',
    projects: 'Projects in this park',
    projectsLead: 'The numbers match the markers on the map.',
    notPlaced: ' (not on the map)',
    noProjects: 'No public investment projects in this park yet.',
    marker: (n: number, title: string) => `Marker ${n}: ${title}`,
    contacts: 'Park contacts',
    phone: 'Phone',
    email: 'E-mail',
    projectsLink: 'See this park’s projects in the project library',
  },

  compare: {
    title: 'Compare projects',
    lead: 'Tick 2 to 4 projects in the project library to see their key facts side by side.',
    checkbox: 'Compare',
    submit: 'Compare the chosen projects',
    chosen: 'Projects chosen',
    clear: 'Clear the choice',
    tooFew: 'Please choose at least 2 projects to compare.',
    tooMany: (max: number) =>
      `At most ${max} projects can be compared at once; please choose fewer.`,
    unknown: (n: number) =>
      `${n} of the chosen ${n === 1 ? 'project does' : 'projects do'} not exist or ${n === 1 ? 'is' : 'are'} no longer published; please choose again.`,
    backToList: 'Back to the project library to choose',
    project: 'Project',
    investment: 'Total investment',
    land: 'Land area',
    modes: 'Cooperation modes',
    policies: 'Policies in force that apply',
    policiesCount: (n: number) => `${n}`,
    park: 'Park',
    parkCosts: 'Park costs',
    none: '—',
  },
}
