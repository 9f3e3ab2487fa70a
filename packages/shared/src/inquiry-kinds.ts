import type { StaffRole } from './constants'
import type { InquiryField } from './inquiry'
import type { Bilingual } from './locales'

/**
 * Fields a page fills in for the visitor rather than the visitor typing them:
 * the project an inquiry is about, taken from the project page it was sent from;
 * the portal page an error report is about (我要纠错), taken from the link in
 * that page's footer and checked to be a path of this site; or the market post
 * a visitor answers (联系供方/联系需方).
 */
export const INQUIRY_CONTEXT_FIELDS = ['project', 'pagePath', 'marketPost'] as const
export type InquiryContextField = (typeof INQUIRY_CONTEXT_FIELDS)[number]

/** Everything the product knows about one kind of inquiry. */
export interface InquiryKind {
  /** What visitors and staff call it. */
  label: Bilingual
  /**
   * The fields the form shows, in order. Phone and e-mail are shown together
   * as “how to reach you”, where the first of them comes. A field a kind does
   * not show is dropped from what it files (stored as empty).
   */
  fields: readonly InquiryField[]
  /** Of `fields`, the ones that must be filled in (phone and e-mail: see `contactRequired`). */
  required: readonly InquiryField[]
  /** Whether a phone number or an e-mail address (at least one) must be given. */
  contactRequired: boolean
  /** Fields the page fills in; each one listed is required. */
  context: readonly InquiryContextField[]
  /** Staff roles that read, answer and may be assigned inquiries of this kind. */
  handlers: readonly StaffRole[]
  /** Who the consent text names as the users of the visitor's details. */
  handledBy: Bilingual
  /**
   * Working days staff have to answer. When `replyDaysInSettings` is set, the
   * number admins keep in the inquiry settings (咨询设置, 答复时限) replaces it
   * and this one applies only while the settings hold none; otherwise it is
   * fixed (a deadline set by rule, not by the bureau).
   */
  replyWorkingDays: number
  replyDaysInSettings: boolean
  /**
   * Who hears of a new one first. `project-officer`: it is assigned to the
   * responsible officer of its project, if that officer handles this kind,
   * and mailed to them; otherwise, and for `duty-inbox`, the notice goes to
   * the duty inbox of the inquiry settings.
   */
  notify: 'project-officer' | 'duty-inbox'
}

const BUREAU: Bilingual = {
  zh: '县商务局的招商工作人员',
  en: 'the investment officers of the county Bureau of Commerce',
}

const MARKET_STAFF: Bilingual = {
  zh: '商会和县商务局负责农产品供求信息的工作人员',
  en: 'the staff of the chamber of commerce and the Bureau of Commerce who run the supply and demand board',
}

/**
 * The kinds of inquiry (咨询留言), one entry each. The zod contract, the
 * portal's form, the CMS collection (which fields staff see), who handles
 * them, the reply deadline and the staff mail all read this table: adding a
 * kind is one entry here plus the page that carries its form
 * (`<InquirySection>` in apps/web). Only a field that no kind has yet needs
 * more (see docs/architecture.md, “Adding an inquiry kind”).
 * The order of the entries is the order staff see in the CMS.
 */
