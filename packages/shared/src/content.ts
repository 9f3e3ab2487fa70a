import { z } from 'zod'
import {
  BENEFIT_TYPES,
  BROCHURE_LANGUAGES,
  COOPERATION_MODES,
  INDICATORS,
  INVESTOR_TYPES,
  LAND_UNITS,
  NEWS_CATEGORIES,
  POLICY_TOPICS,
  POLICY_VALIDITY,
} from './constants'
import { MARKET_CATEGORIES } from './market'
import {
  Investment,
  LocalizedText,
  OptionalLocalizedText,
  ProjectStage,
  Sector,
  Slug,
} from './project'

/**
 * What the portal reads from the CMS, beyond the project list core in
 * `./project`. Every read uses `locale=all`, so localized fields are `{ zh, en }`.
 */

const Id = z.union([z.number(), z.string()])

/** A Lexical rich-text value: the portal renders only node types it knows, escaped. */
export const RichText = z
  .object({ root: z.object({ children: z.array(z.unknown()) }).loose() })
  .loose()
export type RichText = z.infer<typeof RichText>

export const LocalizedRichText = z.object({ zh: RichText.nullish(), en: RichText.nullish() })
export type LocalizedRichText = z.infer<typeof LocalizedRichText>

const MediaSize = z.object({
  url: z.string().nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
  mimeType: z.string().nullish(),
})

/** An uploaded image or document, as related documents carry it at depth 1. */
export const PublicMedia = z.object({
  id: Id,
  url: z.string().nullish(),
  filename: z.string().nullish(),
  mimeType: z.string().nullish(),
  filesize: z.number().nullish(),
  width: z.number().nullish(),
  height: z.number().nullish(),
  alt: OptionalLocalizedText.nullish(),
  sizes: z
    .object({
      thumbnail: MediaSize.nullish(),
      card: MediaSize.nullish(),
      wide: MediaSize.nullish(),
      og: MediaSize.nullish(),
    })
    .partial()
    .nullish(),
})
export type PublicMedia = z.infer<typeof PublicMedia>

/** A related media field: an object at depth ≥ 1, an id (or null) when not populated. */
const MediaRef = z.union([PublicMedia, Id]).nullish()

export const Seo = z
  .object({
    title: OptionalLocalizedText.nullish(),
    description: OptionalLocalizedText.nullish(),
    image: MediaRef,
  })
  .nullish()

export const PublicPark = z.object({
  id: Id,
  slug: Slug,
  title: LocalizedText,
  description: OptionalLocalizedText.nullish(),
  order: z.number().nullish(),
})
export type PublicPark = z.infer<typeof PublicPark>

/** A project with everything its detail page shows. */
export const PublicProjectDetail = z.object({
  id: Id,
  slug: Slug,
  title: LocalizedText,
  summary: OptionalLocalizedText.nullish(),
  body: LocalizedRichText.nullish(),
  highlights: z.array(z.object({ text: OptionalLocalizedText.nullish() })).nullish(),
  sector: Sector,
  stage: ProjectStage,
  park: z.union([PublicPark, Id]).nullish(),
  location: OptionalLocalizedText.nullish(),
  investment: Investment,
  investmentSize: z.number().nullish(),
  landArea: z
    .object({ amount: z.number().nullish(), unit: z.enum(LAND_UNITS).nullish() })
    .nullish(),
  cooperationModes: z.array(z.enum(COOPERATION_MODES)).nullish(),
  /** For agri-food projects: the supply and demand board's categories to list beside it. */
  marketCategories: z.array(z.enum(MARKET_CATEGORIES)).nullish(),
  gallery: z.array(z.union([PublicMedia, Id])).nullish(),
  brochure: MediaRef,
  brochureLanguage: z.enum(BROCHURE_LANGUAGES).nullish(),
  contact: z
    .object({
      name: OptionalLocalizedText.nullish(),
      phone: z.string().nullish(),
      email: z.string().nullish(),
    })
    .nullish(),
  featured: z.boolean().nullish(),
  meta: Seo,
  updatedAt: z.string(),
})
export type PublicProjectDetail = z.infer<typeof PublicProjectDetail>

/**
 * The fields a list asks the CMS for (`select`), and the media fields it needs
 * of each related image (`populate`): a list never carries bodies, contacts or
 * SEO fields it does not show. Each `*_CARD_FIELDS` list and its schema below
 * name the same fields; a contract test keeps them in step.
 */
export const CARD_MEDIA_FIELDS = [
  'url',
  'filename',
  'mimeType',
  'width',
  'height',
  'alt',
  'sizes',
] as const

