import type { CollectionConfig, GlobalConfig, Plugin } from 'payload'

/** Nobody, not even an admin: for version routes of documents that keep no versions. */
const nobody = () => false

/**
 * Gives every collection and global an explicit rule for its version routes
 * (`/api/<slug>/versions`, `/api/globals/<slug>/versions`). Payload's default
 * lets anyone signed in read versions, which include drafts: the portal's
 * service account would read every unpublished text. Where nothing keeps
 * versions the routes are closed; where versions are kept, the collection or
 * global must say who reads them, and a missing rule stops the CMS at start
 * rather than falling back to that default.
 */
export function withVersionReads<T extends CollectionConfig | GlobalConfig>(entity: T): T {
  if (entity.access?.readVersions) return entity
  if (entity.versions) {
    throw new Error(`${entity.slug} keeps versions but sets no access.readVersions`)
  }
  return { ...entity, access: { ...entity.access, readVersions: nobody } }
}

/**
 * Applies `withVersionReads` to every collection and global, those that other
 * plugins add (the search index) included: it must come last in `plugins`.
 */
export const versionReads: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map(withVersionReads),
  globals: config.globals?.map(withVersionReads),
})
