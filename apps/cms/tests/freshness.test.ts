import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { DEV_PORTAL_HOOK_SECRET } from '@portal/shared/env'
import {
  ChangeNotification,
  NOTIFY_SIGNATURE_HEADER,
  NOTIFY_TIMESTAMP_HEADER,
  PREVIEW_TOKEN_HEADER,
  createPreviewToken,
  type ContentChange,
  verifyNotification,
  verifyPreviewToken,
} from '@portal/shared/signing'
import { asUser } from './support/access'
import type { Staff } from './helpers'

// A real HTTP listener stands in for the portal: every change the portal shows
// must reach it signed, and drafts must not.
interface Received {
  change: ContentChange
  nonce: string
  verified: boolean
}
const received: Received[] = []
let listener: Server
let payload: Payload
let users: Staff<'editor' | 'admin'>
let notificationsSettled: () => Promise<void>
let previewUrl: (collection: string, id: number, locale: string) => string | null

beforeAll(async () => {
  listener = createServer((req, res) => {
    let body = ''
    req.on('data', (chunk: Buffer) => (body += chunk.toString()))
    req.on('end', () => {
      const { nonce, ...change } = ChangeNotification.parse(JSON.parse(body))
      received.push({
        change,
        nonce,
        verified: verifyNotification(
          DEV_PORTAL_HOOK_SECRET,
          body,
          req.headers[NOTIFY_TIMESTAMP_HEADER] as string,
          req.headers[NOTIFY_SIGNATURE_HEADER] as string,
        ),
      })
      res.writeHead(202).end()
    })
  })
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve))
  const { port } = listener.address() as AddressInfo
  process.env.PORTAL_NOTIFY_URLS = `http://127.0.0.1:${port}`
  process.env.PORTAL_URL = 'https://portal.example.gov.cn'
  delete process.env.PAYLOAD_DISABLE_PORTAL_NOTIFY
  const helpers = await import('./helpers')
  ;({ notificationsSettled } = await import('../src/plugins/notifyPortal'))
  ;({ previewUrl } = await import('../src/preview'))
  ;({ payload, users } = await helpers.bootWithStaff('editor', 'admin'))
})

afterAll(async () => {
  await payload.destroy()
  listener.close()
})

beforeEach(async () => {
  await notificationsSettled()
  received.length = 0
})

/** A project draft saved by the editor, with access applied. */
const editorDraft = (title: string) =>
  payload.create({
    collection: 'projects',
    data: project(title),
    draft: true,
    ...asUser(users.editor),
  })

const project = (title: string, extra: Record<string, unknown> = {}) => ({
  title,
  sector: 'energy' as const,
  stage: 'reserve' as const,
  investment: { amount: 500, unit: 'cny-10k' as const },
  ...extra,
})

describe('change notifications to the portal', () => {
  it('signs a notification when a project is published, edited and unpublished', async () => {
    const doc = await payload.create({
      collection: 'projects',
      data: { ...project('光伏储能项目'), _status: 'published' },
      ...asUser(users.editor),
    })
    await payload.update({
      collection: 'projects',
      id: doc.id,
      data: { title: '光伏储能一体化项目' },
      ...asUser(users.editor),
    })
    await payload.update({
      collection: 'projects',
      id: doc.id,
      data: { _status: 'draft' },
      ...asUser(users.editor),
    })
    await notificationsSettled()
    expect(received.map((r) => r.change)).toEqual([
      { source: 'projects', id: doc.id, operation: 'publish' },
      { source: 'projects', id: doc.id, operation: 'update' },
      { source: 'projects', id: doc.id, operation: 'unpublish' },
    ])
    expect(received.every((r) => r.verified)).toBe(true)
    // Each notification is single-use on the portal, so each carries its own nonce.
    expect(new Set(received.map((r) => r.nonce)).size).toBe(3)
  })

  it('stays silent for drafts that were never published', async () => {
    await payload.create({
      collection: 'news',
      data: { title: '草稿新闻', category: 'notice', publishedAt: new Date().toISOString() },
      draft: true,
      ...asUser(users.editor),
    })
    await notificationsSettled()
    expect(received).toEqual([])
  })

  it('notifies deletions and changes to the site settings', async () => {
    const park = await payload.create({
      collection: 'parks',
      data: { title: '临时园区' },
      ...asUser(users.editor),
    })
    await payload.delete({ collection: 'parks', id: park.id, ...asUser(users.admin) })
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { countyName: '示例县', bureauName: '示例县商务局' },
    })
    await notificationsSettled()
    expect(received.map((r) => r.change)).toEqual([
      { source: 'parks', id: park.id, operation: 'update' },
      { source: 'parks', id: park.id, operation: 'delete' },
      { source: 'global:site-settings', id: null, operation: 'update' },
    ])
  })
})

describe('scheduled publishing', () => {
  it('publishes through the job runner and refreshes the portal', async () => {
    const draft = await editorDraft('定时发布的项目')
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'projects', value: draft.id },
        user: { relationTo: 'users', value: users.editor.id },
      },
      waitUntil: new Date(Date.now() - 1000),
    })
    // What the server's job runner does every minute (jobs.autoRun in payload.config.ts).
    await payload.jobs.run()
    await notificationsSettled()
    const after = await payload.findByID({ collection: 'projects', id: draft.id })
    expect(after._status).toBe('published')
    expect(received.map((r) => r.change)).toContainEqual({
      source: 'projects',
      id: draft.id,
      operation: 'publish',
    })
  })
})

describe('draft preview', () => {
  it('links the admin to a signed, expiring portal address for the document', () => {
    const url = new URL(previewUrl('news', 7, 'en')!)
    expect(url.origin + url.pathname).toBe('https://portal.example.gov.cn/en/preview')
    const claims = verifyPreviewToken(DEV_PORTAL_HOOK_SECRET, url.searchParams.get('token'))
    expect(claims).toMatchObject({ collection: 'news', id: 7 })
    expect(claims!.exp).toBeGreaterThan(Date.now())
    expect(previewUrl('inquiries', 7, 'zh')).toBeNull()
  })

  it('lets a valid token read that one draft, and nothing else', async () => {
    const draft = await editorDraft('未公开的草稿项目')
    const other = await editorDraft('另一个草稿')
    const read = (token: string | null) =>
      payload.find({
        collection: 'projects',
        where: { id: { in: [draft.id, other.id] } },
        draft: true,
        overrideAccess: false,
        req: token ? { headers: new Headers({ [PREVIEW_TOKEN_HEADER]: token }) } : undefined,
      })
    const exp = Date.now() + 60_000
    const good = createPreviewToken(DEV_PORTAL_HOOK_SECRET, {
      collection: 'projects',
      id: draft.id,
      exp,
    })
    expect((await read(good)).docs.map((d) => d.title)).toEqual(['未公开的草稿项目'])

    expect((await read(null)).docs).toEqual([])
    const forged = createPreviewToken('another-secret-of-enough-length-000000', {
      collection: 'projects',
      id: draft.id,
      exp,
    })
    expect((await read(forged)).docs).toEqual([])
    const expired = createPreviewToken(DEV_PORTAL_HOOK_SECRET, {
      collection: 'projects',
      id: draft.id,
      exp: Date.now() - 1,
    })
    expect((await read(expired)).docs).toEqual([])
    const otherCollection = createPreviewToken(DEV_PORTAL_HOOK_SECRET, {
      collection: 'news',
      id: draft.id,
      exp,
    })
    expect((await read(otherCollection)).docs).toEqual([])
  })
})
