// Step 11, the CMS stopped under load (issue #19, item 5): 200 connections on
// cached pages for six times --duration (60 s by default); at half time the
// CMS is stopped. Meanwhile pages the portal never rendered are asked for in
// Chinese and in English, and inquiries are filed; at 35 s of 60 the CMS is
// started again, so that its return (which takes a while under load) happens
// under load too. Then: did any cached page fail, did every uncached page
// answer the 503 in the visitor's language with Retry-After, did every
// inquiry wait in the outbox and reach the CMS exactly once, and did the
// portal's resident memory stay under its cache size plus the stated margin.
// A CMS and a portal of its own, on the run's database.
import { createHmac } from 'node:crypto'
import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { URLSearchParams } from 'node:url'
import autocannon from 'autocannon'
import { PORTS, options, resultsDir, secrets } from '../config.mjs'
import { COMPRESSED, rawGet } from '../http.mjs'
import { percentile } from '../measure.mjs'
import { memorySampler } from '../procfs.mjs'
import { startCms, startPortal } from '../servers.mjs'
import { adminAuth } from './cms.mjs'
import { pagesOf } from './portal.mjs'

/** The issue's load: 200 connections. */
export const OUTAGE_CONNECTIONS = 200
/** The portal's page cache in this step (its default, CACHE_MAX_MB, set explicitly). */
export const OUTAGE_CACHE_MB = 256
/**
 * What the portal's resident memory may hold beyond its page cache: the Node
 * heap between collections, Astro's render buffers, the code. The bound
 * docs/benchmarks.md states after the flood of unique addresses (peak 382 MB
 * resident with 16 MB cached; heap use between 55 and 176 MB).
 */
export const OUTAGE_MARGIN_MB = 400
/**
 * Cached pages go stale after this many seconds, so that while the CMS is down
 * every one of them is re-rendered in vain and has to be answered from its
 * stale copy. With the default (300 s) and no change notification, stopping
 * the CMS for half a minute would not touch a single cached answer.
 */
const TTL_SECONDS = 2
/** When the CMS is started again, as a share of the run (it stops at half time). */
const RESTART_AT = 7 / 12
/** Inquiries filed while the CMS is down. */
const INQUIRIES = 10
/** How long the outbox has to deliver them after the CMS is back. */
const DRAIN_TIMEOUT_MS = 6 * 60_000
/** The name on every inquiry of this step (the phone number tells them apart). */
const VISITOR = '停机压测'

/** The friendly 503 of apps/web/src/components/Unavailable.astro, per language (src/lib/i18n). */
const UNAVAILABLE = {
  zh: { lang: '<html lang="zh', title: '服务暂时不可用' },
  en: { lang: '<html lang="en', title: 'Temporarily unavailable' },
}

/**
 * @typedef {{ requests: number, statuses: Record<string, number>,
 *   cacheStates: Record<string, number>, errors: number, latencies: number[],
 *   max: number, maxAt: number }} Tally
 * @typedef {'before' | 'down' | 'after'} Phase
 * @typedef {{ name: string, ok: boolean, detail: string }} Check
 */

const newTally = () =>
  /** @type {Tally} */ ({
    requests: 0,
    statuses: {},
    cacheStates: {},
    errors: 0,
    latencies: [],
    max: 0,
    maxAt: NaN,
  })

/** What a phase's answers came to, without the list of latencies. */
function summary(/** @type {Tally} */ t, /** @type {number} */ ms) {
  const ok = Object.entries(t.statuses)
    .filter(([code]) => code.startsWith('2'))
    .reduce((sum, [, n]) => sum + n, 0)
  return {
    seconds: ms / 1000,
    requests: t.requests,
    rps: ms > 0 ? t.requests / (ms / 1000) : 0,
    non2xx: t.requests - ok,
    errors: t.errors,
    statuses: t.statuses,
    cacheStates: t.cacheStates,
    p50: percentile(t.latencies, 50),
    p99: percentile(t.latencies, 99),
    max: t.max,
    /** When the slowest answer arrived (ms since the load started). */
    maxAt: t.maxAt,
  }
}

/**
 * 200 connections cycling over `paths` for `seconds`, every answer counted in
 * the phase it arrives in (`phaseOf`, from the run's timeline).
 * @param {string} base
 * @param {string[]} paths
 * @param {number} seconds
 * @param {() => Phase} phaseOf
 * @param {() => number} [clock] ms since the load started, for the time of the slowest answer
 */
