import type { Payload } from 'payload'
import { backedUpCollections } from '../../src/backup'

type Doc = Record<string, unknown>

export interface ContentView {
  collections: Record<string, { docs: Doc[]; versions: Doc[] }>
  globals: Record<string, Doc>
}

/**
 * Version rows get new ids on restore (nothing refers to them): compare them
 * without ids, in a stable order.
 */
export function withoutVersionIds(versions: Doc[]): Doc[] {
  return versions
    .map(({ id: _id, ...rest }) => rest)
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
}

/**
 * Everything staff could see through the Local API, with nothing hidden:
 * every document of every backed-up collection (drafts, all locales, hidden
 * fields such as password hashes and decrypted API keys), their versions and
 * every global.
 */
export async function contentView(payload: Payload): Promise<ContentView> {
  const view: ContentView = { collections: {}, globals: {} }
  for (const collection of backedUpCollections(payload)) {
    const found = await payload.find({
      collection: collection.slug,
      locale: 'all',
      draft: true,
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      pagination: false,
      sort: 'id',
    })
    const versions = collection.versions
      ? await payload.findVersions({
          collection: collection.slug,
          locale: 'all',
          depth: 0,
          overrideAccess: true,
          showHiddenFields: true,
          pagination: false,
          limit: 0,
        })
      : { docs: [] }
    view.collections[collection.slug] = {
      docs: found.docs as unknown as Doc[],
      versions: withoutVersionIds(versions.docs as unknown as Doc[]),
    }
  }
  for (const global of payload.config.globals) {
    view.globals[global.slug] = (await payload.findGlobal({
      slug: global.slug,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
      showHiddenFields: true,
      draft: true,
    })) as unknown as Doc
  }
  return view
}
