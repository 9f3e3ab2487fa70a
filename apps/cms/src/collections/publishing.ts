import type { CollectionConfig } from 'payload'

/**
 * Versions for public content (projects, policies, news, guides): drafts that
 * save themselves while staff type, scheduled publishing, and a bounded history.
 * Drafts are validated: without it Payload saves an empty draft the moment
 * staff open "创建新条目", and leaving without typing left "‹没有 标题>" in
 * the list. With it a new document is saved first when its required fields
 * (the title among them) are filled in; autosave takes over from there.
 */
export function publishingVersions(maxPerDoc: number): CollectionConfig['versions'] {
  return {
    drafts: {
      autosave: { interval: 2000 },
      validate: true,
      // The same 24-hour clock as the rest of the admin (plugins/adminDisplay.ts).
      schedulePublish: { timeFormat: 'HH:mm' },
    },
    maxPerDoc,
  }
}
