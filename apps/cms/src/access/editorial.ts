import type { Access, CollectionConfig } from 'payload'
import { publishedOrStaff } from './publishedOrStaff'

/**
 * Access for public content: anyone reads what is published, `editors` write,
 * `deleters` (the editors unless narrower) delete.
 */
export function editorialAccess(
  editors: Access,
  deleters: Access = editors,
): CollectionConfig['access'] {
  return {
    read: publishedOrStaff,
    // Versions hold drafts: only the staff who edit these documents read them (Payload's
    // default would let anyone signed in, the portal's service account included).
    readVersions: editors,
    create: editors,
    update: editors,
    delete: deleters,
  }
}