function cyclingLoad(base, paths, seconds, phaseOf, clock = () => NaN) {
  /** @type {Record<Phase, Tally>} */
  const tallies = { before: newTally(), down: newTally(), after: newTally() }
  const instance =
    /** @type {import('autocannon').Instance & Promise<import('autocannon').Result>} */ (
      /** @type {unknown} */ (
        autocannon({
          url: base,
          connections: OUTAGE_CONNECTIONS,
          duration: seconds,
          headers: COMPRESSED,
          requests: paths.map((pathname) => ({ method: 'GET', path: pathname })),
          setupClient: (client) => {
            const raw =
              /** @type {{ on: (event: 'headers', listener: (opts: { headers?: string[] }) => void) => void }} */ (
                /** @type {unknown} */ (client)
              )
            raw.on('headers', (opts) => {
              const list = opts.headers ?? []
              let state = '(none)'
              for (let i = 0; i < list.length; i += 2) {
                if (String(list[i]).toLowerCase() === 'x-portal-cache') state = String(list[i + 1])
              }
              const tally = tallies[phaseOf()]
              tally.cacheStates[state] = (tally.cacheStates[state] ?? 0) + 1
            })
          },
        })
      )
    )
  instance.on('response', (_client, status, _bytes, responseTime) => {
    const tally = tallies[phaseOf()]
    tally.requests += 1
    tally.statuses[status] = (tally.statuses[status] ?? 0) + 1
    tally.latencies.push(responseTime)
    if (responseTime > tally.max) {
      tally.max = responseTime
      tally.maxAt = clock()
    }
  })
  instance.on('reqError', () => {
    tallies[phaseOf()].errors += 1
  })
  return { tallies, done: instance }
}

/** A form token as the portal signs one, issued ten seconds ago (see protection.ts). */
function formToken(/** @type {string} */ type) {
  const issuedAt = Date.now() - 10_000
  const signature = createHmac('sha256', secrets.portalSecret)
    .update(`${issuedAt}${type}`)
    .digest('base64url')
  return `${issuedAt}.${signature}`
}

/** The inquiries waiting in an outbox folder (its record files, not `failed/`). */
function waiting(/** @type {string} */ dir) {
  try {
    return readdirSync(dir).filter((name) => name.endsWith('.json')).length
  } catch {
    return 0
  }
}

/**
 * Files a general inquiry the way the contact form posts it.
 * @param {string} portalUrl
 * @param {string} phone
 */
async function fileInquiry(portalUrl, phone) {
  const response = await fetch(`${portalUrl}/contact`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: portalUrl },
    body: new URLSearchParams({
      type: 'general',
      formToken: formToken('general'),
      website: '',
      name: VISITOR,
      phone,
      message: '压力测试期间内容服务停机时提交的留言，恢复后应当只送达一次。',
      consent: 'on',
    }).toString(),
    redirect: 'manual',
  })
  await response.arrayBuffer()
  const location = new URL(response.headers.get('location') ?? '/', portalUrl)
  const trackingNumber = location.searchParams.get('n') ?? ''
  return {
    phone,
    status: response.status,
    trackingNumber,
    accepted: response.status === 303 && /^ZS-\d{8}-\d{4}$/.test(trackingNumber),
  }
}

/**
 * A page the portal has not rendered, asked for while the CMS is down.
 * @param {string} portalUrl
 * @param {string} pathname
 * @param {'zh' | 'en'} lang
 */
async function probe(portalUrl, pathname, lang) {
  const answer = await rawGet(`${portalUrl}${pathname}`, COMPRESSED).catch((error) => ({
    status: 0,
    headers: /** @type {import('node:http').IncomingHttpHeaders} */ ({}),
    body: Buffer.from(String(error)),
  }))
  const html = answer.body.toString('utf8')
  const retryAfter = String(answer.headers['retry-after'] ?? '')
  const other = UNAVAILABLE[lang === 'zh' ? 'en' : 'zh']
  const inLanguage =
    html.includes(UNAVAILABLE[lang].lang) &&
    html.includes(UNAVAILABLE[lang].title) &&
    !html.includes(other.title)
  return {
    path: pathname,
    lang,
    status: answer.status,
    retryAfter,
    inLanguage,
    ok: answer.status === 503 && /^[1-9]\d*$/.test(retryAfter) && inLanguage,
  }
}

/**
 * Counts, in the CMS, the inquiries with each tracking number and each phone number.
 * @param {string} cmsUrl
 * @param {Array<{ trackingNumber: string, phone: string }>} filed
 */
