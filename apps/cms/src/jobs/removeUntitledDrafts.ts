import type { Payload, TaskConfig } from 'payload'
import { SEARCH_COLLECTIONS } from '@portal/shared/content'
import { MAINTENANCE_QUEUE } from './anonymiseInquiries'

/** An untitled draft is left this long before it is removed (someone may still be typing). */
export const UNTITLED_DRAFT_HOURS = 24

/** When the removal is queued: every day at 03:30, server time. */
export const REMOVE_UNTITLED_DRAFTS_CRON = '30 3 * * *'

/** Saves closer together than this count as the creation itself, not an edit. */
const SAME_SAVE_MS = 1000

/**
 * Removes drafts that have no title, were never published and never edited
 * since they were created, and are older than a day: what opening "创建新条目"
 * and leaving left behind before new documents waited for their title
 * (`drafts.validate` in collections/publishing.ts). Returns how many went.
 */
export async function removeUntitledDrafts(payload: Payload, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - UNTITLED_DRAFT_HOURS * 60 * 60 * 1000).toISOString()
  let removed = 0
  for (const collection of SEARCH_COLLECTIONS) {
    const { docs } = await payload.find({
      collection,
      where: {
        and: [
          { _status: { equals: 'draft' } },
          { createdAt: { less_than: cutoff } },
          { or: [{ title: { exists: false } }, { title: { equals: '' } }] },
        ],
      },
      locale: 'zh',
      fallbackLocale: false,
      depth: 0,
      pagination: false,
      select: { createdAt: true, updatedAt: true, title: true },
    })
    for (const doc of docs) {
      const edited = Date.parse(doc.updatedAt) - Date.parse(doc.createdAt) > SAME_SAVE_MS
      if (edited || (typeof doc.title === 'string' && doc.title.trim())) continue
      await payload.delete({ collection, id: doc.id, context: { skipSearchIndex: true } })
      removed += 1
    }
  }
  return removed
}

/** The daily removal of untitled drafts, on the maintenance queue. */
export const removeUntitledDraftsTask: TaskConfig<{
  input: Record<string, never>
  output: { removed: number }
}> = {
  slug: 'removeUntitledDrafts',
  label: '清理未命名草稿 / Remove untitled drafts',
  outputSchema: [{ name: 'removed', type: 'number', required: true }],
  schedule: [{ cron: REMOVE_UNTITLED_DRAFTS_CRON, queue: MAINTENANCE_QUEUE }],
  retries: 2,
  handler: async ({ req }) => ({ output: { removed: await removeUntitledDrafts(req.payload) } }),
}
