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

/** How the public reads: no user, access rules on, every locale, no drafts. */
const PUBLIC_READ = { overrideAccess: false, locale: 'all' as const, draft: false }

/** A `find` as the public makes it. */
function publicFind(name: string, portal: string, query: FindQuery): Call {
  return { name, portal, run: (payload) => payload.find({ ...query, ...PUBLIC_READ }) }
}
type FindQuery = Omit<Parameters<Payload['find']>[0], keyof typeof PUBLIC_READ>

/** The project list filtered by sector and stage, as the benchmarked list page asks for it. */
const signedManufacturing = (page: number): FindQuery => ({
  collection: 'projects',
  depth: 1,
  limit: 12,
  page,
  sort: '-updatedAt',
  where: { and: [{ sector: { equals: 'manufacturing' } }, { stage: { equals: 'signed' } }] },
})

/** The reads behind the benchmarked pages, as the portal's CMS client makes them. */
export function calls(detailSlug: string, newsSlug: string): Call[] {
  return [
    publicFind(
      'project list: sector+stage, page 1',
      'listProjects({ sector, stage }) on /projects?sector=manufacturing&stage=signed',
      signedManufacturing(1),
    ),
    publicFind(
      'project list: sector+stage, page 3',
      'the CMS REST list benchmarked (page=3)',
      signedManufacturing(3),
    ),
    publicFind('project list: unfiltered, page 1', 'listProjects() on /projects', {
      collection: 'projects',
      depth: 1,
      limit: 12,
      page: 1,
      sort: '-updatedAt',
    }),
    publicFind('featured projects (home)', 'listProjects({ featured: true, limit: 6 }) on /', {
      collection: 'projects',
      depth: 1,
      limit: 6,
      page: 1,
      sort: '-updatedAt',
      where: { and: [{ featured: { equals: true } }] },
    }),
    publicFind('project by slug', 'getProject(slug) on /projects/<slug>', {
      collection: 'projects',
      depth: 1,
      limit: 1,
      where: { slug: { equals: detailSlug } },
    }),
    {
      name: 'policies in force, limit 4',
      portal: "listPolicies({ status: 'in-force', limit: 4 }) on /projects/<slug>",
      run: (payload) =>
        payload.find({
          collection: 'policies',
          ...PUBLIC_READ,
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
    publicFind('latest news, limit 4 (home)', 'listNews({ limit: 4 }) on /', {
      collection: 'news',
      depth: 1,
      limit: 4,
      page: 1,
      sort: '-publishedAt',
    }),
    publicFind('latest policies, limit 4 (home)', 'listPolicies({ limit: 4 }) on /', {
      collection: 'policies',
      depth: 1,
      limit: 4,
      page: 1,
      sort: '-issuedAt',
    }),
    publicFind('news by slug', 'getNews(slug) on /news/<slug>', {
      collection: 'news',
      depth: 1,
      limit: 1,
      where: { slug: { equals: newsSlug } },
    }),
    publicFind('parks', 'listParks() on /projects', {
      collection: 'parks',
      depth: 0,
      limit: 100,
      page: 1,
      sort: 'order',
    }),
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
