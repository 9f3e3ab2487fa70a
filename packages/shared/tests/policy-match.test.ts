import { describe, expect, it } from 'vitest'
import { parsePolicyFinder } from '../src/filters'
import {
  countMatchedPolicies,
  matchPolicies,
  matchPolicy,
  projectMatchQuery,
  type MatchablePolicy,
} from '../src/policy-match'

const now = new Date('2026-12-01T04:00:00Z')
const inForce = { effectiveAt: '2026-01-01T00:00:00.000Z' }
const park = (slug: string) => ({ id: slug.length, slug, title: { zh: slug } })

describe('the matching rule', () => {
  it('an empty applicability applies to all, and says so for every criterion', () => {
    expect(matchPolicy({}, { sector: 'energy', investment: 10 })).toEqual([
      { criterion: 'sector', kind: 'open' },
      { criterion: 'park', kind: 'open' },
      { criterion: 'investor', kind: 'open' },
      { criterion: 'investment', kind: 'open' },
    ])
    expect(matchPolicy(null, {})).toHaveLength(4)
  })

  it('a listed sector, park and investor type match and are named as the reason', () => {
    const reasons = matchPolicy(
      {
        sectors: ['manufacturing', 'nonferrous'],
        parks: [park('gong-ye-yuan-qu')],
        investorTypes: ['foreign'],
      },
      { sector: 'nonferrous', park: 'gong-ye-yuan-qu', investor: 'foreign' },
    )
    expect(reasons?.slice(0, 3)).toEqual([
      {
        criterion: 'sector',
        kind: 'met',
        value: 'nonferrous',
        required: ['manufacturing', 'nonferrous'],
      },
      { criterion: 'park', kind: 'met', value: 'gong-ye-yuan-qu', required: ['gong-ye-yuan-qu'] },
      { criterion: 'investor', kind: 'met', value: 'foreign', required: ['foreign'] },
    ])
  })

  it('a value outside any list excludes the policy', () => {
    expect(matchPolicy({ sectors: ['energy'] }, { sector: 'tourism' })).toBeNull()
    expect(matchPolicy({ parks: [park('a')] }, { park: 'b' })).toBeNull()
    expect(matchPolicy({ investorTypes: ['returnee'] }, { investor: 'domestic' })).toBeNull()
  })

  it('the minimum investment is met at exactly the minimum and not below it', () => {
    expect(matchPolicy({ minInvestment: 5000 }, { investment: 5000 })?.[3]).toEqual({
      criterion: 'investment',
      kind: 'met',
      value: 5000,
      required: [5000],
    })
    expect(matchPolicy({ minInvestment: 5000 }, { investment: 4999.9 })).toBeNull()
  })

  it('a limit the question did not answer is kept as a condition to check, not a match or a refusal', () => {
    expect(matchPolicy({ investorTypes: ['foreign'], minInvestment: 100 }, {})?.slice(2)).toEqual([
      { criterion: 'investor', kind: 'condition', required: ['foreign'] },
      { criterion: 'investment', kind: 'condition', required: [100] },
    ])
  })

  it('a project known to be in no park does not get park-only policies', () => {
    const query = projectMatchQuery({
      sector: 'commerce',
      park: null,
      investment: { amount: 2, unit: 'cny-100m' },
    })
    expect(query).toEqual({ sector: 'commerce', park: null, investment: 20_000 })
    expect(matchPolicy({ parks: [park('gong-ye-yuan-qu')] }, query)).toBeNull()
    expect(matchPolicy({ parks: [] }, query)).not.toBeNull()
  })
})

describe('matching a list of policies', () => {
  const policies: Array<MatchablePolicy & { slug: string }> = [
    { slug: 'all', ...inForce },
    { slug: 'energy', ...inForce, applicability: { sectors: ['energy'] } },
    { slug: 'future', effectiveAt: '2027-01-01T00:00:00.000Z' },
    { slug: 'expired', expiresAt: '2025-12-31T00:00:00.000Z' },
    { slug: 'repealed', ...inForce, supersededBy: 7 },
  ]

  it('keeps only policies in force, in the order given, with their reasons', () => {
    const matched = matchPolicies(policies, { sector: 'energy' }, now)
    expect(matched.map((m) => m.policy.slug)).toEqual(['all', 'energy'])
    expect(matched[1]?.reasons[0]).toMatchObject({ kind: 'met', value: 'energy' })
    expect(matchPolicies(policies, { sector: 'tourism' }, now).map((m) => m.policy.slug)).toEqual([
      'all',
    ])
  })

  it('counts what it matches, for the compare page', () => {
    expect(countMatchedPolicies(policies, { sector: 'energy' }, now)).toBe(2)
    expect(countMatchedPolicies(policies, { sector: 'tourism' }, now)).toBe(1)
    expect(countMatchedPolicies([], {}, now)).toBe(0)
  })
})

describe('the finder’s question from a URL', () => {
  const parse = (query: string) => parsePolicyFinder(new URLSearchParams(query))

  it('keeps a valid question', () => {
    expect(parse('sector=energy&park=gong-ye-yuan-qu&investor=foreign&investment=8000')).toEqual({
      filters: { sector: 'energy', park: 'gong-ye-yuan-qu', investor: 'foreign', investment: 8000 },
      rejected: [],
    })
  })

  it('drops and names each value it cannot use; empty fields are not errors', () => {
    const { filters, rejected } = parse(
      "sector=' OR 1=1&park=../etc&investor=alien&investment=-5&q=x",
    )
    expect(filters).toEqual({
      sector: undefined,
      park: undefined,
      investor: undefined,
      investment: undefined,
    })
    expect(rejected).toEqual(['sector', 'park', 'investor', 'investment'])
    expect(parse('sector=&investment=').rejected).toEqual([])
    expect(parse('investment=abc').rejected).toEqual(['investment'])
    expect(parse('investment=99999999').rejected).toEqual(['investment'])
  })
})
