import { describe, expect, it } from 'vitest'
import { filterFeedHref } from '../../src/lib/filter-feed'
import { formatFileSize } from '../../src/lib/format'
import { toRichNodes, withoutRepeatedLead } from '../../src/lib/richtext'
import { listHref } from '../../src/lib/url'

/** A Lexical value of plain paragraphs. */
const body = (...paragraphs: string[]) => ({
  root: {
    children: paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] })),
  },
})

describe('filtered list links and feeds', () => {
  it('repeats a filter with several values and leaves out empty ones', () => {
    expect(
      listHref(
        'zh',
        '/projects',
        { sector: ['energy', 'agrifood'], stage: [], park: undefined },
        2,
      ),
    ).toBe('/projects?sector=energy&sector=agrifood&page=2')
  })

  it('gives each filtered view the feed of exactly its filters, whatever the page or order', () => {
    const filters = { view: 'landed', sector: ['energy', 'agrifood'], sort: 'size', page: 3 }
    expect(filterFeedHref('en', '/projects', filters)).toBe(
      '/en/projects/rss.xml?view=landed&sector=energy&sector=agrifood',
    )
    expect(filterFeedHref('zh', '/projects', { sector: [], q: '' })).toBe('/projects/rss.xml')
    expect(filterFeedHref('zh', '/projects', { sector: ['energy'] })).not.toBe(
      filterFeedHref('zh', '/projects', { sector: ['energy', 'agrifood'] }),
    )
  })
})

describe('project details', () => {
  it('drops opening paragraphs that repeat the summary, and only those', () => {
    const lead = '建设商业综合体。'
    expect(withoutRepeatedLead(toRichNodes(body(lead)), lead)).toEqual([])
    const rest = withoutRepeatedLead(toRichNodes(body(lead, '用地约85亩。', lead)), lead)
    expect(rest).toHaveLength(2)
    expect(withoutRepeatedLead(toRichNodes(body('另一段。', lead)), lead)).toHaveLength(2)
    expect(withoutRepeatedLead(toRichNodes(body(lead)), '')).toHaveLength(1)
  })

  it('states a brochure size in KB or MB', () => {
    expect(formatFileSize(120 * 1024, 'en')).toBe('120 KB')
    expect(formatFileSize(300, 'zh')).toBe('1 KB')
    expect(formatFileSize(2.5 * 1024 * 1024, 'en')).toBe('2.5 MB')
  })
})
