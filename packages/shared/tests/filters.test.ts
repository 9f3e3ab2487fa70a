import { describe, expect, it } from 'vitest'
import { investmentIn10kCny } from '../src/constants'
import {
  ALL_FILTER_PARAMS,
  parseMarketFilters,
  parseNewsFilters,
  parsePolicyFilters,
  parseProjectFilters,
  parseSearch,
} from '../src/filters'

const params = (query: string) => new URLSearchParams(query)

describe('list filters from a URL', () => {
  it('keeps valid project filters', () => {
    expect(
      parseProjectFilters(
        params('sector=energy&stage=signed&park=gong-ye-yuan-qu&size=over-1b&q=燃气&page=2'),
      ),
    ).toEqual({
      sector: 'energy',
      stage: 'signed',
      park: 'gong-ye-yuan-qu',
      size: 'over-1b',
      q: '燃气',
      page: 2,
    })
  })

  it('drops tampered or unknown values instead of passing them on', () => {
    expect(
      parseProjectFilters(params("sector=' OR 1=1&stage=done&park=../x&size=huge&page=-1&q=%00")),
    ).toEqual({
      sector: undefined,
      stage: undefined,
      park: undefined,
      size: undefined,
      q: undefined,
      page: 1,
    })
  })

  it('trims and caps search phrases', () => {
    expect(parseSearch(params(`q=${'长'.repeat(80)}`)).q).toHaveLength(50)
    expect(parseSearch(params('q=%20%20')).q).toBeUndefined()
  })

  it('reads policy and news filters', () => {
    expect(parsePolicyFilters(params('topic=tax&status=expired'))).toMatchObject({
      topic: 'tax',
      status: 'expired',
    })
    expect(parsePolicyFilters(params('status=all')).status).toBeUndefined()
    expect(parseNewsFilters(params('category=notice&page=3'))).toEqual({
      category: 'notice',
      page: 3,
    })
  })
})

describe('the supply and demand board’s filters', () => {
  it('keeps supply or demand, a category and a township, and each is part of the cache key', () => {
    expect(parseMarketFilters(params('kind=supply&category=tea&township=金山镇&page=2'))).toEqual({
      kind: 'supply',
      category: 'tea',
      township: '金山镇',
      page: 2,
    })
    for (const name of ['kind', 'category', 'township'])
      expect(ALL_FILTER_PARAMS.has(name)).toBe(true)
  })

  it('drops tampered values instead of passing them to the CMS', () => {
    expect(
      parseMarketFilters(
        params(`kind=sell&category=gold&township=${encodeURIComponent('金山镇"][or]')}`),
      ),
    ).toEqual({ kind: undefined, category: undefined, township: undefined, page: 1 })
    expect(parseMarketFilters(params(`township=${'镇'.repeat(40)}`)).township).toBeUndefined()
  })
})

describe('investment size', () => {
  it('converts every unit to 万元', () => {
    expect(investmentIn10kCny(5.8, 'cny-100m')).toBe(58_000)
    expect(investmentIn10kCny(8000, 'cny-10k')).toBe(8000)
    expect(investmentIn10kCny(1200, 'usd-10k')).toBeCloseTo(8520)
  })
})
