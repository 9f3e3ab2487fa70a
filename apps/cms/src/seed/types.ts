import type { Indicator, NewsCategory, PolicyTopic } from '@portal/shared/constants'

/** A demo text: Chinese always, English left out where the bureau has not translated it yet. */
export interface Bi {
  zh: string
  en?: string
}

/** Paragraphs of a rich-text body, per language. */
export interface BiParagraphs {
  zh: string[]
  en?: string[]
}

export interface SeedPolicy {
  slug: string
  topic: PolicyTopic
  /** 文号, e.g. 示政发〔2025〕12号 */
  docNumber: string
  issuer: Bi
  /** ISO dates (YYYY-MM-DD). */
  issuedAt: string
  effectiveAt: string
  expiresAt?: string
  /** ISO date (YYYY-MM-DD) the policy was repealed, when it was. */
  repealedAt?: string
  /** Slug of the policy that replaced this one. */
  supersededBySlug?: string
  title: Bi
  summary: Bi
  body: BiParagraphs
}

export interface SeedNews {
  slug: string
  category: NewsCategory
  /** ISO date-time. */
  publishedAt: string
  author: Bi
  title: Bi
  excerpt: Bi
  body: BiParagraphs
  /** Hex colour of the generated cover image. */
  coverColor: string
}

export interface SeedGuide {
  slug: string
  /** The service's name. */
  title: Bi
  summary: Bi
  audience: Bi
  /** 设定依据 and 申请条件: required to publish (inspection checklist). */
  basis: Bi
  conditions: Bi
  materials: Bi[]
  steps: Bi[]
  timeLimit: Bi
  fees: Bi
  location: Bi
  hours: Bi
  phone: string
  relatedPolicySlugs: string[]
}

export interface SeedSiteSettings {
  countyName: Bi
  bureauName: Bi
  address: Bi
  hotline: string
  email: string
  officeHours: Bi
  icpNumber: string
  publicSecurityNumber: string
  governmentSiteCode: string
  footerLinks: { label: Bi; url: string }[]
}

export interface SeedChamber {
  name: Bi
  about: BiParagraphs
  functions: { title: Bi; description: Bi }[]
  howToJoin: BiParagraphs
  contacts: { name: Bi; role: Bi; phone: string; email?: string }[]
}

export interface SeedIndicatorYear {
  year: number
  /** ISO date the actual figures refer to. */
  asOf: string
  items: { key: Indicator; target: number; actual: number }[]
}
