import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  CARD_MEDIA_FIELDS,
  NEWS_CARD_FIELDS,
  POLICY_CARD_FIELDS,
  PROJECT_CARD_FIELDS,
  PublicNewsCard,
  PublicPolicyCard,
  PublicProjectCard,
  SITEMAP_FIELDS,
  SitemapEntry,
} from '@portal/shared/content'
import { Paginated } from '@portal/shared/project'
import { bootPayload, makeUser, projectData, pngImage } from './helpers'

// The reads the portal's lists make, through the CMS's REST routes as the
// public calls them: `select` and `populate` must give exactly what the card
// contracts in the shared package read, in both languages, and nothing more.
let payload: Payload

const select = (fields: readonly string[], populate: Record<string, readonly string[]> = {}) => {
  const params = new URLSearchParams({ locale: 'all', depth: '1', limit: '12' })
  for (const field of fields) params.set(`select[${field}]`, 'true')
  for (const [collection, names] of Object.entries(populate))
    for (const name of names) params.set(`populate[${collection}][${name}]`, 'true')
  return params
}

async function publicGet(path: string, params: URLSearchParams) {
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost:3000/api/${path}?${params}`),
  })
  expect(response.status).toBe(200)
  return (await response.json()) as { docs: Record<string, unknown>[] }
}

beforeAll(async () => {
  payload = await bootPayload()
  const editor = await makeUser(payload, ['editor'])
  const as = { user: editor, overrideAccess: false }
  const data = await pngImage(1200, 750, '#2d6a4f')
  const image = await payload.create({
    collection: 'media',
    data: { alt: '标准厂房' },
    file: { name: 'plant.png', data, mimetype: 'image/png', size: data.length },
    ...as,
  })
  await payload.update({
    collection: 'media',
    id: image.id,
    locale: 'en',
    data: { alt: 'Standard factory building' },
    ...as,
  })
  await payload.create({
    collection: 'projects',
    data: {
      ...projectData('智能制造产业园', {
        summary: '年产十万台设备',
        // Every card field filled: an empty one is null on SQLite but absent on MongoDB.
        location: '县经济开发区',
        gallery: [image.id],
        contact: { phone: '0000-1234567' },
      }),
      _status: 'published',
    },
    ...as,
  })
  const older = await payload.create({
    collection: 'policies',
    data: {
      title: '旧版招商优惠政策',
      topic: 'tax',
      issuedAt: '2024-01-01T00:00:00.000Z',
      _status: 'published',
    },
    ...as,
  })
  const revised = await payload.create({
    collection: 'policies',
    data: {
      title: '招商引资优惠政策（修订）',
      topic: 'tax',
      issuedAt: '2026-01-01T00:00:00.000Z',
      _status: 'published',
    },
    ...as,
  })
  await payload.update({
    collection: 'policies',
    id: older.id,
    data: { supersededBy: revised.id },
    ...as,
  })
  await payload.create({
    collection: 'news',
    data: {
      title: '县商务局举办招商推介会',
      category: 'investment',
      publishedAt: '2026-11-20T00:00:00.000Z',
      cover: image.id,
      _status: 'published',
    },
    ...as,
  })
}, 60_000)

afterAll(async () => {
  await payload.destroy()
})

describe('what the portal lists read', () => {
  it('a project card: its fields in both languages, its images with only what an <img> needs', async () => {
    const body = await publicGet(
      'projects',
      select(PROJECT_CARD_FIELDS, { media: CARD_MEDIA_FIELDS }),
    )
    const [raw] = body.docs
    expect(raw).toBeDefined()
    // Nothing beyond the card: no body, contact or SEO fields travel.
    expect(Object.keys(raw!).sort()).toEqual(['id', ...PROJECT_CARD_FIELDS].sort())
    const card = Paginated(PublicProjectCard).parse(body).docs[0]!
    expect(card.title.zh).toBe('智能制造产业园')
    const [image] = card.gallery ?? []
    expect(image).toMatchObject({
      alt: { zh: '标准厂房', en: 'Standard factory building' },
      mimeType: 'image/png',
    })
    expect(Object.keys(image as object).sort()).toEqual(['id', ...CARD_MEDIA_FIELDS].sort())
    expect((image as { sizes?: { card?: { url?: string } } }).sizes?.card?.url).toMatch(
      /\/api\/media\/file\//,
    )
  })

  it('a policy card: validity is still worked out from the fields it depends on', async () => {
    const body = await publicGet(
      'policies',
      select(POLICY_CARD_FIELDS, { policies: ['slug', 'title'] }),
    )
    const cards = Paginated(PublicPolicyCard).parse(body).docs
    const superseded = cards.find((c) => c.title.zh === '旧版招商优惠政策')
    expect(superseded?.validity).toBe('repealed')
    expect(superseded?.supersededBy).toMatchObject({ title: { zh: '招商引资优惠政策（修订）' } })
    expect(cards.find((c) => c.title.zh !== '旧版招商优惠政策')?.validity).toBe('in-force')
    expect(body.docs.every((doc) => !('body' in doc) && !('attachments' in doc))).toBe(true)
  })

  it('a news card and a sitemap entry', async () => {
    const news = Paginated(PublicNewsCard).parse(
      await publicGet('news', select(NEWS_CARD_FIELDS, { media: CARD_MEDIA_FIELDS })),
    )
    expect(news.docs[0]?.cover).toMatchObject({ alt: { zh: '标准厂房' } })
    const params = select(SITEMAP_FIELDS)
    params.set('depth', '0')
    const entries = await publicGet('projects', params)
    expect(Object.keys(entries.docs[0]!).sort()).toEqual(['id', ...SITEMAP_FIELDS].sort())
    expect(Paginated(SitemapEntry).parse(entries).docs).toHaveLength(1)
  })
})
