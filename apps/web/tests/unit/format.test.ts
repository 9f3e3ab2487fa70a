import { describe, expect, it } from 'vitest'
import { formatInvestment } from '../../src/lib/format'
import { localePath, splitLocale } from '../../src/lib/i18n'
import { pageNumber } from '../../src/lib/params'

describe('formatInvestment', () => {
  it('keeps the unit staff entered for Chinese readers', () => {
    expect(formatInvestment({ amount: 8000, unit: 'cny-10k' }, 'zh')).toBe('8,000 万元')
    expect(formatInvestment({ amount: 5.8, unit: 'cny-100m' }, 'zh')).toBe('5.8 亿元')
  })
  it('converts to millions and billions for English readers', () => {
    expect(formatInvestment({ amount: 8000, unit: 'cny-10k' }, 'en')).toBe('CNY 80 million')
    expect(formatInvestment({ amount: 15, unit: 'cny-100m' }, 'en')).toBe('CNY 1.5 billion')
    expect(formatInvestment({ amount: 1200, unit: 'usd-10k' }, 'en')).toBe('USD 12 million')
    expect(formatInvestment({ amount: 50, unit: 'cny-10k' }, 'en')).toBe('CNY 500,000')
  })
})

describe('language paths', () => {
  it('prefixes English paths and leaves Chinese ones alone', () => {
    expect(localePath('zh', '/projects')).toBe('/projects')
    expect(localePath('en', '/projects')).toBe('/en/projects')
    expect(localePath('en', '/')).toBe('/en/')
  })
  it('splits a request path into language and page', () => {
    expect(splitLocale('/en/projects/a')).toEqual({ locale: 'en', path: '/projects/a' })
    expect(splitLocale('/en')).toEqual({ locale: 'en', path: '/' })
    expect(splitLocale('/english')).toEqual({ locale: 'zh', path: '/english' })
    expect(splitLocale('/projects')).toEqual({ locale: 'zh', path: '/projects' })
  })
})

describe('pageNumber', () => {
  it.each([
    [null, 1],
    ['2', 2],
    ['0', 1],
    ['-3', 1],
    ['abc', 1],
    ['1e3', 1],
    ['99999', 1],
  ])('reads %j as page %i', (raw, expected) => {
    expect(pageNumber(raw)).toBe(expected)
  })
})
