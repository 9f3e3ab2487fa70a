import type { PublicMedia } from '@portal/shared/content'
import { withBase } from './base'

/**
 * Media files are served through the portal (`/media/…`, proxied to the CMS),
 * so visitors never talk to the CMS and the CMS can stay on a private network.
 */
export function mediaPath(url: string | null | undefined): string | null {
  if (!url) return null
  const match = /\/api\/media\/file\/([^?#]+)/.exec(url)
  return match ? withBase(`/media/${match[1]}`) : null
}

/** A related media field that was populated (not just an id). */
export function asMedia(value: unknown): PublicMedia | null {
  return value && typeof value === 'object' && 'id' in value ? (value as PublicMedia) : null
}

export interface ImageSource {
  src: string
  srcset: string
  width: number
  height: number
}

/** The image's sizes as `src`/`srcset`, widest last, with the intrinsic size of the chosen `src`. */
export function imageSource(
  media: PublicMedia,
  prefer: 'card' | 'wide' = 'card',
): ImageSource | null {
  const sizes = media.sizes ?? {}
  const candidates = [sizes.thumbnail, sizes.card, sizes.wide]
    .filter((s): s is NonNullable<typeof s> => Boolean(s?.url && s.width && s.height))
    .map((s) => ({ url: mediaPath(s.url), width: s.width as number, height: s.height as number }))
    .filter((s): s is { url: string; width: number; height: number } => s.url !== null)
  const chosen = (prefer === 'wide' ? sizes.wide : sizes.card) ?? sizes.card
  const main = chosen?.url && chosen.width && chosen.height ? chosen : null
  const src = mediaPath(main?.url ?? media.url)
  const width = main?.width ?? media.width
  const height = main?.height ?? media.height
  if (!src || !width || !height) return null
  return {
    src,
    srcset: candidates.map((c) => `${c.url} ${c.width}w`).join(', '),
    width,
    height,
  }
}
