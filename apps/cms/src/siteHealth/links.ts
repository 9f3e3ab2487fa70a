import type { CollectionSlug, Payload } from 'payload'
import { docUrl } from './gather'
import type { LinkData } from './rules'

/**
 * The link check (错误链接检查): every link in published content and in the
 * footer, internal ones against the portal, external ones against their
 * sites. A link that answers 404 or another client or server error is
 * broken; one the server cannot reach at all (no route out, no DNS, a
 * timeout) is only "not reachable from the server": a government server is
 * often kept off the internet, and calling that broken would be a false alarm.
 */

/** Where a link was found: the document's title and where to edit it. */
interface Holder {
  label: string
  href: string
}

const CONTENT: { collection: CollectionSlug; fields: string[] }[] = [
  { collection: 'projects', fields: ['body'] },
  { collection: 'policies', fields: ['body'] },
  { collection: 'news', fields: ['body'] },
]

/** Every `url` of a link node in a Lexical value, at any depth. */
export function linksInRichText(value: unknown): string[] {
  const found: string[] = []
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return
    const { type, fields, children, root } = node as Record<string, unknown>
    if ((type === 'link' || type === 'autolink') && fields && typeof fields === 'object') {
      const url = (fields as { url?: unknown }).url
      if (typeof url === 'string' && url.trim()) found.push(url.trim())
    }
    if (Array.isArray(children)) children.forEach(walk)
    if (root) walk(root)
  }
  walk(value)
  return found
}

/** The links to check and the pages holding each, from published content and the footer. */
export async function collectLinks(payload: Payload): Promise<Map<string, Holder[]>> {
  const links = new Map<string, Holder[]>()
  const add = (url: string, holder: Holder) => {
    const list = links.get(url) ?? []
    if (!list.some((known) => known.href === holder.href)) list.push(holder)
    links.set(url, list)
  }
  for (const { collection, fields } of CONTENT) {
    const found = await payload.find({
      collection,
      where: { _status: { equals: 'published' } },
      pagination: false,
      depth: 0,
      locale: 'all',
      select: { title: true, ...Object.fromEntries(fields.map((field) => [field, true])) },
    })
    for (const doc of found.docs as Record<string, unknown>[]) {
      const title = (doc.title as { zh?: string } | undefined)?.zh ?? String(doc.id)
      const holder = { label: title, href: docUrl(collection, doc.id as number) }
      for (const field of fields) {
        for (const value of Object.values((doc[field] as Record<string, unknown>) ?? {})) {
          for (const url of linksInRichText(value)) add(url, holder)
        }
      }
    }
  }
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0 })
  const footer = { label: '页脚 / Footer', href: '/admin/globals/site-settings' }
  for (const link of settings.footerLinks ?? []) if (link.url) add(link.url, footer)
  return links
}

export type LinkVerdict = 'ok' | 'broken' | 'unreachable' | 'skipped'

/**
 * Checks one link: HEAD first, GET when a site refuses HEAD. Site-relative
 * links are checked against the portal. mailto:, tel: and in-page anchors
 * are skipped.
 */
export async function checkLink(
  url: string,
  options: { portalUrl: string; timeoutMs?: number; fetch?: typeof fetch },
): Promise<LinkVerdict> {
  let target: URL
  try {
    target = new URL(url, options.portalUrl)
  } catch {
    return 'broken'
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return 'skipped'
  const fetchImpl = options.fetch ?? fetch
  const ask = (method: 'HEAD' | 'GET') =>
    fetchImpl(target, {
      method,
      redirect: 'follow',
      signal: AbortSignal.timeout(options.timeoutMs ?? 8000),
      headers: { 'user-agent': 'portal-link-check' },
    })
  try {
    let response = await ask('HEAD')
    if (response.status === 405 || response.status === 501) response = await ask('GET')
    // 401/403/429: the page exists but will not talk to a robot; not the link's fault.
    if (response.ok || [401, 403, 429].includes(response.status)) return 'ok'
    return 'broken'
  } catch {
    return 'unreachable'
  }
}

/** Checks every link, a few at a time, and returns the broken and the unreachable ones. */
export async function checkAllLinks(
  payload: Payload,
  options: { portalUrl: string; timeoutMs?: number; fetch?: typeof fetch; concurrency?: number },
): Promise<{ broken: LinkData[]; unreachable: LinkData[]; checked: number }> {
  const links = [...(await collectLinks(payload)).entries()]
  const broken: LinkData[] = []
  const unreachable: LinkData[] = []
  let next = 0
  const worker = async () => {
    while (next < links.length) {
      const [url, pages] = links[next++]!
      const verdict = await checkLink(url, options)
      if (verdict === 'broken') broken.push({ url, pages })
      if (verdict === 'unreachable') unreachable.push({ url, pages })
    }
  }
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker))
  const byUrl = (a: LinkData, b: LinkData) => a.url.localeCompare(b.url)
  return { broken: broken.sort(byUrl), unreachable: unreachable.sort(byUrl), checked: links.length }
}

/** Runs the check and stores its results for the health view. */
export async function recordLinkCheck(
  payload: Payload,
  options: Parameters<typeof checkAllLinks>[1],
): Promise<{ broken: number; unreachable: number; checked: number }> {
  const result = await checkAllLinks(payload, options)
  await payload.updateGlobal({
    slug: 'site-health-state',
    data: {
      linksCheckedAt: new Date().toISOString(),
      brokenLinks: result.broken,
      unreachableLinks: result.unreachable,
    },
  })
  return {
    broken: result.broken.length,
    unreachable: result.unreachable.length,
    checked: result.checked,
  }
}
