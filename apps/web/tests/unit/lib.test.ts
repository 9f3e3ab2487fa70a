import { describe, expect, it } from 'vitest'
import { whereParams } from '../../src/lib/cms'
import { imageSource, mediaPath } from '../../src/lib/media'
import { richPlainText, safeHref, toRichNodes } from '../../src/lib/richtext'
import { listHref } from '../../src/lib/url'

describe('rich text', () => {
  const doc = {
    root: {
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: '<script>alert(1)</script>', format: 1 },
            {
              type: 'link',
              fields: { url: 'javascript:alert(1)' },
              children: [{ type: 'text', text: '坏链接' }],
            },
            {
              type: 'link',
              fields: { url: 'https://www.example.gov.cn/' },
              children: [{ type: 'text', text: '好链接' }],
            },
          ],
        },
        { type: 'upload', value: { url: '/x' } },
        { type: 'heading', tag: 'h1', children: [{ type: 'text', text: '标题' }] },
      ],
    },
  }

  it('keeps text as text, drops script links, and never emits a top-level h1', () => {
    const nodes = toRichNodes(doc)
    expect(nodes).toHaveLength(2)
    const paragraph = nodes[0]
    expect(paragraph?.kind).toBe('paragraph')
    if (paragraph?.kind !== 'paragraph') return
    expect(paragraph.children[0]).toMatchObject({
      kind: 'text',
      text: '<script>alert(1)</script>',
      bold: true,
    })
    expect(paragraph.children[1]).toMatchObject({ kind: 'text', text: '坏链接' })
    expect(paragraph.children[2]).toMatchObject({
      kind: 'link',
      href: 'https://www.example.gov.cn/',
    })
    expect(nodes[1]).toMatchObject({ kind: 'heading', level: 2 })
  })

  it('allows only web, mail, phone and site-relative links', () => {
    expect(safeHref('https://a.example')).toBe('https://a.example/')
    expect(safeHref('/policies/x')).toBe('/policies/x')
    expect(safeHref('mailto:a@example.com')).toBe('mailto:a@example.com')
    expect(safeHref('//evil.example')).toBeNull()
    expect(safeHref(' javascript:alert(1)')).toBeNull()
    expect(safeHref('data:text/html,x')).toBeNull()
  })

  it('refuses site-relative links that a browser reads as off-site', () => {
    // Browsers treat a backslash as a slash and drop tabs and newlines inside a URL.
    for (const href of [
      '/\\evil.example/phish',
      '/\t/evil.example',
      '/\n/evil.example',
      '\\\\evil',
    ]) {
      expect(safeHref(href), JSON.stringify(href)).toBeNull()
    }
    expect(safeHref('/policies/../news?x=1#top')).toBe('/news?x=1#top')
    expect(safeHref('/projects/金山')).toBe('/projects/%E9%87%91%E5%B1%B1')
    expect(safeHref('https://evil.example\\@a.example')).not.toBe(
      'https://evil.example\\@a.example',
    )
    expect(safeHref('http://')).toBeNull()
  })

  it('gives plain text for descriptions and feeds', () => {
    expect(richPlainText(doc)).toContain('好链接')
    expect(richPlainText(null)).toBe('')
  })
})

describe('CMS query parameters', () => {
  it('flattens nested where clauses into bracket parameters', () => {
    expect(
      whereParams({
        and: [{ sector: { equals: 'energy' } }, { or: [{ 'title.zh': { like: '燃气' } }] }],
      }),
    ).toEqual({
      'where[and][0][sector][equals]': 'energy',
      'where[and][1][or][0][title.zh][like]': '燃气',
    })
  })
})

describe('media', () => {
  it('serves CMS files through the portal', () => {
    expect(mediaPath('http://cms:3000/api/media/file/park-1.jpg')).toBe('/media/park-1.jpg')
    expect(mediaPath('https://elsewhere.example/x.jpg')).toBeNull()
  })

  it('builds a srcset from the generated sizes', () => {
    const source = imageSource({
      id: 1,
      url: 'http://cms/api/media/file/a.jpg',
      width: 1600,
      height: 1000,
      sizes: {
        thumbnail: { url: 'http://cms/api/media/file/a-320x200.webp', width: 320, height: 200 },
        card: { url: 'http://cms/api/media/file/a-640x400.webp', width: 640, height: 400 },
        wide: { url: 'http://cms/api/media/file/a-1280x800.webp', width: 1280, height: 800 },
      },
    })
    expect(source).toEqual({
      src: '/media/a-640x400.webp',
      srcset:
        '/media/a-320x200.webp 320w, /media/a-640x400.webp 640w, /media/a-1280x800.webp 1280w',
      width: 640,
      height: 400,
    })
  })
})

describe('list links', () => {
  it('keeps filters, drops empty ones and page 1', () => {
    expect(listHref('en', '/projects', { sector: 'energy', q: undefined, stage: '' }, 1)).toBe(
      '/en/projects?sector=energy',
    )
    expect(listHref('zh', '/projects', { q: '金山 广场' }, 3)).toBe(
      '/projects?q=%E9%87%91%E5%B1%B1+%E5%B9%BF%E5%9C%BA&page=3',
    )
  })
})
