import { describe, expect, it } from 'vitest'
import { feedHref } from '../../src/lib/feed'
import { describeReason } from '../../src/lib/policy-match'
import { policyFilterWords } from '../../src/lib/policy-list'

describe('a filtered list’s feed address', () => {
  it('carries exactly the list’s filters, without the page number, in the reader’s language', () => {
    expect(feedHref('zh', '/policies', { topic: 'tax', status: 'in-force', q: undefined })).toBe(
      '/policies/rss.xml?topic=tax&status=in-force',
    )
    expect(feedHref('en', '/policies', { status: 'repealed', page: 3 })).toBe(
      '/en/policies/rss.xml?status=repealed',
    )
    expect(feedHref('zh', '/policies')).toBe('/policies/rss.xml')
  })

  it('names the filters the way the list does', () => {
    expect(policyFilterWords({ status: 'repealed', topic: 'land' }, 'zh')).toEqual([
      '已废止或已被修改',
      '土地保障',
    ])
    expect(policyFilterWords({ status: 'not-yet-effective' }, 'en')).toEqual(['Not yet in force'])
  })
})

describe('why a policy matched, in words', () => {
  const parks = new Map([['gong-ye-yuan-qu', { zh: '县工业园区', en: 'County Industrial Park' }]])

  it('names the value that met each limit, in both languages', () => {
    const sector = {
      criterion: 'sector',
      kind: 'met',
      value: 'energy',
      required: ['energy'],
    } as const
    expect(describeReason(sector, 'zh', parks)).toBe('行业符合：能源')
    expect(describeReason(sector, 'en', parks)).toBe('Sector matches: Energy')
    const investment = {
      criterion: 'investment',
      kind: 'met',
      value: 8000,
      required: [5000],
    } as const
    expect(describeReason(investment, 'zh', parks)).toBe('计划投资 8,000 万元，达到起点 5,000 万元')
    expect(describeReason(investment, 'en', parks)).toBe(
      'Planned CNY 80 million meets the minimum of CNY 50 million',
    )
  })

  it('says when a policy is open to all, and which limits the visitor still has to check', () => {
    expect(describeReason({ criterion: 'park', kind: 'open' }, 'zh', parks)).toBe('不限园区')
    expect(
      describeReason(
        { criterion: 'park', kind: 'condition', required: ['gong-ye-yuan-qu'] },
        'en',
        parks,
      ),
    ).toBe('Only in these parks: County Industrial Park')
    expect(
      describeReason(
        { criterion: 'investor', kind: 'condition', required: ['foreign', 'returnee'] },
        'zh',
        parks,
      ),
    ).toBe('仅限：外商投资者、返乡创业人员')
  })
})
