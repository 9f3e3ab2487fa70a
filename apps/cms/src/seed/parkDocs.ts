import { type Seeder, SEED_CONTEXT, enOf, findBySlug, upsertMedia } from './helpers'
import { PLAN_PLOTS, demoParkPlan } from './images'
import { type SeedPark, seedParks } from './parks'

type Id = number | string

/** The Chinese texts of a park and its rows. */
function chineseData(park: SeedPark, order: number, mapId: Id) {
  return {
    title: park.title.zh,
    description: park.description.zh,
    industries: park.industries.zh,
    availableLandMu: park.availableLandMu,
    factorySpaceSqm: park.factorySpaceSqm,
    costs: park.costs.map((c) => ({ ...c, note: c.note?.zh })),
    distances: park.distances.map((d) => ({ ...d, place: d.place.zh })),
    contacts: park.contacts.map((c) => ({ ...c, name: c.name.zh, role: c.role?.zh })),
    map: {
      image: mapId,
      approvalNumber: '示S〔2026〕001号',
      caption: `${park.title.zh}规划示意图（演示数据）`,
    },
    order,
  }
}

/** The English texts, into the rows the Chinese save made (array rows keep their ids across locales). */
function englishData(park: SeedPark, created: Record<string, unknown>) {
  const rows = (name: string) => (created[name] as { id: string }[] | undefined) ?? []
  return {
    title: park.title.en,
    description: enOf(park.description),
    industries: enOf(park.industries),
    costs: rows('costs').map((row, i) => ({ id: row.id, note: enOf(park.costs[i]?.note) })),
    distances: rows('distances').map((row, i) => ({
      id: row.id,
      place: enOf(park.distances[i]?.place),
    })),
    contacts: rows('contacts').map((row, i) => ({
      id: row.id,
      name: enOf(park.contacts[i]?.name),
      role: enOf(park.contacts[i]?.role),
    })),
    map: { caption: `${park.title.en ?? ''} plan (demo content)` },
  }
}

/**
 * The parks with their costs, transport, contacts and a generated plan, by
 * the place name that files a project under each. Returns the ids of the
 * parks created in this run too, so their markers are placed once.
 */
export async function seedParkDocs(s: Seeder): Promise<{ ids: Map<string, Id>; created: Id[] }> {
  const { payload, report } = s
  const ids = new Map<string, Id>()
  const created: Id[] = []
  for (const park of seedParks) {
    const existing = await findBySlug(payload, 'parks', park.slug)
    if (existing) {
      report.skipped.push(`parks/${park.slug}`)
      ids.set(park.match, existing.id)
      continue
    }
    const plan = await upsertMedia(
      s,
      `${park.slug}-plan.png`,
      {
        zh: `${park.title.zh}规划示意图`,
        en: park.title.en ? `Plan of ${park.title.en}` : undefined,
      },
      () => demoParkPlan(park.mapColor),
      'image/png',
    )
    const doc = await payload.create({
      collection: 'parks',
      locale: 'zh',
      context: SEED_CONTEXT,
      data: { ...chineseData(park, ids.size, plan.id), slug: park.slug } as never,
    })
    if (park.title.en) {
      await payload.update({
        collection: 'parks',
        id: doc.id,
        locale: 'en',
        context: SEED_CONTEXT,
        data: englishData(park, doc as unknown as Record<string, unknown>) as never,
      })
    }
    report.created.push(`parks/${park.slug}`)
    ids.set(park.match, doc.id)
    created.push(doc.id)
  }
  return { ids, created }
}

/**
 * Places each new park's published, running projects on its plan, one plot
 * each, as staff would (dropped projects and drafts are left off).
 */
export async function seedParkMarkers(s: Seeder, parks: Id[]): Promise<void> {
  for (const park of parks) {
    const projects = await s.payload.find({
      collection: 'projects',
      where: {
        park: { equals: park },
        stage: { not_equals: 'dropped' },
        _status: { equals: 'published' },
      },
      sort: 'createdAt',
      limit: PLAN_PLOTS.length,
      depth: 0,
      select: { slug: true },
    })
    const markers = projects.docs.flatMap((project, i) => {
      const plot = PLAN_PLOTS[i]
      return plot ? [{ project: project.id, ...plot }] : []
    })
    await s.payload.update({
      collection: 'parks',
      id: park,
      context: SEED_CONTEXT,
      data: { map: { markers } } as never,
    })
  }
}
