import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'
import { DEV_PORTAL_API_KEY } from '@portal/shared/env'
import { asUser, createProject, makeServiceAccount, type Staff, useStaff } from './helpers'
import { paragraphs } from '../src/lib/richText'
import { rest, restToken } from './rest'

// The project library's rules on the CMS side. A dropped project (已终止) stays in the CMS for staff and never reaches the
// public: not through the Local API's public reads, not through REST (what the
// portal's service account reads), not through the search index, also after a
// rebuild of the index.
let payload: Payload
let users: Staff<'admin' | 'editor' | 'officer'>
const password = 'correct-horse-battery-staple'

useStaff(['admin', 'editor', 'officer'], (booted) => {
  ;({ payload, users } = booted)
})

const searchHits = async (q: string) =>
  (
    await payload.find({
      collection: 'search',
      where: { title: { like: q } },
      overrideAccess: false,
    })
  ).docs.map((row) => row.doc.value)

describe('dropped projects are never public', () => {
  it('hides a published dropped project from the public and the portal, not from staff', async () => {
    const open = await createProject(
      payload,
      '铝型材深加工在谈项目',
      { _status: 'published', stage: 'negotiating' },
      asUser(users.editor),
    )
    const dropped = await createProject(
      payload,
      '铝型材深加工终止项目',
      { _status: 'published', stage: 'dropped' },
      asUser(users.editor),
    )

    const publicIds = (
      await payload.find({ collection: 'projects', overrideAccess: false, limit: 100 })
    ).docs.map((doc) => doc.id)
    expect(publicIds).toContain(open.id)
    expect(publicIds).not.toContain(dropped.id)
    await expect(
      payload.findByID({ collection: 'projects', id: dropped.id, overrideAccess: false }),
    ).rejects.toThrow()

    // The portal reads over REST with its service key: exactly what the public reads.
    await makeServiceAccount(payload)
    const slug = encodeURIComponent(String(dropped.slug))
    const byService = await rest(`/projects?where[slug][equals]=${slug}`, {
      apiKey: DEV_PORTAL_API_KEY,
    })
    expect(byService.status).toBe(200)
    expect(byService.json().totalDocs).toBe(0)
    expect((await rest(`/projects/${dropped.id}`)).status).toBe(404)

    const staffIds = (
      await payload.find({ collection: 'projects', ...asUser(users.officer), limit: 100 })
    ).docs.map((doc) => doc.id)
    expect(staffIds).toContain(dropped.id)
  })

  it('removes a project from search when it is dropped, and a rebuild does not bring it back', async () => {
    const doc = await createProject(
      payload,
      '硅藻土提纯项目',
      { _status: 'published', stage: 'negotiating' },
      asUser(users.editor),
    )
    expect(await searchHits('硅藻土')).toEqual([doc.id])

    await payload.update({
      collection: 'projects',
      id: doc.id,
      data: { stage: 'dropped', _status: 'published' },
      ...asUser(users.editor),
    })
    expect(await searchHits('硅藻土')).toEqual([])

    const token = await restToken(users.admin.email, password)
    const rebuilt = await rest('/search/reindex', {
      method: 'POST',
      token,
      body: { collections: ['projects'] },
    })
    expect(rebuilt.status).toBe(200)
    expect(await searchHits('硅藻土')).toEqual([])

    // Taken up again: listed and found again.
    await payload.update({
      collection: 'projects',
      id: doc.id,
      data: { stage: 'reserve', _status: 'published' },
      ...asUser(users.editor),
    })
    expect(await searchHits('硅藻土')).toEqual([doc.id])
  })
})

describe('search rows', () => {
  it('hold a paragraph once when the body opens with the summary', async () => {
    const summary = '汉白玉荒料开采与板材加工一体化项目。'
    const doc = await createProject(
      payload,
      '汉白玉加工',
      {
        _status: 'published',
        summary,
        body: paragraphs([summary, '矿区储量约二百万立方米。']),
      },
      asUser(users.editor),
    )
    const { docs } = await payload.find({
      collection: 'search',
      where: { 'doc.value': { equals: doc.id } },
      overrideAccess: false,
    })
    const text = docs[0]?.textZh ?? ''
    expect(text.split(summary)).toHaveLength(2)
    expect(text).toContain('矿区储量')
  })
})
