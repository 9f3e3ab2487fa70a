import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CmsError, createCmsClient } from '../../src/lib/cms'

// The client's boundary checks, against a real HTTP server that answers the way
// a misbehaving or unreachable CMS would. The happy path against the real CMS
// is covered end to end.
let server: Server
let baseUrl: string
const requests: URL[] = []
let nextBody: unknown = {}
let nextStatus = 200

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(new URL(req.url ?? '/', 'http://cms'))
    res.writeHead(nextStatus, { 'content-type': 'application/json' })
    res.end(JSON.stringify(nextBody))
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
})
