import { describe, expect, it } from 'vitest'
import { normalBasePath, withBase, withoutBase } from '../../src/lib/base'
import { elderCookie, elderModeHref, safeBack } from '../../src/lib/elder-mode'

describe('sub-path base (集约化)', () => {
  it('reads BASE_PATH in any usual spelling', () => {
    for (const value of ['/swj', 'swj', '/swj/', ' /swj// '])
      expect(normalBasePath(value)).toBe('/swj')
    for (const value of ['', '/', undefined]) expect(normalBasePath(value)).toBe('')
  })

  it('adds and removes the base, and tells paths outside it apart', () => {
    expect(withBase('/projects', '/swj')).toBe('/swj/projects')
    expect(withBase('/', '/swj')).toBe('/swj/')
    expect(withBase('/projects', '')).toBe('/projects')
    expect(withoutBase('/swj/en/news', '/swj')).toBe('/en/news')
    expect(withoutBase('/swj', '/swj')).toBe('/')
    expect(withoutBase('/swjx/news', '/swj')).toBeNull()
    expect(withoutBase('/news', '/swj')).toBeNull()
    expect(withoutBase('/news', '')).toBe('/news')
  })
})

describe('长者模式 switch', () => {
  it('links to the switch with the page to come back to', () => {
    expect(elderModeHref(true, '/projects?stage=signed')).toBe(
      '/elder-mode?on=1&back=%2Fprojects%3Fstage%3Dsigned',
    )
  })

  it('sends visitors back only to a path of this portal', () => {
    expect(safeBack('/en/news?category=notice')).toBe('/en/news?category=notice')
    for (const back of [
      null,
      '',
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'javascript:x',
      '/a b',
    ])
      expect(safeBack(back), String(back)).toBe('/')
  })

  it('remembers the choice for a year and forgets it at once', () => {
    expect(elderCookie(true, true)).toBe(
      'portal_elder=1; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly; Secure',
    )
    expect(elderCookie(false, false)).toBe(
      'portal_elder=; Path=/; Max-Age=0; SameSite=Lax; HttpOnly',
    )
  })
})
