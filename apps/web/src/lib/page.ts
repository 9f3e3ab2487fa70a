import { CmsError } from './cms'

/**
 * What a page or feed does when the CMS cannot answer, in one place. A page
 * awaits `loadPage(() => cms…)`: it gets the data, or `undefined` when the CMS
 * is away (the reason is logged), and then renders `<Unavailable />`, the
 * friendly 503 in the visitor's language. Any other error is a bug in the
 * portal and goes on to Astro's 500 page.
 */
export async function loadPage<T>(load: () => Promise<T>): Promise<T | undefined> {
  try {
    return await load()
  } catch (error) {
    if (!(error instanceof CmsError)) throw error
    console.error(error.message)
    return undefined
  }
}

/**
 * The answer of a feed or the sitemap while the CMS is away: 503 with
 * `Retry-After`, so readers and crawlers come back later. It has a body
 * because the portal's server takes an empty body for a failed render and
 * would answer 500 instead.
 */
export function unavailableResponse(): Response {
  return new Response('服务暂时不可用 / Service temporarily unavailable', {
    status: 503,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '30' },
  })
}
