import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { chooseEncoding, type Rendered, type StoredPage } from './page-store'

/** What a CDN in front may do with a page: revalidate at once, fall back to its copy on errors. */
export const PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=1, stale-if-error=86400'

/** The message of a page that cannot be shown now, in both languages. */
export const UNAVAILABLE = '服务暂时不可用 / Service temporarily unavailable'

function headerObject(headers: Array<[string, string]>): Record<string, string | string[]> {
  const object: Record<string, string | string[]> = {}
  for (const [name, value] of headers) {
    const existing = object[name]
    object[name] = existing === undefined ? value : [...[existing].flat(), value]
  }
  return object
}

/** Sends a stored page (or a built asset) in the encoding the client accepts, or 304. */
export function sendStored(
  req: IncomingMessage,
  res: ServerResponse,
  page: Pick<StoredPage, 'status' | 'headers' | 'body' | 'gzip' | 'br' | 'etag'> & {
    storedAt?: number
  },
  extra: Record<string, string>,
): void {
  const headers = headerObject(page.headers)
  headers['cache-control'] ??= PAGE_CACHE_CONTROL
  headers.etag = page.etag
  headers.vary = 'Accept-Encoding'
  if (page.storedAt)
    headers.age = String(Math.max(0, Math.floor((Date.now() - page.storedAt) / 1000)))
  Object.assign(headers, extra)
  if (req.headers['if-none-match'] === page.etag && page.status === 200) {
    res.writeHead(304, headers)
    res.end()
    return
  }
  const encoding = chooseEncoding(req.headers['accept-encoding'], page)
  const body = encoding ? (page[encoding] as Buffer) : page.body
  if (encoding) headers['content-encoding'] = encoding
  headers['content-length'] = String(body.length)
  res.writeHead(page.status, headers)
  res.end(req.method === 'HEAD' ? undefined : body)
}

/** A response that is not kept: passed on as rendered, never cacheable downstream if an error. */
export function sendUncached(req: IncomingMessage, res: ServerResponse, rendered: Rendered): void {
  const headers = headerObject(rendered.headers)
  if (rendered.status >= 500 || !headers['cache-control']) headers['cache-control'] = 'no-store'
  headers['x-portal-cache'] = 'BYPASS'
  headers['content-length'] = String(rendered.body.length)
  res.writeHead(rendered.status, headers)
  res.end(req.method === 'HEAD' ? undefined : rendered.body)
}

/** A short answer of the server itself (JSON or plain text), never cached. */
export function sendOwn(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: OutgoingHttpHeaders,
): void {
  const text = typeof body === 'string'
  res.writeHead(status, {
    ...headers,
    'content-type': text ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  })
  res.end(text ? body : JSON.stringify(body))
}

/** Seconds a visitor or crawler refused by the render gate is asked to wait. */
export const BUSY_RETRY_SECONDS = 5

/**
 * The answer to a page render the portal cannot start now (too many in flight):
 * a 503 in the visitor's language with `Retry-After`, never stored.
 */
export function busyPage(pathname: string): Rendered {
  const english = /^\/en(\/|$)/.test(pathname)
  const [lang, title, text] = english
    ? [
        'en',
        'The site is busy',
        'Too many pages are being prepared at once. Please try again in a few seconds.',
      ]
    : ['zh-CN', '网站访问繁忙', '当前访问人数较多，页面正在排队生成，请几秒钟后刷新重试。']
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>`
  return {
    status: 503,
    headers: [
      ['content-type', 'text/html; charset=utf-8'],
      ['retry-after', String(BUSY_RETRY_SECONDS)],
      ['cache-control', 'no-store'],
    ],
    body: Buffer.from(html),
  }
}
