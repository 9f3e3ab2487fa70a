import type { Access, CollectionConfig, GlobalConfig } from 'payload'
import { anyone } from './anyone'
import { hasRole } from './hasRole'
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

/** The bureau's content editors: admins and editors (chamber staff and investment officers not included). */
export const contentEditors = hasRole('admin', 'editor')

/** Access for a global the portal shows: anyone reads it, `updaters` change it. */
export function publicGlobalAccess(updaters: Access): GlobalConfig['access'] {
  return { read: anyone, update: updaters }
}
