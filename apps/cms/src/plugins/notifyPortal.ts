import { randomUUID } from 'node:crypto'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  GlobalAfterChangeHook,
  GlobalConfig,
  Payload,
} from 'payload'
import { DEV_PORTAL_HOOK_SECRET } from '@portal/shared/env'
import {
  signNotification,
  type ChangeNotification,
  type ContentChange,
} from '@portal/shared/signing'
import { env } from '../env'

/**
 * Tells every portal instance that published content changed, so it refreshes
 * its cached pages at once instead of waiting for them to age out. Each
 * notification is signed with PORTAL_HOOK_SECRET; the portal refuses any other.
 * Delivery is retried a few times and never holds up or fails the editor's save.
 */

const ATTEMPTS = 3

export function notifyTargets(): string[] {
  const urls = env.PORTAL_NOTIFY_URLS ?? [env.PORTAL_URL]
  return urls.map((url) => new URL('/_portal/invalidate', url).toString())
}

async function deliver(payload: Payload, url: string, body: string): Promise<boolean> {
  const secret = env.PORTAL_HOOK_SECRET || DEV_PORTAL_HOOK_SECRET
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signNotification(secret, body) },
        body,
        signal: AbortSignal.timeout(3000),
      })
      // 409: this very notification was already accepted (an earlier attempt
      // reached the portal, but its answer did not come back in time).
      if (response.ok || response.status === 409) return true
      payload.logger.warn(`portal refused the change notification (${response.status}): ${url}`)
      if (response.status < 500) return false
    } catch (error) {
      if (attempt === ATTEMPTS) {
        payload.logger.warn(
          `portal not reachable for change notification: ${url} (${String(error)})`,
        )
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 250 * attempt))
  }
  return false
}

/**
 * Sends one change to every portal instance; resolves when all have answered or given up.
 * Each notification gets its own nonce: a portal accepts it once, retries included.
 */
export async function notifyPortal(payload: Payload, change: ContentChange): Promise<boolean> {
  const notification: ChangeNotification = { ...change, nonce: randomUUID() }
  const body = JSON.stringify(notification)
  const results = await Promise.all(notifyTargets().map((url) => deliver(payload, url, body)))
  return results.every(Boolean)
}

/** Notifications still on their way, so tests and shutdown can wait for them. */
const inFlight = new Set<Promise<unknown>>()

function send(payload: Payload, change: ContentChange): void {
  if (process.env.PAYLOAD_DISABLE_PORTAL_NOTIFY) return
  const sending = notifyPortal(payload, change).finally(() => inFlight.delete(sending))
  inFlight.add(sending)
}

/** Resolves when every notification sent so far has been delivered or given up. */
export async function notificationsSettled(): Promise<void> {
  await Promise.all([...inFlight])
}

type Status = { _status?: 'draft' | 'published' | null } | null | undefined

/**
 * For collections with drafts: a change matters to the portal when the
 * document is published now or was before (publish, edit, unpublish). Draft
 * saves of a never-published document do not.
 */
export const notifyPortalAfterChange: CollectionAfterChangeHook = ({
  doc,
  previousDoc,
  collection,
  req,
}) => {
  const now = (doc as Status)?._status
  const before = (previousDoc as Status)?._status
  const drafts = Boolean(collection.versions?.drafts)
  if (drafts && now !== 'published' && before !== 'published') return doc
  // A draft save (the admin's save-draft and autosave) leaves the published version as it was.
  const query = (req.query ?? {}) as Record<string, unknown>
  if (drafts && now !== 'published' && (query.draft === 'true' || query.autosave === 'true')) {
    return doc
  }
  const operation =
    !drafts || (now === 'published' && before === 'published')
      ? 'update'
      : now === 'published'
        ? 'publish'
        : 'unpublish'
  send(req.payload, { source: collection.slug, id: (doc as { id: string | number }).id, operation })
  return doc
}

export const notifyPortalAfterDelete: CollectionAfterDeleteHook = ({ doc, collection, req }) => {
  send(req.payload, {
    source: collection.slug,
    id: (doc as { id: string | number }).id,
    operation: 'delete',
  })
  return doc
}

export const notifyPortalAfterGlobalChange: GlobalAfterChangeHook = ({ doc, global, req }) => {
  send(req.payload, { source: `global:${global.slug}`, id: null, operation: 'update' })
  return doc
}

/** Collections whose published documents appear on the portal. */
export const PORTAL_COLLECTIONS = [
  'projects',
  'parks',
  'policies',
  'news',
  'guides',
  'media',
  'market-posts',
]
/** Globals the portal shows (site settings on every page, chamber, indicators). */
export const PORTAL_GLOBALS = ['site-settings', 'chamber', 'indicators']

/** Adds the change notification hooks to a collection the portal shows. */
export function withPortalNotifications(collection: CollectionConfig): CollectionConfig {
  if (!PORTAL_COLLECTIONS.includes(collection.slug)) return collection
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), notifyPortalAfterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), notifyPortalAfterDelete],
    },
  }
}

/** Adds the change notification hook to a global the portal shows. */
export function withGlobalNotifications(global: GlobalConfig): GlobalConfig {
  if (!PORTAL_GLOBALS.includes(global.slug)) return global
  return {
    ...global,
    hooks: {
      ...global.hooks,
      afterChange: [...(global.hooks?.afterChange ?? []), notifyPortalAfterGlobalChange],
    },
  }
}