async function countInCms(cmsUrl, filed) {
  const auth = await adminAuth(cmsUrl)
  const count = async (/** @type {string} */ field, /** @type {string} */ value) => {
    const url = new URL('/api/inquiries', cmsUrl)
    url.searchParams.set(`where[${field}][equals]`, value)
    url.searchParams.set('depth', '0')
    url.searchParams.set('limit', '0')
    const answer = await fetch(url, { headers: auth })
    if (!answer.ok) throw new Error(`${url} answered ${answer.status}`)
    return /** @type {{ totalDocs: number }} */ (await answer.json()).totalDocs
  }
  const counts = []
  for (const { trackingNumber, phone } of filed) {
    counts.push({
      trackingNumber,
      byNumber: await count('trackingNumber', trackingNumber),
      byPhone: await count('phone', phone),
    })
  }
  return counts
}

/**
 * Polls `check` every quarter second until it returns true or `timeoutMs` passes;
 * resolves with the time it took, or null.
 * @param {() => Promise<boolean> | boolean} check
 * @param {number} timeoutMs
 */
async function until(check, timeoutMs) {
  const started = performance.now()
  while (performance.now() - started < timeoutMs) {
    if (await check()) return performance.now() - started
    await sleep(250)
  }
  return null
}

/**
 * 11: the CMS stopped and started again under 200 connections on cached pages.
 * @param {{ generated: { projects: number, news: number, policies: number } }} loaded
 */
