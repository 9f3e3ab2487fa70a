// The reads the benchmarked pages make, written as the portal's CMS client
// (apps/web/src/lib/cms.ts) sends them and as the public reads them: no user,
// access rules on, every locale.
import type { Payload } from 'payload'

export interface Call {
  name: string
  /** What the portal sends, for the report. */
  portal: string
  run: (payload: Payload) => Promise<unknown>
}

/** The reads behind the benchmarked pages, as the portal's CMS client makes them. */
export function calls(detailSlug: string, newsSlug: string): Call[] {
  const publicRead = { overrideAccess: false, locale: 'all' as const, draft: false }
  return [
    {
      name: 'project list: sector+stage, page 1',
      portal: 'listProjects({ sector, stage }) on /projects?sector=manufacturing&stage=signed',
      run: (payload) =>
        payload.find({
          collection: 'projects',
          ...publicRead,
          depth: 1,
          limit: 12,
          page: 1,
          sort: '-updatedAt',
          where: {
            and: [{ sector: { equals: 'manufacturing' } }, { stage: { equals: 'signed' } }],
          },
        }),
    },
    {
      name: 'project list: sector+stage, page 3',
      portal: 'the CMS REST list benchmarked (page=3)',
      run: (payload) =>
        payload.find({
          collection: 'projects',
          ...publicRead,
          depth: 1,
          limit: 12,
          page: 3,
          sort: '-updatedAt',
          where: {
            and: [{ sector: { equals: 'manufacturing' } }, { stage: { equals: 'signed' } }],
          },
        }),
    },
    {
      name: 'project list: unfiltered, page 1',
      portal: 'listProjects() on /projects',
      run: (payload) =>
        payload.find({
          collection: 'projects',
          ...publicRead,
          depth: 1,
          limit: 12,
          page: 1,
          sort: '-updatedAt',
        }),
    },
    {
      name: 'featured projects (home)',
      portal: 'listProjects({ featured: true, limit: 6 }) on /',
      run: (payload) =>
        payload.find({
          collection: 'projects',
          ...publicRead,
          depth: 1,
          limit: 6,
          page: 1,
          sort: '-updatedAt',
          where: { and: [{ featured: { equals: true } }] },
        }),
    },
    {
      name: 'project by slug',
      portal: 'getProject(slug) on /projects/<slug>',
      run: (payload) =>
        payload.find({
          collection: 'projects',
          ...publicRead,
          depth: 1,
          limit: 1,
          where: { slug: { equals: detailSlug } },
        }),
    },
    {
      name: 'policies in force, limit 4',
      portal: "listPolicies({ status: 'in-force', limit: 4 }) on /projects/<slug>",
      run: (payload) =>
        payload.find({
          collection: 'policies',
          ...publicRead,
          depth: 1,
          limit: 4,
          page: 1,
          sort: '-issuedAt',
          where: {
            and: [
              { supersededBy: { exists: false } },
              {
                or: [
                  { expiresAt: { exists: false } },
                  { expiresAt: { greater_than: new Date().toISOString() } },
                ],
              },
            ],
          },
        }),
    },
    {
      name: 'latest news, limit 4 (home)',
      portal: 'listNews({ limit: 4 }) on /',
      run: (payload) =>
        payload.find({
          collection: 'news',
          ...publicRead,
          depth: 1,
          limit: 4,
          page: 1,
          sort: '-publishedAt',
        }),
    },
    {
      name: 'latest policies, limit 4 (home)',
      portal: 'listPolicies({ limit: 4 }) on /',
      run: (payload) =>
        payload.find({
          collection: 'policies',
          ...publicRead,
          depth: 1,
          limit: 4,
          page: 1,
          sort: '-issuedAt',
        }),
    },
    {
      name: 'news by slug',
      portal: 'getNews(slug) on /news/<slug>',
      run: (payload) =>
        payload.find({
          collection: 'news',
          ...publicRead,
          depth: 1,
          limit: 1,
          where: { slug: { equals: newsSlug } },
        }),
    },
    {
      name: 'parks',
      portal: 'listParks() on /projects',
      run: (payload) =>
        payload.find({
          collection: 'parks',
          ...publicRead,
          depth: 0,
          limit: 100,
          page: 1,
          sort: 'order',
        }),
    },
    {
      name: 'site settings',
      portal: 'getSettings() on every page (layout)',
      run: (payload) =>
        payload.findGlobal({
          slug: 'site-settings',
          overrideAccess: false,
          locale: 'all',
          depth: 1,
        }),
    },
  ]
}
