import { describe, expect, it } from 'vitest'
import { compareProblem, parseCompareSelection } from '../src/compare'
import { ALL_FILTER_PARAMS } from '../src/filters'

const parse = (query: string) => parseCompareSelection(new URLSearchParams(query))

describe('the project comparison’s choice', () => {
  it('keeps each value once, in the visitor’s order', () => {
    expect(parse('id=b&id=a&id=b&id=%20c%20')).toEqual({ id: ['b', 'a', 'c'] })
  })
  it('says when there are too few or too many to compare', () => {
    expect(compareProblem(parse(''))).toBe('too-few')
    expect(compareProblem(parse('id=a&id=a'))).toBe('too-few')
    expect(compareProblem(parse('id=a&id=b'))).toBe('none')
    expect(compareProblem(parse('id=a&id=b&id=c&id=d'))).toBe('none')
    expect(compareProblem(parse('id=a&id=b&id=c&id=d&id=e'))).toBe('too-many')
  })
  it('reads no more values than it needs to refuse them', () => {
    const many = Array.from({ length: 500 }, (_, i) => `id=p${i}`).join('&')
    expect(parse(many).id).toHaveLength(5)
  })
  it('is part of the page cache key, so two choices never share a cached page', () => {
    expect(ALL_FILTER_PARAMS.has('id')).toBe(true)
  })
})
