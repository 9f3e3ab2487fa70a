import type { Payload, Where } from 'payload'
import { describe, expect, it } from 'vitest'
import { Paginated } from '@portal/shared/project'
import { SearchEntry } from '@portal/shared/content'
import type { User } from '@portal/shared/payload-types'
import { notifyPortalAfterChange } from '../src/plugins/notifyPortal'
import { paragraphs } from '../src/lib/richText'
import {
  asUser,
  createProject,
  guideData,
  type Staff,
  makeServiceAccount,
  useStaff,
} from './helpers'
import { rest, restToken } from './rest'

// The site-wide search through Payload's search plugin: what it indexes (the
// published version, both languages, Chinese found by any part of a word),
// what it drops, who may write or rebuild it, and what the portal reads.
let payload: Payload
let users: Staff<'admin' | 'editor'>
const password = 'correct-horse-battery-staple'

useStaff(['admin', 'editor'], (booted) => {
  ;({ payload, users } = booted)
})

/** The portal's query: any part of either language's title or text (Payload's `like`). */
const portalWhere = (q: string): Where => ({
  or: ['title', 'titleEn', 'textZh', 'textEn'].map((field) => ({ [field]: { like: q } })),
})
const search = (q: string) =>
  payload.find({ collection: 'search', where: portalWhere(q), ...asUser(undefined) })
const docIds = async (q: string) => (await search(q)).docs.map((hit) => hit.doc.value)

const newsData = (title: string, body: string) => ({
  title,
  category: 'investment' as const,
  publishedAt: '2026-11-01T00:00:00.000Z',
  excerpt: `${title}的摘要`,
  body: paragraphs([body]),
})