export async function measureOutage(loaded) {
  const seconds = options.duration * 6
  const portalUrl = `http://127.0.0.1:${PORTS.outagePortal}`
  const dir = path.join(resultsDir, 'outage')
  const outboxDir = path.join(dir, 'outbox')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(outboxDir, { recursive: true, mode: 0o700 })
  const cmsWhere = { name: 'outage-cms', port: PORTS.outageCms, portalUrl }
  let cms = await startCms(cmsWhere)
  const portal = await startPortal('outage-portal', PORTS.outagePortal, {
    CMS_URL: cms.url,
    CACHE_MAX_MB: String(OUTAGE_CACHE_MB),
    CACHE_TTL_SECONDS: String(TTL_SECONDS),
    OUTBOX_DIR: outboxDir,
    CACHE_DIR: path.join(dir, 'page-cache'),
    INQUIRY_RATE_LIMIT: '1000',
  })
  const memory = memorySampler(/** @type {number} */ (portal.child.pid))

  // The cached pages: home, the filtered list, a project, a news item, in both languages.
  const { pages, projectIndex } = await pagesOf(loaded, cms.url)
  const zhPages = [pages.home, pages.projectList, pages.projectDetail, pages.news]
  const cached = [...zhPages, ...zhPages.map((p) => (p === '/' ? '/en/' : `/en${p}`))]
  /** @type {Check[]} */
  const checks = []
  const notRendered = []
  for (const pathname of cached) {
    const first = await rawGet(`${portalUrl}${pathname}`, COMPRESSED)
    if (first.status !== 200) notRendered.push(`${pathname} ${first.status}`)
  }
  checks.push({
    name: 'every cached page renders before the load',
    ok: notRendered.length === 0,
    detail: notRendered.length ? notRendered.join(', ') : `${cached.length} pages`,
  })
  // A few seconds of the same load, untimed: the portal's code optimised, every page cached.
  await cyclingLoad(
    portalUrl,
    cached,
    Math.min(5, Math.max(1, options.duration / 2)),
    () => 'before',
  ).done

  // Pages this portal has never rendered: lists, then projects, alternately Chinese and English.
  const uncached = ['/news', '/policies', '/guides']
  for (let n = 1; uncached.length < 200; n++) {
    if (n !== projectIndex && n !== projectIndex + 1) uncached.push(`/projects/bench-project-${n}`)
  }
  const probePath = (/** @type {number} */ i) => {
    const zh = /** @type {string} */ (uncached[Math.floor(i / 2) % uncached.length])
    return i % 2 === 0
      ? { path: zh, lang: /** @type {const} */ ('zh') }
      : { path: `/en${zh}`, lang: /** @type {const} */ ('en') }
  }

  console.log(
    `  ${OUTAGE_CONNECTIONS} connections on ${cached.length} cached pages for ${seconds} s; the CMS stops at ${seconds / 2} s`,
  )
  /** Milliseconds since the load started, of each event. */
  const timeline = {
    /** When the load started (wall clock), to find the events in the servers' logs. */
    loadStartedAt: new Date().toISOString(),
    stopAt: NaN,
    stoppedAt: NaN,
    restartAt: NaN,
    backAt: NaN,
    loadEndAt: NaN,
  }
  const started = performance.now()
  const elapsed = () => performance.now() - started
  /** @returns {Phase} */
  const phaseOf = () => {
    const t = elapsed()
    if (!(t >= timeline.stopAt)) return 'before'
    return t >= timeline.backAt ? 'after' : 'down'
  }
  const load = cyclingLoad(portalUrl, cached, seconds, phaseOf, elapsed)
  /** @type {import('autocannon').Result | null} */
  let loadResult = null
  const loadDone = load.done.then((result) => {
    timeline.loadEndAt = elapsed()
    loadResult = result
  })

  await sleep((seconds * 1000) / 2 - elapsed())
  timeline.stopAt = elapsed()
  await cms.stop()
  timeline.stoppedAt = elapsed()
  console.log(
    `  CMS stopped at ${(timeline.stopAt / 1000).toFixed(1)} s (took ${((timeline.stoppedAt - timeline.stopAt) / 1000).toFixed(1)} s)`,
  )

  // While it is down: one uncached page and one inquiry every half second, until
  // RESTART_AT of the run and at least four pages and every inquiry.
  /** @type {Awaited<ReturnType<typeof probe>>[]} */
  const probes = []
  /** @type {Array<Awaited<ReturnType<typeof fileInquiry>> & { atMs: number }>} */
  const filed = []
  const phoneBase = Date.now() % 100_000_000
  while (elapsed() < seconds * 1000 * RESTART_AT || probes.length < 4 || filed.length < INQUIRIES) {
    const next = probePath(probes.length)
    probes.push(await probe(portalUrl, next.path, next.lang))
    if (filed.length < INQUIRIES) {
      const phone = `139${String((phoneBase + filed.length) % 100_000_000).padStart(8, '0')}`
      filed.push({ ...(await fileInquiry(portalUrl, phone)), atMs: elapsed() })
    }
    await sleep(500)
  }
  const queuedWhileDown = waiting(outboxDir)

  timeline.restartAt = elapsed()
  /** @type {string | null} */
  let restartError = null
  try {
    cms = await startCms(cmsWhere)
    timeline.backAt = elapsed()
    console.log(
      `  CMS back at ${(timeline.backAt / 1000).toFixed(1)} s (started at ${(timeline.restartAt / 1000).toFixed(1)} s)`,
    )
  } catch (error) {
    restartError = String(error).slice(0, 500)
  }
  // From the CMS's return on, while the load goes on: how soon a page the
  // portal never rendered renders again, and how soon the outbox is empty.
  const recoveryPath = probePath(1).path
  const recovery = restartError
    ? Promise.resolve(null)
    : until(
        async () =>
          (await rawGet(`${portalUrl}${recoveryPath}`).catch(() => ({ status: 0 }))).status === 200,
        60_000,
      )
  const drain = restartError
    ? Promise.resolve(null)
    : until(() => waiting(outboxDir) === 0, DRAIN_TIMEOUT_MS)
  await loadDone
  const result = /** @type {import('autocannon').Result} */ (/** @type {unknown} */ (loadResult))
  const recoveredMs = await recovery
  const drainedMs = await drain
  const drainedAt = drainedMs === null ? NaN : timeline.backAt + drainedMs
  const failedFiles = waiting(path.join(outboxDir, 'failed'))
  const accepted = filed.filter((f) => f.accepted)
  const counts = restartError ? [] : await countInCms(cms.url, accepted)
  const portalMemory = memory.stop()
  await portal.stop()
  await cms.stop()

  // The verdicts.
  const phases = /** @type {const} */ (['before', 'down', 'after'])
  const phaseMs = {
    before: timeline.stopAt,
    down:
      (Number.isFinite(timeline.backAt)
        ? Math.min(timeline.backAt, timeline.loadEndAt)
        : timeline.loadEndAt) - timeline.stopAt,
    after: Number.isFinite(timeline.backAt) ? Math.max(0, timeline.loadEndAt - timeline.backAt) : 0,
  }
  const byPhase = Object.fromEntries(phases.map((p) => [p, summary(load.tallies[p], phaseMs[p])]))
  const all = newTally()
  for (const p of phases) {
    const t = load.tallies[p]
    all.requests += t.requests
    all.errors += t.errors
    // Hundreds of thousands of answers: too many to spread into push().
    for (const latency of t.latencies) all.latencies.push(latency)
    if (t.max > all.max) Object.assign(all, { max: t.max, maxAt: t.maxAt })
    for (const [k, v] of Object.entries(t.statuses)) all.statuses[k] = (all.statuses[k] ?? 0) + v
    for (const [k, v] of Object.entries(t.cacheStates))
      all.cacheStates[k] = (all.cacheStates[k] ?? 0) + v
  }
  const total = {
    ...summary(all, timeline.loadEndAt),
    rps: result.requests.average,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  }
  const failedAnswers = total.errors + total.timeouts + total.non2xx
  checks.push({
    name: 'cached pages: no failed answer',
    ok: failedAnswers === 0 && total.requests > 0,
    detail: `${total.requests} answers, ${total.non2xx} non-2xx, ${total.errors} errors, ${total.timeouts} timeouts`,
  })
  const staleWhileDown = byPhase.down?.cacheStates.STALE ?? 0
  checks.push({
    name: 'the outage reached the cached pages (answered STALE while the CMS was down)',
    ok: staleWhileDown > 0,
    detail: `${staleWhileDown} STALE answers while it was down`,
  })
  const badProbes = probes.filter((p) => !p.ok)
  const zhOk = probes.filter((p) => p.ok && p.lang === 'zh').length
  const enOk = probes.filter((p) => p.ok && p.lang === 'en').length
  checks.push({
    name: 'uncached pages: 503 in the visitor\u2019s language with Retry-After',
    ok: badProbes.length === 0 && zhOk > 0 && enOk > 0,
    detail:
      `${zhOk} Chinese and ${enOk} English pages of ${probes.length}` +
      (badProbes.length
        ? `; not: ${badProbes
            .slice(0, 4)
            .map(
              (p) =>
                `${p.path} ${p.status} retry-after "${p.retryAfter}"${p.inLanguage ? '' : ' wrong text'}`,
            )
            .join(', ')}`
        : `; Retry-After ${[...new Set(probes.map((p) => p.retryAfter))].join(', ')} s`),
  })
  checks.push({
    name: 'inquiries while down: accepted with a number, waiting in the outbox',
    ok: accepted.length === filed.length && queuedWhileDown >= accepted.length,
    detail: `${accepted.length} of ${filed.length} accepted (303 with a number), ${queuedWhileDown} in the outbox before the CMS came back`,
  })
  checks.push({
    name: 'the CMS came back',
    ok: restartError === null,
    detail:
      restartError ??
      `health check answered ${((timeline.backAt - timeline.restartAt) / 1000).toFixed(1)} s after its start`,
  })
  checks.push({
    name: 'an uncached page renders again after the return (within 60 s)',
    ok: recoveredMs !== null,
    detail:
      recoveredMs === null
        ? 'not within 60 s'
        : `${recoveryPath} 200 ${(recoveredMs / 1000).toFixed(1)} s after the CMS was back`,
  })
  const once = counts.filter((c) => c.byNumber === 1 && c.byPhone === 1).length
  checks.push({
    name: 'inquiries delivered exactly once after the return',
    ok: drainedMs !== null && failedFiles === 0 && accepted.length > 0 && once === accepted.length,
    detail:
      drainedMs === null
        ? `outbox still holds ${waiting(outboxDir)} after ${DRAIN_TIMEOUT_MS / 60_000} min`
        : `outbox empty ${((drainedAt - timeline.backAt) / 1000).toFixed(1)} s after the CMS was back, ${failedFiles} failed; in the CMS ${once} of ${accepted.length} exactly once` +
          (once < accepted.length
            ? ` (${counts
                .filter((c) => c.byNumber !== 1 || c.byPhone !== 1)
                .map((c) => `${c.trackingNumber}: ${c.byNumber} by number, ${c.byPhone} by phone`)
                .join('; ')})`
            : ''),
  })
  const boundKb = (OUTAGE_CACHE_MB + OUTAGE_MARGIN_MB) * 1024
  checks.push({
    name: `portal memory under CACHE_MAX_MB + ${OUTAGE_MARGIN_MB} MB`,
    ok: portalMemory.peakKb > 0 && portalMemory.peakKb < boundKb,
    detail: `peak ${(portalMemory.peakKb / 1024).toFixed(0)} MB resident, bound ${OUTAGE_CACHE_MB} + ${OUTAGE_MARGIN_MB} = ${OUTAGE_CACHE_MB + OUTAGE_MARGIN_MB} MB`,
  })
  for (const check of checks)
    console.log(`  ${check.ok ? 'pass' : 'FAIL'}: ${check.name}: ${check.detail}`)

  return {
    connections: OUTAGE_CONNECTIONS,
    seconds,
    ttlSeconds: TTL_SECONDS,
    cacheMaxMb: OUTAGE_CACHE_MB,
    marginMb: OUTAGE_MARGIN_MB,
    pages: cached,
    timeline: { ...timeline, drainedAt },
    total,
    phases: byPhase,
    probes,
    recovery: { path: recoveryPath, ms: recoveredMs },
    inquiries: { filed, queuedWhileDown, drainedMs, failedFiles, counts },
    memory: { ...portalMemory, boundKb },
    checks,
  }
}
