import { describe, expect, it } from 'vitest'
import { INVESTMENT_SIZES, investmentIn10kCny } from '../src/constants'
import {
  ALL_FILTER_PARAMS,
  parseMarketFilters,
  parseNewsFilters,
  parsePolicyFilters,
  parseProjectFilters,
  parseSearch,
  projectStages,
  projectView,
} from '../src/filters'

const params = (query: string) => new URLSearchParams(query)

describe('list filters from a URL', () => {
  it('keeps valid project filters', () => {
    expect(
      parseProjectFilters(
        params(
          'view=landed&sector=energy&sector=agrifood&stage=signed&park=gong-ye-yuan-qu&size=over-100m&sort=size&q=燃气&page=2',
        ),
      ),
    ).toEqual({
      view: 'landed',
      sector: ['energy', 'agrifood'],
      stage: ['signed'],
      park: 'gong-ye-yuan-qu',
      size: 'over-100m',
      sort: 'size',
      q: '燃气',
      page: 2,
    })
  })

  it('drops tampered or unknown values instead of passing them on', () => {
    expect(
      parseProjectFilters(
        params(
          "view=all&sector=' OR 1=1&stage=done&stage=dropped&park=../x&size=huge&sort=id&page=-1&q=%00",
        ),
      ),
    ).toEqual({
      view: undefined,
      sector: [],
      stage: [],
      park: undefined,
      size: undefined,
      sort: undefined,
      q: undefined,
      page: 1,
    })
  })

  it('reads several values of a filter once each, in one order whatever the URL says', () => {
    const a = parseProjectFilters(params('sector=energy&sector=commerce&sector=energy&sector=x'))
    const b = parseProjectFilters(params('sector=commerce&sector=energy'))
    expect(a.sector).toEqual(['energy', 'commerce'])
    expect(b.sector).toEqual(a.sector)
  })

  it('shows investors the open projects by default and the landed ones in their own view', () => {
    const none = parseProjectFilters(params(''))
    expect(projectView(none)).toBe('open')
    expect(projectStages(none)).toEqual(['reserve', 'negotiating'])
    const landed = parseProjectFilters(params('view=landed'))
    expect(projectStages(landed)).toEqual(['signed', 'construction', 'operating'])
    // An old link to a landed stage opens the landed view with that stage.
    const old = parseProjectFilters(params('stage=operating'))
    expect(projectView(old)).toBe('landed')
    expect(projectStages(old)).toEqual(['operating'])
    // A stage outside the view asked for is not shown in it.
    expect(projectStages(parseProjectFilters(params('view=open&stage=signed')))).toEqual([
      'reserve',
      'negotiating',
    ])
    // A dropped project is in no view, whatever the URL asks.
    for (const query of ['stage=dropped', 'view=landed&stage=dropped', 'view=dropped']) {
      expect(projectStages(parseProjectFilters(params(query)))).not.toContain('dropped')
    }
  })

  it('offers a band for "100 million yuan or more" that takes every project from there up', () => {
    const band = INVESTMENT_SIZES.find((s) => s.key === 'over-100m')
    expect(band).toMatchObject({ min: 10_000, max: null })
    expect(investmentIn10kCny(1, 'cny-100m')).toBeGreaterThanOrEqual(band?.min ?? Infinity)
    expect(investmentIn10kCny(9_999, 'cny-10k')).toBeLessThan(band?.min ?? 0)
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
