import type { CollectionSlug, Payload, PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STAFF_ROLES, type StaffRole } from '@portal/shared/constants'
import { DEV_PORTAL_API_KEY } from '@portal/shared/env'
import type { User } from '@portal/shared/payload-types'
import { withVersionReads } from '../src/access/versionReads'
import { bootPayload, makeServiceAccount, makeUser, projectData, guideData } from './helpers'
import { rest, type RestCall } from './rest'

// Version routes hold every draft. The attack: the portal's API key (or no key
// at all) asking /api/<collection>/versions for an unpublished document's
// history. Only the staff who may edit a collection read its versions.
let payload: Payload
const password = 'correct-horse-battery-staple'

/** Who edits each versioned collection (their `update` rule), so who may read its versions. */
const EDITORS: Record<string, StaffRole[]> = {
  projects: ['admin', 'editor', 'investment-officer'],
  policies: ['admin', 'editor'],
  news: ['admin', 'editor', 'chamber-staff'],
  guides: ['admin', 'editor'],
  'annual-reports': ['admin', 'editor'],
}

/** One annual report per year: each document gets a year of its own. */
let reportYear = 2000

/** Minimal valid data for each versioned collection. */
// Typed loosely: one loop creates documents of four collections.
function documentData(slug: string, title: string): never {
  const data =
    slug === 'projects'
      ? projectData(title)
      : slug === 'policies'
        ? { title, topic: 'tax', issuedAt: '2023-01-01T00:00:00.000Z' }
        : slug === 'news'
          ? { title, category: 'notice' }
          : slug === 'guides'
            ? guideData(title)
            : slug === 'annual-reports'
              ? {
                  year: (reportYear += 1),
                  siteName: title,
                  siteCode: '1234000001',
                  domain: 'https://zs.example.gov.cn',
                  organiser: '示范县商务局',
                }
              : { title }
  return data as never
}

interface Caller {
  name: string
  role: StaffRole | null
  call: RestCall
}
const callers: Caller[] = []
/** Per collection: a published document with a secret newer draft, and a never-published one. */
const documents: Record<string, { published: string | number; draftOnly: string | number }> = {}

beforeAll(async () => {
  payload = await bootPayload()
  await makeServiceAccount(payload)
  callers.push({ name: 'anonymous', role: null, call: {} })
  callers.push({ name: 'portal service account', role: null, call: { apiKey: DEV_PORTAL_API_KEY } })
  for (const role of STAFF_ROLES) {
    const user: User = await makeUser(payload, [role])
    const login = await rest('/users/login', {
      method: 'POST',
      body: { email: user.email, password },
    })
    callers.push({ name: role, role, call: { token: login.json().token as string } })
  }
  for (const slug of Object.keys(EDITORS) as CollectionSlug[]) {
    const published = await payload.create({
      collection: slug,
      data: {
        ...(documentData(slug, `公开标题 ${slug}`) as object),
        _status: 'published',
      } as never,
    })
    await payload.update({
      collection: slug,
      id: published.id,
      draft: true,
      // The annual report's text field is its site name; the others have a title.
      data: { [slug === 'annual-reports' ? 'siteName' : 'title']: `未发布草稿 ${slug}` } as never,
    })
    const draftOnly = await payload.create({
      collection: slug,
      data: documentData(slug, `从未发布 ${slug}`),
      draft: true,
    })
    documents[slug] = { published: published.id, draftOnly: draftOnly.id }
  }
})

afterAll(async () => {
  await payload.destroy()
})

describe('version routes', () => {
  it('lists the collections that keep versions (each one is checked below)', () => {
    const versioned = payload.config.collections.filter((c) => c.versions).map((c) => c.slug)
    expect(versioned.sort()).toEqual(Object.keys(EDITORS).sort())
  })

  for (const slug of Object.keys(EDITORS)) {
    it(`show ${slug} drafts to its editors only, through every version route`, async () => {
      const ids = documents[slug]
      if (!ids) throw new Error(`no documents for ${slug}`)
      const stored = await payload.findVersions({
        collection: slug as CollectionSlug,
        where: { parent: { equals: ids.draftOnly } },
        limit: 1,
      })
      const versionId = stored.docs[0]?.id
      expect(versionId).toBeDefined()
      const routes = [
        `/${slug}/versions?where[parent][equals]=${ids.published}&limit=100`,
        `/${slug}/versions?where[parent][equals]=${ids.draftOnly}&limit=100`,
        `/${slug}/versions?limit=100&draft=true`,
        `/${slug}/versions/${versionId}`,
      ]
      for (const caller of callers) {
        const allowed = caller.role !== null && (EDITORS[slug] ?? []).includes(caller.role)
        for (const route of routes) {
          const answer = await rest(route, caller.call)
          const label = `${caller.name} ${route}`
          if (allowed) {
            expect(answer.status, label).toBe(200)
          } else {
            expect(answer.status, label).toBe(403)
            expect(answer.text, label).not.toContain('未发布草稿')
            expect(answer.text, label).not.toContain('从未发布')
          }
        }
        if (allowed) {
          const listed = await rest(routes[0] ?? '', caller.call)
          expect(listed.text, caller.name).toContain(`未发布草稿 ${slug}`)
        }
      }
    })
  }

  it('refuses the Local API the same way when access rules apply', async () => {
    const service = await makeServiceAccount(payload)
    for (const slug of Object.keys(EDITORS) as CollectionSlug[]) {
      for (const user of [service, undefined]) {
        await expect(
          payload.findVersions({ collection: slug, overrideAccess: false, user }),
          slug,
        ).rejects.toMatchObject({ status: 403 })
      }
    }
  })

  it('closes the version routes of every global and unversioned collection', async () => {
    const service = callers.find((c) => c.name === 'portal service account')
    const admin = callers.find((c) => c.role === 'admin')
    // Payload's own internal entities (`payload-*`) are added after the config is assembled.
    const ours = ({ slug }: { slug: string }) => !slug.startsWith('payload-')
    for (const global of payload.config.globals.filter(ours)) {
      for (const caller of [service, admin]) {
        const answer = await rest(`/globals/${global.slug}/versions`, caller?.call)
        expect(answer.status, `${caller?.name} ${global.slug}`).toBe(403)
      }
    }
    for (const collection of payload.config.collections.filter((c) => ours(c) && !c.versions)) {
      const rule = collection.access.readVersions
      const req = { user: { id: 1, collection: 'users', roles: ['admin'] } } as PayloadRequest
      expect(await rule?.({ req }), collection.slug).toBe(false)
    }
  })

  it('refuses to start with a versioned collection or global that names no version readers', () => {
    expect(() =>
      withVersionReads({ slug: 'drafty', fields: [], versions: { drafts: true } }),
    ).toThrow(/drafty.*readVersions/)
  })
})