export const PROJECT_CARD_FIELDS = [
  'slug',
  'title',
  'summary',
  'sector',
  'stage',
  'location',
  'investment',
  'gallery',
  'updatedAt',
] as const

/** A project as a card in a list shows it. */
export const PublicProjectCard = PublicProjectDetail.pick({
  id: true,
  slug: true,
  title: true,
  summary: true,
  sector: true,
  stage: true,
  location: true,
  investment: true,
  gallery: true,
  updatedAt: true,
})
export type PublicProjectCard = z.infer<typeof PublicProjectCard>

/** Enough of a document to list it in the sitemap. */
export const SITEMAP_FIELDS = ['slug', 'updatedAt'] as const
export const SitemapEntry = z.object({ id: Id, slug: Slug, updatedAt: z.string() })
export type SitemapEntry = z.infer<typeof SitemapEntry>

/** Whom a policy applies to (`@portal/shared/policy-match`); parks arrive as `{ id, slug, title }` at depth 1. */
export const PolicyApplicability = z.object({
  sectors: z.array(Sector).nullish(),
  parks: z
    .array(z.union([z.object({ id: Id, slug: Slug, title: LocalizedText.nullish() }).loose(), Id]))
    .nullish(),
  investorTypes: z.array(z.enum(INVESTOR_TYPES)).nullish(),
  minInvestment: z.number().nonnegative().nullish(),
})

/** Enough of a policy to link to it, and its state when the read carries it (to label one not in force). */
export const PolicyRef = z.object({
  id: Id,
  slug: Slug,
  title: LocalizedText,
  validity: z.enum(POLICY_VALIDITY).optional(),
  supersededBy: z.unknown().optional(),
})

export const PublicPolicy = z.object({
  id: Id,
  slug: Slug,
  title: LocalizedText,
  summary: OptionalLocalizedText.nullish(),
  body: LocalizedRichText.nullish(),
  docNumber: z.string().nullish(),
  issuer: OptionalLocalizedText.nullish(),
  topic: z.enum(POLICY_TOPICS),
  issuedAt: z.string(),
  effectiveAt: z.string().nullish(),
  expiresAt: z.string().nullish(),
  repealedAt: z.string().nullish(),
  validity: z.enum(POLICY_VALIDITY),
  supersededBy: z.union([PolicyRef.loose(), Id]).nullish(),
  applicability: PolicyApplicability.nullish(),
  benefitTypes: z.array(z.enum(BENEFIT_TYPES)).nullish(),
  benefit: OptionalLocalizedText.nullish(),
  attachments: z.array(z.union([PublicMedia, Id])).nullish(),
  meta: Seo,
  updatedAt: z.string(),
})
export type PublicPolicy = z.infer<typeof PublicPolicy>

/**
 * A policy as matching reads it (the project page, the finder): its state,
 * whom it applies to and one line on what it gives, with its parks' slugs.
 */
export const POLICY_MATCH_FIELDS = [
  'slug',
  'title',
  'effectiveAt',
  'expiresAt',
  'repealedAt',
  'validity',
  'supersededBy',
  'applicability',
  'benefitTypes',
  'benefit',
] as const
export const PublicPolicyMatchCard = PublicPolicy.pick({
  id: true,
  slug: true,
  title: true,
  effectiveAt: true,
  expiresAt: true,
  repealedAt: true,
  validity: true,
  supersededBy: true,
  applicability: true,
  benefitTypes: true,
  benefit: true,
})
export type PublicPolicyMatchCard = z.infer<typeof PublicPolicyMatchCard>

/** A policy in a list; `validity` is worked out from the dates and `supersededBy`, so those come too. */
export const POLICY_CARD_FIELDS = [
  'slug',
  'title',
  'summary',
  'docNumber',
  'issuer',
  'topic',
  'issuedAt',
  'effectiveAt',
  'expiresAt',
  'repealedAt',
  'validity',
  'supersededBy',
  'updatedAt',
] as const
export const PublicPolicyCard = PublicPolicy.pick({
  id: true,
  slug: true,
  title: true,
  summary: true,
  docNumber: true,
  issuer: true,
  topic: true,
  issuedAt: true,
  effectiveAt: true,
  expiresAt: true,
  repealedAt: true,
  validity: true,
  supersededBy: true,
  updatedAt: true,
})
export type PublicPolicyCard = z.infer<typeof PublicPolicyCard>

export const PublicNews = z.object({
  id: Id,
  slug: Slug,
  title: LocalizedText,
  excerpt: OptionalLocalizedText.nullish(),
  body: LocalizedRichText.nullish(),
  category: z.enum(NEWS_CATEGORIES),
  publishedAt: z.string(),
  author: OptionalLocalizedText.nullish(),
  cover: MediaRef,
  meta: Seo,
  updatedAt: z.string(),
})
export type PublicNews = z.infer<typeof PublicNews>

