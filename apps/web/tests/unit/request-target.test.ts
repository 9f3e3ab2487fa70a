import { describe, expect, it } from 'vitest'
import { ALL_FILTER_PARAMS, FILTER_PARAMS } from '@portal/shared/filters'
import { cacheKey, parseTarget } from '../../server/request-target'

describe('parseTarget', () => {
  it('passes plain origin-form paths as they are', () => {
    expect(parseTarget('/')).toEqual({ kind: 'path', pathname: '/', search: '' })
    expect(parseTarget('/en/projects?sector=energy')).toEqual({
      kind: 'path',
      pathname: '/en/projects',
      search: '?sector=energy',
    })
    expect(parseTarget('/search?q=%E5%9B%AD%E5%8C%BA')).toMatchObject({ kind: 'path' })
    expect(parseTarget('/media/a_b-c.d~e.jpg')).toMatchObject({ kind: 'path' })
  })

  it('redirects what a URL parser and the renderer would read differently to one normal form', () => {
    const cases: Array<[string, string]> = [
      ['//x/', '/x/'],
      ['//x', '/x'],
      ['///', '/'],
      ['http://a/contact', '/contact'],
      ['HTTPS://evil.example/news?page=2', '/news?page=2'],
      ['http://a', '/'],
      ['/./', '/'],
      ['/a/../', '/'],
      ['/projects/../contact', '/contact'],
      ['/%2e%2e/', '/'],
      ['/%2E/en/', '/en/'],
      ['/../../etc/passwd', '/etc/passwd'],
      ['/projects/.', '/projects/'],
      ['/%70rojects', '/projects'],
      ['/projects/%3cx%3e', '/projects/%3Cx%3E'],
      ['/news?', '/news'],
    ]
    for (const [raw, location] of cases) {
      expect(parseTarget(raw), raw).toEqual({ kind: 'redirect', location })
    }
  })

  it('never redirects off the site', () => {
    for (const raw of [
      '//evil.example',
      '//evil.example/x',
      'http://a//evil.example',
      '/.//evil',
    ]) {
      const target = parseTarget(raw)
      if (target.kind === 'redirect') expect(target.location, raw).toMatch(/^\/(?![/\\])/)
    }
  })

  it('answers 404 for encoded slashes and backslashes, which name no page', () => {
    for (const raw of ['/%2f', '/%2F/x', '/%5c', '/\\x', '/projects/..%2F..%2Fapi%2Fusers']) {
      expect(parseTarget(raw), raw).toEqual({ kind: 'refuse', status: 404 })
    }
  })

  it('refuses targets that are not a path at all, or broken', () => {
    for (const raw of [
      '*',
      'x',
      '/%zz',
      '/a%',
      '/a b',
      '/a"b',
      '/a<b',
      '/é',
      '/?q=%00',
      '/?q=a\u0001',
    ]) {
      expect(parseTarget(raw), raw).toEqual({ kind: 'refuse', status: 400 })
    }
  })
})

describe('cacheKey', () => {
  it('keeps only the filter parameters, non-empty and sorted', () => {
    expect(
      cacheKey('/projects', '?utm_source=x&stage=signed&sector=energy', ALL_FILTER_PARAMS),
    ).toBe('/projects?sector=energy&stage=signed')
    expect(cacheKey('/projects', '?utm=<script>evil', ALL_FILTER_PARAMS)).toBe('/projects')
    expect(cacheKey('/projects', '?sector=&page=2', ALL_FILTER_PARAMS)).toBe('/projects?page=2')
  })

  it('takes its parameters from every list filter and the search (one declaration in shared)', () => {
    for (const names of Object.values(FILTER_PARAMS)) {
      for (const name of names) {
        expect(cacheKey('/x', `?${name}=1`, ALL_FILTER_PARAMS), name).toBe(`/x?${name}=1`)
      }
    }
    expect([...ALL_FILTER_PARAMS].sort()).toEqual(
      [
        'category',
        'id',
        'investment',
        'investor',
        'kind',
        'page',
        'park',
        'q',
        'sector',
        'size',
        'sort',
        'stage',
        'status',
        'topic',
        'township',
        'view',
      ].sort(),
    )
  })

  it('never lets two different multi-value filters share a cached page', () => {
    const key = (query: string) => cacheKey('/projects', query, ALL_FILTER_PARAMS)
    const pairs = [
      ['?sector=energy&sector=agrifood', '?sector=energy&sector=commerce'],
      ['?sector=energy&sector=agrifood', '?sector=energy'],
      ['?stage=signed&stage=operating', '?stage=signed'],
      ['?sector=energy&stage=signed', '?sector=energy&sector=signed'],
      ['?view=landed&sort=size', '?view=landed'],
    ]
    for (const [a = '', b = ''] of pairs) expect(key(a), `${a} vs ${b}`).not.toBe(key(b))
    expect(key('?sector=energy&utm=x&sector=agrifood')).toBe(
      '/projects?sector=energy&sector=agrifood',
    )
  })
})