const KINDS = {
  /** An investor asks about a project, from the project's page. */
  project: {
    label: { zh: '项目咨询', en: 'Project inquiry' },
    fields: ['name', 'phone', 'email', 'organisation', 'message', 'consent'],
    required: ['name', 'message', 'consent'],
    contactRequired: true,
    context: ['project'],
    handlers: ['admin', 'investment-officer'],
    handledBy: BUREAU,
    replyWorkingDays: 3,
    replyDaysInSettings: true,
    notify: 'project-officer',
  },
  /** A returnee (“I am from here”, 我是家乡人) contacts the chamber of commerce. */
  returnee: {
    label: { zh: '返乡联络', en: 'Returnee contact' },
    fields: [
      'name',
      'phone',
      'email',
      'organisation',
      'province',
      'city',
      'industry',
      'intent',
      'message',
      'consent',
    ],
    required: ['name', 'province', 'city', 'intent', 'message', 'consent'],
    contactRequired: true,
    context: [],
    handlers: ['admin', 'chamber-staff'],
    handledBy: { zh: '商会的工作人员', en: 'the staff of the chamber of commerce' },
    replyWorkingDays: 3,
    replyDaysInSettings: true,
    notify: 'duty-inbox',
  },
  /** Anyone writes to the bureau from the contact page. */
  general: {
    label: { zh: '综合咨询', en: 'General inquiry' },
    fields: ['name', 'phone', 'email', 'organisation', 'message', 'consent'],
    required: ['name', 'message', 'consent'],
    contactRequired: true,
    context: [],
    handlers: ['admin', 'investment-officer'],
    handledBy: BUREAU,
    replyWorkingDays: 3,
    replyDaysInSettings: true,
    notify: 'duty-inbox',
  },
  /**
   * Anyone reports an error on a page (我要纠错), from the link in every
   * page's footer. Inspection rules (e.g. Liaoning's) give 3 working days to
   * answer, so the deadline is fixed, not the bureau's setting.
   */
  'error-report': {
    label: { zh: '网站纠错', en: 'Error report' },
    fields: ['name', 'phone', 'email', 'message', 'consent'],
    required: ['name', 'message', 'consent'],
    contactRequired: true,
    context: ['pagePath'],
    handlers: ['admin', 'editor'],
    handledBy: {
      zh: '县商务局的网站编辑人员',
      en: 'the website editors of the county Bureau of Commerce',
    },
    replyWorkingDays: 3,
    replyDaysInSettings: false,
    notify: 'duty-inbox',
  },
  /**
   * A co-operative, farm or buyer posts on the supply and demand board (发布供求信息).
   * The CMS files the `post` as a market post awaiting review; the review's
   * outcome is this inquiry's status and public reply.
   */
  'market-post': {
    label: { zh: '发布供求信息', en: 'Supply or demand post' },
    fields: ['name', 'phone', 'email', 'organisation', 'post', 'message', 'consent'],
    required: ['name', 'post', 'message', 'consent'],
    contactRequired: true,
    context: [],
    handlers: ['admin', 'chamber-staff'],
    handledBy: MARKET_STAFF,
    replyWorkingDays: 3,
    replyDaysInSettings: false,
    notify: 'duty-inbox',
  },
  /**
   * A visitor answers a post (联系供方/联系需方). Staff forward it to the
   * poster, so no contact detail of either party is ever public.
   */
  'market-contact': {
    label: { zh: '供求对接', en: 'Reply to a market post' },
    fields: ['name', 'phone', 'email', 'organisation', 'message', 'consent'],
    required: ['name', 'message', 'consent'],
    contactRequired: true,
    context: ['marketPost'],
    handlers: ['admin', 'chamber-staff'],
    handledBy: MARKET_STAFF,
    replyWorkingDays: 3,
    replyDaysInSettings: true,
    notify: 'duty-inbox',
  },
} satisfies Record<string, InquiryKind>

/** Which kind an inquiry is. */
export type InquiryType = keyof typeof KINDS

export const INQUIRY_KINDS: Readonly<Record<InquiryType, InquiryKind>> = KINDS

/** The kinds, in the table's order. */
export const INQUIRY_TYPES = Object.keys(KINDS) as [InquiryType, ...InquiryType[]]

export const INQUIRY_TYPE_LABELS = Object.fromEntries(
  INQUIRY_TYPES.map((type) => [type, KINDS[type].label]),
) as Record<InquiryType, Bilingual>

/** The entry of a kind, or undefined for anything that is not one (an unchecked request, say). */
export function inquiryKind(type: unknown): InquiryKind | undefined {
  return typeof type === 'string' && Object.hasOwn(KINDS, type)
    ? KINDS[type as InquiryType]
    : undefined
}

const lists = (list: readonly string[], field: string) => list.includes(field)

/** True when inquiries of this kind show (and file) this field. */
export function kindShows(type: unknown, field: InquiryField | InquiryContextField): boolean {
  const kind = inquiryKind(type)
  return Boolean(kind && (lists(kind.fields, field) || lists(kind.context, field)))
}

/** True when this field must be filled in on a form of this kind. */
export function kindRequires(type: unknown, field: InquiryField | InquiryContextField): boolean {
  const kind = inquiryKind(type)
  return Boolean(kind && (lists(kind.required, field) || lists(kind.context, field)))
}
