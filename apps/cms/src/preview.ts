import type { Access, CollectionConfig } from 'payload'
import { DEV_PORTAL_HOOK_SECRET } from '@portal/shared/env'
import {
  PREVIEW_COLLECTIONS,
  PREVIEW_TOKEN_HEADER,
  PREVIEW_TTL_MS,
  createPreviewToken,
  verifyPreviewToken,
  type PreviewCollection,
} from '@portal/shared/signing'
import { env } from './env'
import { portalAddress } from './portal-address'

/**
 * Draft preview. The admin's preview button and live preview pane open the
 * portal at `/preview?token=…`; the token, signed with PORTAL_HOOK_SECRET,
 * names one document and expires. The portal passes it back in the
 * `x-preview-token` header, and read access lets exactly that document's draft
 * through: no standing right to read drafts exists outside the staff.
 */

const secret = () => env.PORTAL_HOOK_SECRET || DEV_PORTAL_HOOK_SECRET

function isPreviewCollection(slug: string): slug is PreviewCollection {
  return slug in PREVIEW_COLLECTIONS
}

/** The portal address that previews a document, or null for unsaved ones. */
export function previewUrl(
  collection: string,
  id: string | number | undefined,
  locale: string | undefined,
  now = Date.now(),
): string | null {
  if (id === undefined || id === null || !isPreviewCollection(collection)) return null
  // The expiry moves in ten-minute steps, so the live preview's address (and its
  // iframe) stays the same across autosaves instead of reloading on every call.
  const step = 10 * 60 * 1000
  const exp = Math.floor(now / step) * step + PREVIEW_TTL_MS
  const token = createPreviewToken(secret(), { collection, id, exp })
  const url = new URL(portalAddress(`${locale === 'en' ? '/en' : ''}/preview`))
  url.searchParams.set('token', token)
  return url.toString()
}

/** Read access that also admits the one document a valid preview token names. */
function withPreviewRead(slug: PreviewCollection, read: Access): Access {
  return async (args) => {
    const granted = await read(args)
    if (granted === true) return true
    const header = args.req.headers?.get(PREVIEW_TOKEN_HEADER)
    const claims = verifyPreviewToken(secret(), header)
    if (!claims || claims.collection !== slug) return granted
    const document = { id: { equals: claims.id } }
    return granted ? { or: [granted, document] } : document
  }
}

/** Gives a previewable collection its preview button, live preview and token access. */
export function withPreview(collection: CollectionConfig): CollectionConfig {
  const slug = collection.slug
  if (!isPreviewCollection(slug) || !collection.access?.read) return collection
  return {
    ...collection,
    access: { ...collection.access, read: withPreviewRead(slug, collection.access.read) },
    admin: {
      ...collection.admin,
      preview: (doc, { locale }) => previewUrl(slug, doc?.id as number | undefined, locale),
      livePreview: {
        url: ({ data, locale }) =>
          previewUrl(slug, data?.id as number | undefined, locale?.code) ?? env.PORTAL_URL,
      },
    },
  }
}
