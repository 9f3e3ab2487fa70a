// The report's sections on steps 11 and 12: the CMS stopped under load, and
// cache misses through one and two CMS processes.
import { fmt, pass } from '../format.mjs'

/** Seconds from milliseconds since the load started. */
const at = (/** @type {number} */ ms) => (Number.isFinite(ms) ? `${fmt(ms / 1000)} s` : 'never')

/** A map of counts as "key n, key n". */
const counts = (/** @type {Record<string, number>} */ map) =>
  Object.entries(map ?? {})
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')

/**
 * The verdicts of a step's checks.
 * @param {import('./writer.mjs').Writer} w
 * @param {Array<{ name: string, ok: boolean, detail: string }>} checks
 */
function checkTable(w, checks) {
  const { add } = w
  add('| check | figure | verdict |')
  add('| --- | --- | --- |')
  for (const check of checks) add(`| ${check.name} | ${check.detail} | ${pass(check.ok)} |`)
  add()
}

/**
 * Step 11: the CMS stopped under load.
 * @param {import('./writer.mjs').Writer} w
 * @param {any} r
 */
export function outage(w, r) {
  const { add, ms } = w
  const o = r.outage
  if (!w.section('Outage under load', o)) return
  const t = o.timeline
  add(
    `A CMS and a portal of their own on the run's database (\`CACHE_MAX_MB=${o.cacheMaxMb}\`, \`CACHE_TTL_SECONDS=${o.ttlSeconds}\` so that every cached page goes stale and is re-rendered in vain while the CMS is away). ` +
      `${o.connections} connections cycle over ${o.pages.length} cached pages (${o.pages.map((/** @type {string} */ p) => `\`${p}\``).join(', ')}) for ${o.seconds} s. ` +
      `The CMS is stopped (SIGTERM) at ${at(t.stopAt)} and gone at ${at(t.stoppedAt)}; meanwhile pages the portal never rendered are asked for, alternately in Chinese and English, and ${o.inquiries.filed.length} inquiries are posted to \`/contact\`; ` +
      `the CMS is started again at ${at(t.restartAt)} and answers its health check at ${at(t.backAt)}; the outbox is empty at ${at(t.drainedAt)}; the load ends at ${at(t.loadEndAt)} (times from the start of the load, ${t.loadStartedAt ?? 'n/a'}). ` +
      `Each inquiry is then counted in the CMS (REST, as the bench admin) by its tracking number and by its phone number.`,
  )
  add()
  checkTable(w, o.checks)
  add(
    '| phase | seconds | answers | req/s | p50 ms | p99 ms | max ms (at) | non-2xx | errors | x-portal-cache |',
  )
  add('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  const label = {
    before: 'CMS up',
    down: 'CMS stopped, until it answers again',
    after: 'CMS back',
  }
  for (const [phase, x] of Object.entries(o.phases)) {
    add(
      `| ${label[/** @type {keyof typeof label} */ (phase)] ?? phase} | ${fmt(x.seconds)} | ${x.requests} | ${fmt(x.rps, 0)} | ${fmt(x.p50)} | ${fmt(x.p99)} | ${fmt(x.max)} (${at(x.maxAt)}) | ${x.non2xx} | ${x.errors} | ${counts(x.cacheStates)} |`,
    )
  }
  const x = o.total
  add(
    `| **whole run** | ${fmt(x.seconds)} | ${x.requests} | ${fmt(x.rps, 0)} | ${fmt(x.p50)} | ${fmt(x.p99)} | ${fmt(x.max)} (${at(x.maxAt)}) | ${x.non2xx} | ${x.errors + x.timeouts} | ${counts(x.cacheStates)} |`,
  )
  add()
  add(
    `Uncached pages asked while the CMS was down: ${o.probes.length} (${o.probes
      .slice(0, 4)
      .map(
        (/** @type {any} */ p) =>
          `\`${p.path}\` ${p.status}${p.retryAfter ? `, Retry-After ${p.retryAfter}` : ''}`,
      )
      .join(
        '; ',
      )}${o.probes.length > 4 ? '; …' : ''}). \`${o.recovery.path}\` rendered again ${o.recovery.ms === null ? 'not within 60 s of' : `${ms(o.recovery.ms)} after`} the CMS's return.`,
  )
  add(
    `Inquiries: ${o.inquiries.filed.map((/** @type {any} */ f) => f.trackingNumber || `(${f.status})`).join(', ')}.`,
  )
  add(
    `Portal memory: peak ${fmt(o.memory.peakKb / 1024, 0)} MB resident (VmHWM over the step), ${fmt(o.memory.rssKb / 1024, 0)} MB at its end; bound ${o.cacheMaxMb} MB of page cache + ${o.marginMb} MB for the heap between collections and render buffers.`,
  )
  add()
}

/**
 * Step 12: cache misses through one and two CMS processes.
 * @param {import('./writer.mjs').Writer} w
 * @param {any} r
 */
export function scaleOut(w, r) {
  const { add } = w
  const s = r.scaleOut
  if (!w.section('Cache misses through one and two CMS processes', s)) return
  add(
    `Two CMS processes (own ports, the same SQLite file) behind one nginx (one worker; an upstream of both, round-robin, keep-alive), and two portals: one sent through nginx to the first CMS only, one to both. ` +
      `${s.connections} connections, ${r.options.duration} s per run after a warm-up, every request with an \`Authorization\` header (never cached, never shares a render: each one passes the render gate, ${'`RENDER_CONCURRENCY`'} 8 at once, and calls the CMS). ` +
      '"cores" is the CPU time each process used during the run per second of it: CMS A, CMS B, the portal, nginx, and autocannon in the bench process.',
  )
  add()
  add(
    '| page | CMS | req/s | p50 ms | p99 ms | max ms | requests | errors | non-2xx | statuses | cores: A / B / portal / nginx / load | to each CMS |',
  )
  add('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const [name, pagePath] of Object.entries(s.pages)) {
    for (const variant of ['one', 'pair']) {
      const x = s.runs[variant]?.[name]
      if (!x) continue
      const c = x.cores
      add(
        `| ${name} \`${pagePath}\` | ${variant === 'one' ? 1 : 2} | ${fmt(x.rps, 0)} | ${fmt(x.p50)} | ${fmt(x.p99)} | ${fmt(x.max)} | ${x.requests} | ${x.errors} | ${x.non2xx} | ${counts(x.statuses)} | ${[c.cmsA, c.cmsB, c.portal, c.nginx, c.loadGenerator].map((v) => fmt(v, 2)).join(' / ')} | ${counts(x.upstreams)} |`,
      )
    }
    const one = s.runs.one?.[name]
    const pair = s.runs.pair?.[name]
    if (one && pair)
      add(`| ${name}: two / one | | ${fmt((pair.rps / one.rps) * 100, 0)} % | | | | | | | | | |`)
  }
  add()
  checkTable(w, s.checks)
}
