import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CARD_MEDIA_FIELDS, PROJECT_CARD_FIELDS } from '@portal/shared/content'
import { CmsError, createCmsClient } from '../../src/lib/cms'

// The client's boundary checks, against a real HTTP server that answers the way
// a misbehaving or unreachable CMS would. The happy path against the real CMS
// is covered end to end.
let server: Server
let baseUrl: string
const requests: URL[] = []
let nextBody: unknown = {}
let nextStatus = 200
/** When set, answers each request from its URL instead of `nextBody`. */
let answer: ((url: URL) => unknown) | null = null

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://cms')
    requests.push(url)
    res.writeHead(nextStatus, { 'content-type': 'application/json' })
    res.end(JSON.stringify(answer ? answer(url) : nextBody))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const emptyList = {
  docs: [],
  totalDocs: 0,
  limit: 12,
  page: 1,
  totalPages: 0,
  hasNextPage: false,
  hasPrevPage: false,
}

describe('CMS client', () => {
  it('asks for both languages, with related media one level deep', async () => {
    nextStatus = 200
    nextBody = emptyList
    await createCmsClient(baseUrl).listProjects({ page: 2 })
    const url = requests.at(-1)
    expect(url?.pathname).toBe('/api/projects')
    expect(url?.searchParams.get('locale')).toBe('all')
    expect(url?.searchParams.get('depth')).toBe('1')
    expect(url?.searchParams.get('page')).toBe('2')
  })

  it('refuses a response that breaks the contract, naming the field', async () => {
    nextStatus = 200
    nextBody = { ...emptyList, docs: [{ id: 1, slug: 'x', title: { zh: '' } }] }
    await expect(createCmsClient(baseUrl).listProjects()).rejects.toThrow(
      /breaks the contract at docs\.0\./,
    )
  })

  it('reports an error status as a CmsError with the status', async () => {
    nextStatus = 500
    nextBody = { errors: [{ message: 'boom' }] }
    await expect(createCmsClient(baseUrl).listProjects()).rejects.toMatchObject({
      name: 'CmsError',
      status: 500,
    })
  })

  it('reports an unreachable CMS as a CmsError', async () => {
    await expect(
      createCmsClient('http://127.0.0.1:9', fetch, 1000).listProjects(),
    ).rejects.toBeInstanceOf(CmsError)
  })

  it('does not send a malformed slug to the CMS at all', async () => {
    const before = requests.length
    expect(await createCmsClient(baseUrl).getProject('../users')).toBeNull()
    expect(requests.length).toBe(before)
  })

  it('asks a list for the fields its cards show, and of related media only what an image needs', async () => {
    nextStatus = 200
    nextBody = emptyList
    await createCmsClient(baseUrl).listProjects({ sector: ['manufacturing'] })
    const params = requests.at(-1)!.searchParams
    const selected = [...params.keys()]
      .filter((key) => key.startsWith('select['))
      .map((key) => key.slice('select['.length, -1))
    expect(selected.sort()).toEqual([...PROJECT_CARD_FIELDS].sort())
    expect(selected).not.toContain('body')
    const populated = [...params.keys()].filter((key) => key.startsWith('populate[media]['))
    expect(populated).toHaveLength(CARD_MEDIA_FIELDS.length)
    expect(params.get('where[and][1][sector][in][0]')).toBe('manufacturing')
  })

  it('asks for the open stages by default, the landed ones in that view, never a dropped one', async () => {
    nextStatus = 200
    nextBody = emptyList
    const client = createCmsClient(baseUrl)
    const stagesAsked = () =>
      [...requests.at(-1)!.searchParams.entries()]
        .filter(([key]) => key.startsWith('where[and][0][stage][in]'))
        .map(([, value]) => value)
    await client.listProjects()
    expect(stagesAsked()).toEqual(['reserve', 'negotiating'])
    expect(requests.at(-1)!.searchParams.get('sort')).toBe('-featured,-updatedAt')
    await client.listProjects({ view: 'landed', sort: 'size' })
    expect(stagesAsked()).toEqual(['signed', 'construction', 'operating'])
    expect(requests.at(-1)!.searchParams.get('sort')).toBe('-investmentSize,-updatedAt')
    // Two chosen stages of the landed view, and two sectors: any of each.
    await client.listProjects({ stage: ['signed', 'operating'], sector: ['energy', 'agrifood'] })
    expect(stagesAsked()).toEqual(['signed', 'operating'])
    const sectors = requests.at(-1)!.searchParams.getAll('where[and][1][sector][in][1]')
    expect(sectors).toEqual(['agrifood'])
  })

  it('reads the sitemap entries page by page until the CMS has no more', async () => {
    nextStatus = 200
    const total = 230
    answer = (url) => {
      const page = Number(url.searchParams.get('page'))
      const limit = Number(url.searchParams.get('limit'))
      const start = (page - 1) * limit
      const docs = Array.from({ length: Math.max(0, Math.min(limit, total - start)) }, (_, i) => ({
        id: start + i + 1,
        slug: `project-${start + i + 1}`,
        updatedAt: '2026-11-28T02:00:00.000Z',
      }))
      return {
        docs,
        totalDocs: total,
        limit,
        page,
        totalPages: Math.ceil(total / limit),
        hasNextPage: start + limit < total,
        hasPrevPage: page > 1,
      }
    }
    try {
      const before = requests.length
      const docs = await createCmsClient(baseUrl).listAllForSitemap('projects')
      expect(docs).toHaveLength(total)
      expect(new Set(docs.map((d) => d.slug)).size).toBe(total)
      const asked = requests.slice(before)
      expect(asked.map((url) => url.searchParams.get('page'))).toEqual(['1', '2', '3'])
      // No more than the CMS's page cap, and only slug and date.
      expect(asked.every((url) => url.searchParams.get('limit') === '100')).toBe(true)
      expect(asked[0]?.searchParams.get('select[slug]')).toBe('true')
      expect(asked[0]?.searchParams.get('select[body]')).toBeNull()
      // A cap stops early.
      expect(await createCmsClient(baseUrl).listAllForSitemap('news', 150)).toHaveLength(150)
    } finally {
      answer = null
    }
  })
})