describe('the search index', () => {
  it('indexes published documents in both languages, never drafts, and drops unpublished ones', async () => {
    const doc = await payload.create({
      collection: 'news',
      data: {
        ...newsData('蓝莓产业招商推介会', '推介会签约冷链仓储项目三个。'),
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'news',
      id: doc.id,
      locale: 'en',
      data: { title: 'Blueberry investment fair', body: paragraphs(['Three cold-chain deals.']) },
    })
    expect(await docIds('蓝莓')).toEqual([doc.id])
    // A word inside a sentence of the body, and a query spanning two words.
    expect(await docIds('冷链仓储')).toEqual([doc.id])
    expect(await docIds('仓储项目')).toEqual([doc.id])
    expect(await docIds('cold-chain')).toEqual([doc.id])
    const [hit] = (await search('blueberry')).docs
    expect(hit).toMatchObject({
      title: '蓝莓产业招商推介会',
      titleEn: 'Blueberry investment fair',
      slug: doc.slug,
      doc: { relationTo: 'news', value: doc.id },
    })
    expect(hit?.textZh).toContain('推介会签约冷链仓储项目三个。')

    await payload.update({
      collection: 'news',
      id: doc.id,
      data: { title: '草稿标题：黑莓', body: paragraphs(['草稿里的保密内容']), _status: 'draft' },
      draft: true,
    })
    expect((await search('黑莓')).totalDocs).toBe(0)
    expect((await search('保密内容')).totalDocs).toBe(0)
    expect(await docIds('蓝莓')).toEqual([doc.id])

    // Publishing the draft replaces the entry; unpublishing removes it.
    await payload.update({ collection: 'news', id: doc.id, data: { _status: 'published' } })
    expect(await docIds('黑莓')).toEqual([doc.id])
    expect(await docIds('保密内容')).toEqual([doc.id])
    expect((await search('冷链仓储')).totalDocs).toBe(0)
    await payload.update({ collection: 'news', id: doc.id, data: { _status: 'draft' } })
    expect((await search('黑莓')).totalDocs).toBe(0)
    expect((await payload.count({ collection: 'search' })).totalDocs).toBe(0)
  })

  it('keeps one entry per document through edits in either language', async () => {
    const project = await createProject(payload, '山茶油精深加工', { _status: 'published' })
    for (const locale of ['zh', 'en', 'zh'] as const) {
      await payload.update({
        collection: 'projects',
        id: project.id,
        locale,
        data: {
          title: locale === 'en' ? 'Camellia oil processing' : '山茶油精深加工',
          summary: `${locale} 山茶油 camellia oil`,
        },
      })
    }
    const entries = await payload.find({
      collection: 'search',
      where: { 'doc.value': { equals: project.id }, 'doc.relationTo': { equals: 'projects' } },
    })
    expect(entries.totalDocs).toBe(1)
    expect(entries.docs[0]?.textZh).toContain('zh 山茶油')
    expect(entries.docs[0]?.textEn).toContain('en 山茶油')
  })

  it('indexes policies by their document number', async () => {
    const policy = await payload.create({
      collection: 'policies',
      data: {
        title: '关于支持冷链物流发展的若干措施',
        topic: 'land',
        docNumber: '县政发〔2026〕9号',
        issuedAt: '2026-10-01T00:00:00.000Z',
        _status: 'published',
      },
    })
    expect(await docIds('〔2026〕9号')).toEqual([policy.id])
  })

  it('removes deleted documents', async () => {
    const doc = await createProject(payload, '猕猴桃深加工', { _status: 'published' })
    expect((await search('猕猴桃')).totalDocs).toBe(1)
    await payload.delete({ collection: 'projects', id: doc.id })
    expect((await search('猕猴桃')).totalDocs).toBe(0)
  })

  it('leaves bulk imports that ask for it out, until the index is rebuilt', async () => {
    const doc = await payload.create({
      collection: 'guides',
      data: guideData('外商投资企业设立指南', { _status: 'published' }),
      context: { skipSearchIndex: true },
    })
    expect((await search('外商投资')).totalDocs).toBe(0)
    const token = await restToken(users.admin.email, password)
    const rebuilt = await rest('/search/reindex', {
      method: 'POST',
      token,
      body: { collections: ['guides'] },
    })
    expect(rebuilt.status).toBe(200)
    expect(await docIds('外商投资')).toEqual([doc.id])
  })

  it('writes the entry before the portal is told about the change', () => {
    for (const slug of ['projects', 'policies', 'news', 'guides'] as const) {
      // The plugin appends its sync hook after the notification; it must come first.
      const hooks = payload.collections[slug].config.hooks.afterChange
      expect(hooks.indexOf(notifyPortalAfterChange), slug).toBe(hooks.length - 1)
      expect(hooks.length, slug).toBeGreaterThan(1)
    }
  })
})

describe('who may write the index', () => {
  it('refuses writes from staff and the portal, and rebuilding from anyone but admins', async () => {
    const doc = await payload.create({
      collection: 'news',
      data: { ...newsData('真实新闻', '正文'), _status: 'published' },
    })
    const [entry] = (await search('真实新闻')).docs
    if (!entry) throw new Error('entry missing')
    const portal = await makeServiceAccount(payload)
    for (const user of [users.editor, portal]) {
      await expect(
        payload.create({
          collection: 'search',
          data: { doc: { relationTo: 'news', value: doc.id }, slug: 'x', title: '伪造' },
          ...asUser(user as User),
        }),
      ).rejects.toMatchObject({ status: 403 })
      await expect(
        payload.update({
          collection: 'search',
          id: entry.id,
          data: { title: '篡改的标题' },
          ...asUser(user as User),
        }),
      ).rejects.toMatchObject({ status: 403 })
      await expect(
        payload.delete({ collection: 'search', id: entry.id, ...asUser(user as User) }),
      ).rejects.toMatchObject({ status: 403 })
    }
    const editorToken = await restToken(users.editor.email, password)
    for (const token of [editorToken, undefined]) {
      const answer = await rest('/search/reindex', {
        method: 'POST',
        token,
        body: { collections: ['news'] },
      })
      expect(answer.status).toBe(401)
    }
    const after = await payload.findByID({ collection: 'search', id: entry.id })
    expect(after.title).toBe('真实新闻')
  })
})

describe('what the portal reads', () => {
  it('finds entries over REST in the shape of its contract, with the page size capped', async () => {
    const doc = await payload.create({
      collection: 'guides',
      data: guideData('成品油零售经营许可办理', {
        summary: '办理流程与材料',
        _status: 'published',
      }),
    })
    const query = new URLSearchParams({ depth: '0', limit: '10', sort: '-date' })
    query.set('where[or][0][title][like]', '成品油')
    query.set('where[or][1][textZh][like]', '成品油')
    const answer = await rest(`/search?${query}`)
    expect(answer.status).toBe(200)
    const parsed = Paginated(SearchEntry).parse(answer.json())
    expect(parsed.docs).toEqual([
      expect.objectContaining({
        docType: 'guides',
        slug: doc.slug,
        titleZh: '成品油零售经营许可办理',
      }),
    ])
    const all = await rest('/search?pagination=false')
    expect(all.json().limit).toBe(100)
  })
})
