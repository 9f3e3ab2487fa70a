import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import type { APIContext } from 'astro'
import { afterEach, describe, expect, it, vi } from 'vitest'

// The helpers every page uses: what happens while the CMS is away, the feeds'
// XML, phone links and the two dictionaries. The CMS here is a real address on
// which nothing listens, so the client fails the way it does in production.
async function closedAddress(): Promise<string> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return `http://127.0.0.1:${port}`
}

// Set before the modules read their environment (the client is created on import).
process.env.CMS_URL = await closedAddress()
process.env.SITE_URL = 'https://invest.example.gov.cn'
const { CmsError, cms } = await import('../../src/lib/cms')
const { loadPage, unavailableResponse } = await import('../../src/lib/page')
const { escapeXml, rssResponse } = await import('../../src/lib/feed')
const { telHref } = await import('../../src/lib/tel')
const { t, zhLang } = await import('../../src/lib/i18n')

const routeContext = (locale: 'zh' | 'en') =>
  ({ locals: { locale }, url: new URL('http://portal.test/feed') }) as unknown as APIContext

afterEach(() => {
  vi.restoreAllMocks()
})

describe('loadPage', () => {
  it('hands back what the CMS answered', async () => {
    expect(await loadPage(async () => ({ docs: ['a'] }))).toEqual({ docs: ['a'] })
  })

  it('turns an unreachable CMS into undefined and logs why', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(await loadPage(() => cms.listNews())).toBeUndefined()
    expect(String(logged.mock.calls[0]?.[0])).toMatch(/^CMS unreachable at http:\/\/127\.0\.0\.1:/)
  })

  it('lets any other error through to the 500 page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await expect(
      loadPage(async () => {
        throw new TypeError('a bug in the page')
      }),
    ).rejects.toThrow(TypeError)
    await expect(
      loadPage(async () => {
        throw new CmsError('contract broken')
      }),
    ).resolves.toBeUndefined()
  })
})

describe('feeds and the sitemap while the CMS is away', () => {
  // The portal's server answers 500 for a render with an empty body, so an
  // empty 503 reached readers and crawlers as a server error without Retry-After.
  it('answer 503 with Retry-After and a body', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const routes = {
      news: (await import('../../src/pages/news/rss.xml')).GET,
      policies: (await import('../../src/pages/policies/rss.xml')).GET,
      sitemap: (await import('../../src/pages/sitemap.xml')).GET,
    }
    for (const [name, GET] of Object.entries(routes)) {
      const response = await GET(routeContext('en'))
      expect(response.status, name).toBe(503)
      expect(response.headers.get('retry-after'), name).toBe('30')
      expect((await response.text()).length, name).toBeGreaterThan(0)
    }
  })

  it('says so in Chinese first', async () => {
    expect(await unavailableResponse().text()).toBe(
      '服务暂时不可用 / Service temporarily unavailable',
    )
  })
})

describe('RSS', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeXml(`<script>alert("x")</script> & 'q'\u0000\u000b`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;q&apos;',
    )
    expect(escapeXml('招商 😀 \t\n')).toBe('招商 😀 \t\n')
  })

  it('writes absolute links in the reader’s language, the newest date first', async () => {
    const response = rssResponse(
      'en',
      { title: 'News <b>', path: '/news', description: 'All the news' },
      [
        { title: 'Newest & best', path: '/news/b', date: '2026-11-20T02:00:00.000Z' },
        {
          title: 'Older',
          path: '/news/a',
          date: '2026-11-01T02:00:00.000Z',
          description: 'About <it>',
          category: 'Notices',
        },
      ],
    )
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    const xml = await response.text()
    expect(xml).toContain('<title>News &lt;b&gt;</title>')
    expect(xml).toContain('<link>https://invest.example.gov.cn/en/news</link>')
    expect(xml).toContain('href="https://invest.example.gov.cn/en/news/rss.xml" rel="self"')
    expect(xml).toContain('<language>en</language>')
    expect(xml).toContain('<lastBuildDate>Fri, 20 Nov 2026 02:00:00 GMT</lastBuildDate>')
    expect(xml).toContain('<guid isPermaLink="true">https://invest.example.gov.cn/en/news/b</guid>')
    expect(xml).toContain('<description>About &lt;it&gt;</description>')
    expect(xml).toContain('<category>Notices</category>')
    expect(xml.indexOf('Newest &amp; best')).toBeLessThan(xml.indexOf('Older'))
    // Only the item that has them carries a description and a category.
    expect(xml.match(/<description>/g)).toHaveLength(2)
    expect(xml.match(/<category>/g)).toHaveLength(1)
  })

  it('keeps Chinese links unprefixed and says zh-cn', async () => {
    const xml = await rssResponse(
      'zh',
      { title: '新闻', path: '/news', description: '' },
      [],
    ).text()
    expect(xml).toContain('<link>https://invest.example.gov.cn/news</link>')
    expect(xml).toContain('<language>zh-cn</language>')
    expect(xml).not.toContain('lastBuildDate')
  })
})

describe('telHref', () => {
  it('keeps only what a phone dials', () => {
    expect(telHref('0000-1234501')).toBe('tel:00001234501')
    expect(telHref('+86 (571) 8888 1234 转 8')).toBe('tel:+86571888812348')
  })
})

describe('dictionaries', () => {
  it('marks a Chinese original shown on an English page, and nothing else', () => {
    expect(zhLang(true)).toBe('zh-CN')
    expect(zhLang(false)).toBeUndefined()
    expect(zhLang(undefined)).toBeUndefined()
  })

  // The types require every key in English; this also catches a missing list
  // entry (a privacy paragraph, a step) and a text left empty.
  it('have the same keys, list lengths and kinds in both languages, none empty', () => {
    const compare = (zh: unknown, en: unknown, path: string): void => {
      expect(typeof en, path).toBe(typeof zh)
      if (typeof zh === 'string') expect((en as string).trim(), path).not.toBe('')
      if (typeof zh === 'function') {
        const fn = en as (...args: unknown[]) => unknown
        expect(fn.length, path).toBe((zh as (...args: unknown[]) => unknown).length)
      }
      if (Array.isArray(zh)) {
        expect((en as unknown[]).length, path).toBe(zh.length)
        zh.forEach((item, i) => compare(item, (en as unknown[])[i], `${path}[${i}]`))
      } else if (zh && typeof zh === 'object') {
        const enObject = en as Record<string, unknown>
        expect(Object.keys(enObject).sort(), path).toEqual(Object.keys(zh).sort())
        for (const [key, value] of Object.entries(zh))
          compare(value, enObject[key], `${path}.${key}`)
      }
    }
    compare(t('zh'), t('en'), 'messages')
  })

  it('count in each language’s grammar', () => {
    expect(t('zh').projectList.count(1)).toBe('共 1 个项目')
    expect(t('en').projectList.count(1)).toBe('1 project')
    expect(t('en').projectList.count(2)).toBe('2 projects')
    expect(t('en').policyList.count(1)).toBe('1 policy')
    expect(t('en').search.found(2, '园区')).toBe('2 results for “园区”')
  })
})
