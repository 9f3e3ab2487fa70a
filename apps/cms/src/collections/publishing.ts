import type { CollectionConfig } from 'payload'

/**
 * Versions for public content (projects, policies, news, guides): drafts that
 * save themselves while staff type, scheduled publishing, and a bounded history.
 */
export function publishingVersions(maxPerDoc: number): CollectionConfig['versions'] {
  return {
    drafts: { autosave: { interval: 2000 }, schedulePublish: true },
    maxPerDoc,
  }
}
