import { bilingualChoices } from './locales'

/**
 * The investor resource database (客商资源库): companies and the people the
 * bureau talks to. Staff-only records; these lists name the choices staff pick from.
 */

/** Where an investor comes from, as the work plan sorts them. */
const investorTypeChoices = bilingualChoices({
  domestic: { zh: '国内客商', en: 'Domestic' },
  foreign: { zh: '外商', en: 'Foreign' },
  'hk-macao-taiwan': { zh: '港澳台客商', en: 'Hong Kong, Macao or Taiwan' },
  returnee: { zh: '在外乡贤', en: 'Returnee (xiangxian)' },
})
export const INVESTOR_TYPES = investorTypeChoices.values
export type InvestorType = (typeof INVESTOR_TYPES)[number]
export const INVESTOR_TYPE_LABELS = investorTypeChoices.labels

/** How the bureau came to know the investor (招商方式). */
const investorSourceChoices = bilingualChoices({
  inquiry: { zh: '门户留言', en: 'Portal inquiry' },
  fair: { zh: '展会推介', en: 'Trade fair' },
  referral: { zh: '以商招商', en: 'Referral by an investor' },
  chamber: { zh: '商会推荐', en: 'Chamber of commerce' },
  visit: { zh: '走访拜访', en: 'Visit' },
  market: { zh: '农产品供求', en: 'Supply and demand board' },
})
export const INVESTOR_SOURCES = investorSourceChoices.values
export type InvestorSource = (typeof INVESTOR_SOURCES)[number]
export const INVESTOR_SOURCE_LABELS = investorSourceChoices.labels

/** On what ground the bureau holds a contact's personal data (PIPL art. 13). */
const processingBasisChoices = bilingualChoices({
  consent: { zh: '本人同意', en: 'Consent of the person' },
  contract: { zh: '订立或履行合同所必需', en: 'Needed for a contract' },
  'public-info': { zh: '本人已公开的信息', en: 'Information the person made public' },
})
export const PROCESSING_BASES = processingBasisChoices.values
export type ProcessingBasis = (typeof PROCESSING_BASES)[number]
export const PROCESSING_BASIS_LABELS = processingBasisChoices.labels

/**
 * Why a contact is kept past the retention period. `none` is the default:
 * an inactive contact is then anonymised like an expired inquiry.
 */
const retentionBasisChoices = bilingualChoices({
  none: { zh: '无（到期匿名化）', en: 'None (anonymise when inactive)' },
  contract: { zh: '合同履行期内', en: 'A contract is in force' },
  'legal-obligation': { zh: '法定保存义务', en: 'A legal duty to keep it' },
  'active-project': { zh: '在谈或在建项目', en: 'A project in talks or under way' },
})
export const RETENTION_BASES = retentionBasisChoices.values
export type RetentionBasis = (typeof RETENTION_BASES)[number]
export const RETENTION_BASIS_LABELS = retentionBasisChoices.labels

/** Lower-cased e-mail and digits-only phone, so that an inquiry matches the record however either was typed. */
export function normalizeEmail(email: string | null | undefined): string | null {
  const trimmed = email?.trim().toLowerCase()
  return trimmed ? trimmed : null
}

/** The phone number's digits, without a leading +86 or 0086 (at least 7 digits, else none). */
export function normalizePhone(phone: string | null | undefined): string | null {
  const digits = (phone ?? '').replace(/\D/g, '').replace(/^(?:0086|86)(?=1\d{10}$)/, '')
  return digits.length >= 7 ? digits : null
}