/** A news item in a list, the home page and the feed. */
export const NEWS_CARD_FIELDS = [
  'slug',
  'title',
  'excerpt',
  'category',
  'publishedAt',
  'cover',
  'updatedAt',
] as const
export const PublicNewsCard = PublicNews.pick({
  id: true,
  slug: true,
  title: true,
  excerpt: true,
  category: true,
  publishedAt: true,
  cover: true,
  updatedAt: true,
})
export type PublicNewsCard = z.infer<typeof PublicNewsCard>

export const PublicGuide = z.object({
  id: Id,
  slug: Slug,
  title: LocalizedText,
  summary: OptionalLocalizedText.nullish(),
  audience: OptionalLocalizedText.nullish(),
  basis: OptionalLocalizedText.nullish(),
  conditions: OptionalLocalizedText.nullish(),
  materials: z.array(z.object({ item: OptionalLocalizedText.nullish() })).nullish(),
  steps: z.array(z.object({ step: OptionalLocalizedText.nullish() })).nullish(),
  timeLimit: OptionalLocalizedText.nullish(),
  fees: OptionalLocalizedText.nullish(),
  location: OptionalLocalizedText.nullish(),
  hours: OptionalLocalizedText.nullish(),
  phone: z.string().nullish(),
  relatedPolicies: z.array(z.union([PolicyRef.loose(), Id])).nullish(),
  meta: Seo,
  updatedAt: z.string(),
})
export type PublicGuide = z.infer<typeof PublicGuide>

export const SiteSettings = z.object({
  countyName: LocalizedText,
  bureauName: LocalizedText,
  tagline: OptionalLocalizedText.nullish(),
  logo: MediaRef,
  /** The browser tab icon; the portal ships a default when none is set. */
  favicon: MediaRef,
  /** 集约化: the shared platform the portal runs inside, linked from its header. */
  hostSite: z
    .object({ name: OptionalLocalizedText.nullish(), url: z.string().nullish() })
    .nullish(),
  address: OptionalLocalizedText.nullish(),
  hotline: z.string().nullish(),
  email: z.string().nullish(),
  officeHours: OptionalLocalizedText.nullish(),
  footerLinks: z.array(z.object({ label: LocalizedText, url: z.string() })).nullish(),
  filing: z
    .object({
      icp: z.string().nullish(),
      publicSecurity: z.string().nullish(),
      governmentSiteCode: z.string().nullish(),
    })
    .nullish(),
})
export type SiteSettings = z.infer<typeof SiteSettings>

export const Chamber = z.object({
  name: LocalizedText,
  body: LocalizedRichText.nullish(),
  functions: z
    .array(z.object({ title: LocalizedText, description: OptionalLocalizedText.nullish() }))
    .nullish(),
  howToJoin: LocalizedRichText.nullish(),
  contacts: z
    .array(
      z.object({
        name: LocalizedText,
        role: OptionalLocalizedText.nullish(),
        phone: z.string().nullish(),
        email: z.string().nullish(),
      }),
    )
    .nullish(),
})
export type Chamber = z.infer<typeof Chamber>

export const Indicators = z.object({
  years: z
    .array(
      z.object({
        year: z.number().int(),
        asOf: z.string(),
        items: z
          .array(z.object({ key: z.enum(INDICATORS), target: z.number(), actual: z.number() }))
          .nullish(),
      }),
    )
    .nullish(),
})
export type Indicators = z.infer<typeof Indicators>

/** Kinds of public document the site-wide search covers (the CMS's search plugin indexes these). */
export const SEARCH_COLLECTIONS = ['projects', 'policies', 'news', 'guides'] as const
export type SearchCollection = (typeof SEARCH_COLLECTIONS)[number]

/**
 * One row of the CMS's search index as the REST API sends it (Payload's search
 * plugin: `title` is the Chinese title, `doc` points at the document), read as
 * the flat entry the search page shows.
 */
export const SearchEntry = z
  .object({
    id: Id,
    doc: z.object({ relationTo: z.enum(SEARCH_COLLECTIONS), value: Id }),
    slug: Slug,
    title: z.string(),
    titleEn: z.string().nullish(),
    textZh: z.string().nullish(),
    textEn: z.string().nullish(),
    date: z.string().nullish(),
  })
  .transform(({ doc, title, ...entry }) => ({ ...entry, docType: doc.relationTo, titleZh: title }))
export type SearchEntry = z.infer<typeof SearchEntry>
