import { readdirSync } from 'node:fs'
import type { ServerResponse } from 'node:http'
import type { CacheStats } from './page-cache'
import { sendOwn } from './respond'

export interface HealthOptions {
  cmsUrl: string
  outboxDir: string
  cacheStats: () => CacheStats
  headers: Record<string, string>
}

function pendingInquiries(outboxDir: string): number {
  try {
    return readdirSync(outboxDir).filter((name) => name.endsWith('.json')).length
  } catch {
    return 0
  }
}

/**
 * `GET /_portal/health`. The portal keeps serving its cached pages when the
 * CMS is away, so it stays in the load balancer (200) and reports the CMS as a
 * degraded dependency, with the cache and the inquiries waiting in the outbox.
 */
export function createHealthCheck(options: HealthOptions) {
  return async (res: ServerResponse): Promise<string> => {
    const started = Date.now()
    let cmsUp = false
    try {
      const answer = await fetch(new URL('/api/health', options.cmsUrl), {
        signal: AbortSignal.timeout(2000),
      })
      cmsUp = answer.ok
    } catch {
      cmsUp = false
    }
    sendOwn(
      res,
      200,
      {
        status: cmsUp ? 'ok' : 'degraded',
        checks: {
          cms: { ok: cmsUp, ms: Date.now() - started },
          cache: options.cacheStats(),
          memory: (({ rss, heapUsed, external }) => ({
            rssBytes: rss,
            heapUsedBytes: heapUsed,
            externalBytes: external,
          }))(process.memoryUsage()),
          outbox: { pending: pendingInquiries(options.outboxDir) },
        },
      },
      options.headers,
    )
    return 'HEALTH'
  }
}
