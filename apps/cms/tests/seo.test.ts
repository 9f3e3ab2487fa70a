import type { Field, Payload } from 'payload'
import { describe, expect, it } from 'vitest'
import { PublicNews } from '@portal/shared/content'
import { DEV_PORTAL_API_KEY } from '@portal/shared/env'
import {
  asUser,
  useStaff,
  createProject,
  type Staff,
  makeServiceAccount,
  pngImage,
} from './helpers'
import { rest, restToken } from './rest'

// Search-engine and sharing fields through Payload's SEO plugin: what staff
// write and the portal reads, and who may call the plugin's endpoints.
let payload: Payload
let users: Staff<'editor' | 'chamber'>
const password = 'correct-horse-battery-staple'

useStaff(['editor', 'chamber'], (booted) => {
  ;({ payload, users } = booted)
})

const newsData = {
  title: '园区招商推介会',
  category: 'investment' as const,
  publishedAt: '2026-11-01T00:00:00.000Z',
}

async function image() {
  const data = await pngImage(1200, 630, '#3a6ea5')
  return payload.create({
    collection: 'media',
    data: { alt: '推介会现场' },
    file: { name: 'share.png', data, mimetype: 'image/png', size: data.length },
  })
}

describe('SEO fields', () => {
  it('hold a title and description per language and one sharing image, read by the portal', async () => {
    const picture = await image()
    const doc = await payload.create({
      collection: 'news',
      data: {
        ...newsData,
        meta: { title: '推介会 · 县商务局', description: '三个项目现场签约', image: picture.id },
        _status: 'published',
      },
      ...asUser(users.editor),
    })
    await payload.update({
      collection: 'news',
      id: doc.id,
      locale: 'en',
      data: {
        title: 'Investment fair',
        meta: { title: 'Investment fair', description: 'Three deals' },
      },
    })
    const answer = await rest(`/news/${doc.id}?locale=all&depth=1`)
    expect(answer.status).toBe(200)
    const read = PublicNews.parse(answer.json())
    expect(read.meta?.title).toEqual({ zh: '推介会 · 县商务局', en: 'Investment fair' })
    expect(read.meta?.description).toEqual({ zh: '三个项目现场签约', en: 'Three deals' })
    // One image for both languages: the same in an English read.
    const english = await payload.findByID({
      collection: 'news',
      id: doc.id,
      locale: 'en',
      depth: 0,
    })
    expect(english.meta?.image).toBe(picture.id)
  })

  it('refuses a meta title longer than search engines show', async () => {
    await expect(
      createProject(payload, '超长标题测试', { meta: { title: '长'.repeat(71) } }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('are on every public document kind, in a tab of their own in the project form', () => {
    for (const slug of ['projects', 'policies', 'news', 'guides'] as const) {
      const meta = payload.collections[slug].config.flattenedFields.find((f) => f.name === 'meta')
      expect(meta?.type, slug).toBe('group')
      const fields = meta && 'flattenedFields' in meta ? meta.flattenedFields : []
      const byName = Object.fromEntries(fields.map((f) => [f.name, f]))
      expect(byName.title?.localized, slug).toBe(true)
      expect(byName.description?.localized, slug).toBe(true)
      expect(byName.image?.localized, slug).toBe(false)
    }
    const tabs = payload.collections.projects.config.fields[0] as Extract<Field, { type: 'tabs' }>
    const seoTab = tabs.tabs.at(-1)
    expect(seoTab?.label).toEqual({ zh: '搜索引擎', en: 'SEO' })
    expect(seoTab?.fields.map((f) => ('name' in f ? f.name : f.type))).toEqual(['meta'])
  })
})

describe('the plugin\u2019s generate endpoint', () => {
  const generate = (body: unknown, token?: string, headers?: Record<string, string>) =>
    rest('/plugin-seo/generate-url', { method: 'POST', body, token, headers })

  it('gives staff the portal address of the document they edit', async () => {
    const doc = await payload.create({
      collection: 'news',
      data: { ...newsData, _status: 'published' },
    })
    const token = await restToken(users.editor.email, password)
    for (const [locale, prefix] of [
      ['zh', ''],
      ['en', '/en'],
    ] as const) {
      const answer = await generate(
        { id: doc.id, collectionSlug: 'news', doc: { id: doc.id, slug: doc.slug }, locale },
        token,
      )
      expect(answer.status).toBe(200)
      expect(answer.json().result).toBe(`http://localhost:4321${prefix}/news/${doc.slug}`)
    }
  })

  it('refuses visitors, the portal\u2019s key, and collections without SEO fields', async () => {
    const doc = await createProject(payload, '未公开的项目', {}, { draft: true })
    const body = { id: doc.id, collectionSlug: 'projects', doc: { id: doc.id, slug: 'x' } }
    expect((await generate(body)).status).toBe(401)
    await makeServiceAccount(payload)
    const portal = await generate(body, undefined, {
      authorization: `service-accounts API-Key ${DEV_PORTAL_API_KEY}`,
    })
    expect(portal.status).toBe(401)
    // Staff, but for a collection without SEO fields (the plugin would otherwise read it).
    const answer = await generate(
      { id: users.editor.id, collectionSlug: 'users', doc: { id: users.editor.id } },
      await restToken(users.chamber.email, password),
    )
    expect(answer.status).toBe(403)
    expect(answer.text).not.toContain(users.editor.email)
  })
})
