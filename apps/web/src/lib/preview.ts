import { DEV_PORTAL_HOOK_SECRET } from '@portal/shared/env'
import type { Locale } from '@portal/shared/locales'
import { PREVIEW_COLLECTIONS, verifyPreviewToken } from '@portal/shared/signing'
import { CmsError, createCmsClient, type PreviewContext } from './cms'
import { env } from './env'

/**
 * Draft preview (`/preview?token=…`, `/en/preview?token=…`). The CMS signs a
 * token naming one document; the portal checks it, finds the draft's slug and
 * renders that document's ordinary page with the draft's content. Preview
 * answers are never cached and never indexed.
 */

export type PreviewResolution =
  | { kind: 'page'; path: string; preview: PreviewContext }
  | { kind: 'refused'; status: 403 | 404 | 503 }

const secret = () => env.PORTAL_HOOK_SECRET || DEV_PORTAL_HOOK_SECRET

export async function resolvePreview(
  token: string | null,
  fetchImpl: typeof fetch = fetch,
): Promise<PreviewResolution> {
  const claims = verifyPreviewToken(secret(), token)
  if (!claims || !token) return { kind: 'refused', status: 403 }
  const preview = { token, collection: claims.collection }
  try {
    const slug = await createCmsClient(env.CMS_URL, fetchImpl, 5000, preview).previewSlug(
      claims.collection,
      claims.id,
    )
    if (!slug) return { kind: 'refused', status: 404 }
    return { kind: 'page', path: `/${PREVIEW_COLLECTIONS[claims.collection]}/${slug}`, preview }
  } catch (error) {
    if (!(error instanceof CmsError)) throw error
    console.error(error.message)
    return { kind: 'refused', status: 503 }
  }
}

const REFUSED: Record<403 | 404 | 503, Record<Locale, string>> = {
  403: {
    zh: '预览链接无效或已过期，请回到内容管理后台重新打开预览。',
    en: 'This preview link is not valid or has expired. Open the preview again from the CMS.',
  },
  404: {
    zh: '找不到要预览的内容，它可能已被删除。',
    en: 'The document to preview was not found; it may have been deleted.',
  },
  503: {
    zh: '内容服务暂时不可用，请稍后再试。',
    en: 'The content service cannot be reached right now. Please try again shortly.',
  },
}

/** A small page saying why a preview cannot be shown. */
export function previewRefusal(status: 403 | 404 | 503, locale: Locale): Response {
  const lang = locale === 'zh' ? 'zh-CN' : 'en'
  const title = locale === 'zh' ? '无法预览' : 'Preview unavailable'
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title></head><body><main><h1>${title}</h1><p>${REFUSED[status][locale]}</p></main></body></html>`
  return new Response(html, { status, headers: previewHeaders('text/html; charset=utf-8') })
}

/** Headers of every preview answer. */
export function previewHeaders(contentType?: string): Record<string, string> {
  return {
    ...(contentType ? { 'content-type': contentType } : {}),
    'cache-control': 'private, no-store',
    'x-robots-tag': 'noindex, nofollow',
  }
}
