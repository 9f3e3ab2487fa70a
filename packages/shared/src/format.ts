import { INVESTMENT_UNIT_LABELS, type InvestmentUnit } from './constants'
import type { Locale } from './locales'

const UNIT_FACTOR: Record<InvestmentUnit, { factor: number; currency: 'CNY' | 'USD' }> = {
  'cny-10k': { factor: 1e4, currency: 'CNY' },
  'cny-100m': { factor: 1e8, currency: 'CNY' },
  'usd-10k': { factor: 1e4, currency: 'USD' },
}

/**
 * A project's total investment as a reader of that language says it: Chinese
 * keeps the unit staff entered (8,000 万元); English converts to millions
 * (CNY 80 million), since 万 and 亿 mean nothing to most foreign readers.
 */
export function formatInvestment(
  investment: { amount: number; unit: InvestmentUnit },
  locale: Locale,
): string {
  const { amount, unit } = investment
  if (locale === 'zh') {
    const number = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(amount)
    return `${number} ${INVESTMENT_UNIT_LABELS[unit].zh}`
  }
  const { factor, currency } = UNIT_FACTOR[unit]
  const value = amount * factor
  const number = (n: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(n)
  if (value >= 1e9) return `${currency} ${number(value / 1e9)} billion`
  if (value >= 1e6) return `${currency} ${number(value / 1e6)} million`
  return `${currency} ${number(value)}`
}
