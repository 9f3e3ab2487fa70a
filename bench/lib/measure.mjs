// Load tests and timings: autocannon runs with percentiles from every
// response, warm-ups, and serial timings of single requests.
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import autocannon from 'autocannon'
import { PORTAL_URL, options } from './config.mjs'
import { COMPRESSED, rawGet } from './http.mjs'

/**
 * The `p`th percentile of `values` (nearest rank).
 * @param {number[]} values
 * @param {number} p
 */
export function percentile(values, p) {
  if (values.length === 0) return NaN
  const sorted = Float64Array.from(values).sort()
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index] ?? NaN
}

/**
 * @typedef {{ rps: number, p50: number, p95: number, p99: number, max: number,
 *   requests: number, errors: number, non2xx: number, cacheStates: Record<string, number>,
 *   statuses?: Record<string, number>,
 *   autocannon: { p50: number, p97_5: number, p99: number }, bytesPerRequest: number,
 *   loadavg: number }} LoadResult
 */

/**
 * @typedef {{ url: string, connections: number, duration: number,
 *   headers?: Record<string, string>, stateHeader?: string }} LoadRun
 */

/**
 * One autocannon run. Latency percentiles come from every response's own
 * timing (autocannon reports p2.5…p99 but no p95), throughput from autocannon.
 * Answers are counted by the value of `stateHeader` (default `x-portal-cache`).
 * @param {LoadRun} run
 * @returns {Promise<LoadResult>}
 */
export async function load(run) {
  /** @type {number[]} */
  const latencies = []
  /** @type {Record<string, number>} */
  const cacheStates = {}
  const stateHeader = run.stateHeader ?? 'x-portal-cache'
  // autocannon's instance is also the promise of its result (its types offer one or the other).
  const instance =
    /** @type {import('autocannon').Instance & Promise<import('autocannon').Result>} */ (
      /** @type {unknown} */ (
        autocannon({
          url: run.url,
          connections: run.connections,
          duration: run.duration,
          headers: run.headers ?? {},
          setupClient: (client) => {
            // The 'headers' event carries the parser's record with the raw header list, not a header object.
            const raw =
              /** @type {{ on: (event: 'headers', listener: (opts: { headers?: string[] }) => void) => void }} */ (
                /** @type {unknown} */ (client)
              )
            raw.on('headers', (opts) => {
              const list = opts.headers ?? []
              for (let i = 0; i < list.length; i += 2) {
                if (String(list[i]).toLowerCase() === stateHeader) {
                  const state = String(list[i + 1])
                  cacheStates[state] = (cacheStates[state] ?? 0) + 1
                  return
                }
              }
              cacheStates['(none)'] = (cacheStates['(none)'] ?? 0) + 1
            })
          },
        })
      )
    )
  instance.on('response', (_client, _status, _bytes, responseTime) => {
    latencies.push(responseTime)
  })
  const result = await instance
  const total = result.requests.total ?? latencies.length
  return {
    rps: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: result.latency.max,
    requests: total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    cacheStates,
    statuses: Object.fromEntries(
      Object.entries(
        /** @type {{ statusCodeStats?: Record<string, { count: number }> }} */ (result)
          .statusCodeStats ?? {},
      ).map(([code, { count }]) => [code, count]),
    ),
    autocannon: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99 },
    bytesPerRequest: total ? Math.round(result.throughput.total / total) : 0,
    loadavg: os.loadavg()[0] ?? 0,
  }
}

/**
 * How long a portal needs after a load of cache misses before the next one.
 * When autocannon stops, the requests it leaves behind stay in the portal's
 * render gate, waiting up to RENDER_QUEUE_MS (3 s) or rendering: a run started
 * at once finds the queue full and its first seconds answered with instant
 * 503s (seen: 123 of 128 answers of a 2 s run).
 */
export const GATE_REST_MS = 4000

/**
 * Warm-up (a third of the duration, at most 5 s), then the measured run.
 * @param {string} label
 * @param {LoadRun} run
 * @param {number} [restMs] pause between the two (GATE_REST_MS for misses)
 */
export async function measure(label, run, restMs = 0) {
  await load({ ...run, duration: Math.min(5, Math.max(1, Math.round(run.duration / 3))) })
  if (restMs > 0) await sleep(restMs)
  const result = await load(run)
  console.log(
    `  ${label}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms${result.errors || result.non2xx ? `, ${result.errors} errors, ${result.non2xx} non-2xx` : ''}`,
  )
  return result
}

/** Seconds of untimed load on each page before a server's first measured run. */
export const WARM_UP_SECONDS = 8

/**
 * Loads every page of a freshly started server for a while, untimed. A new
 * Node process answers markedly slower for its first seconds under load (its
 * code is still being optimised and its heap sized): measured right away, the
 * first pages of a run came out at about 60 % of the same pages measured a
 * minute later. Both the portal and the static server get the same treatment.
 * @param {string} base
 * @param {string[]} paths
 */
export async function warmUp(base, paths) {
  for (const pathname of paths) {
    await load({
      url: `${base}${pathname}`,
      connections: options.connections,
      duration: WARM_UP_SECONDS,
      headers: COMPRESSED,
    })
  }
}

/**
 * Waits until the servers have worked off what an earlier run left them (a
 * synchronous SQLite query keeps the CMS busy after the client has gone): the
 * portal's health check, which asks the CMS, must answer quickly twice in a row.
 * @param {string} [portalUrl] the portal whose health is asked (default: the run's main portal)
 */
export async function settle(portalUrl = PORTAL_URL) {
  const deadline = Date.now() + 180_000
  let quiet = 0
  while (quiet < 2 && Date.now() < deadline) {
    const started = performance.now()
    try {
      await fetch(`${portalUrl}/_portal/health`, { signal: AbortSignal.timeout(60_000) })
    } catch {
      // busy or down: try again
    }
    quiet = performance.now() - started < 300 ? quiet + 1 : 0
    await sleep(200)
  }
}

/**
 * Median and p95 of a few serial requests (no load): what one page render or
 * one CMS call costs on its own.
 * @param {string} url
 * @param {number} times
 * @param {Record<string, string>} [headers]
 */
export async function serial(url, times, headers = {}) {
  /** @type {number[]} */
  const ms = []
  let bytes = 0
  let total = times + 2
  for (let i = 0; i < total; i++) {
    const started = performance.now()
    const answer = await rawGet(url, headers)
    if (answer.status !== 200) throw new Error(`${url} answered ${answer.status}`)
    const took = performance.now() - started
    // A call that takes seconds is timed three times, not fifteen.
    if (i === 0 && took > 1000) total = 3
    if (i >= 2 || total === 3) ms.push(took)
    bytes = answer.raw.length
  }
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), bytes }
}
