// The report's tables of measurements: the portal's throughput and latency,
// the CMS's REST API, publish-to-live, bytes per page and memory.
import { fmt, kb } from '../format.mjs'
import { WARM_UP_SECONDS } from '../measure.mjs'

/** @typedef {import('./writer.mjs').LoadResult} LoadResult */

/** One run as a table row. */
export const row = (/** @type {string} */ label, /** @type {LoadResult | undefined} */ x) =>
  x
    ? `| ${label} | ${fmt(x.rps, 0)} | ${fmt(x.p50)} | ${fmt(x.p95)} | ${fmt(x.p99)} | ${fmt(x.max)} | ${x.requests} | ${x.errors + x.non2xx} | ${Object.entries(
        x.cacheStates,
      )
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')} | ${fmt(x.loadavg, 1)} |`
    : `| ${label} | not run | | | | | | | | |`
/** The header of a table of runs, counting answers by the cache header `states`. */
export const runsHeader = (states = 'x-portal-cache') =>
  `| run | req/s | p50 ms | p95 ms | p99 ms | max ms | requests | errors | ${states} | load avg |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |`
const header = runsHeader()

/**
 * The portal under load: from the cache, against the static server, and as misses.
 * @param {import('./writer.mjs').Writer} w
 * @param {any} r
 */
export function throughput(w, r) {
  const { add } = w
  add('## Portal throughput and latency')
  add()
  add(
    `autocannon over loopback, ${r.options.connections} connections, ${r.options.duration} s per run after a warm-up, \`accept-encoding: br, gzip\`. Before its first measured run, each server (portal and static) first gets ${WARM_UP_SECONDS} s of untimed load on every page: a fresh Node process is markedly slower for its first seconds. ` +
      'Percentiles are computed from every response time (autocannon itself reports p2.5…p99 but no p95). Pages: ' +
      Object.entries(r.pages)
        .map(([k, v]) => `${k} \`${v}\``)
        .join(', ') +
      '.',
  )
  add()
  add('### (a) cache warm, and a static file server with the same files')
  add()
  add(header)
  for (const name of Object.keys(r.warm)) {
    add(row(`portal ${name}`, r.warm[name]))
    add(row(`static ${name}`, r.static[name]))
  }
  add()
  add(
    "The static server (bench/static-server.mjs) holds the same HTML in memory, compressed once with brotli 6 and gzip 6 like the portal, and answers with Node's http module, no logging.",
  )
  add()
  add('### (b) every request a cache miss')
  add()
  add(
    'One connection: a second portal whose cache is too small to keep anything (CACHE_MAX_MB=0.0001), so every request takes the real miss path (render, compress, offer to the cache) without queueing behind others; it answers `x-portal-cache: BYPASS` because the page was not kept. ' +
      `Under load (${r.options.connections} connections, only where one miss takes under 1.5 s): each request carries an \`Authorization\` header, which the portal never caches and never lets join another request's render, so every request is a full Astro render with its own CMS calls; ` +
      `the compression a stored miss adds is not included (gzip 6 + brotli 6, on the event loop: ${Object.entries(
        r.compressMs,
      )
        .map(([k, v]) => `${k} ${fmt(Number(v))} ms`)
        .join(', ')}).`,
  )
  add()
  add(header)
  for (const name of Object.keys(r.missSerial))
    add(row(`miss ${name}, 1 conn.`, r.missSerial[name]))
  for (const name of Object.keys(r.missLoaded))
    add(row(`miss ${name}, ${r.options.connections} conn.`, r.missLoaded[name]))
  add()
}

/**
 * The CMS's REST API under load.
 * @param {import('./writer.mjs').Writer} w
 * @param {any} r
 */
export function cmsRest(w, r) {
  const { add } = w
  add('## CMS REST API')
  add()
  add(
    '10 connections, or 1 where a single request takes over 2 s (10 would only queue behind it). ' +
      '`list` is the filtered list as the portal asks for it (the fields its cards show, `select`/`populate`); `listEveryField` the same list with every field, for comparison. The target applies to `list`.',
  )
  add()
  add(header)
  for (const name of Object.keys(r.cms))
    add(row(`${name} (${r.cmsConnections[name]} conn.)`, r.cms[name]))
  add()
  for (const [name, url] of Object.entries(r.cmsUrls))
    add(`- ${name}: \`${String(url).replace(/^http:\/\/[^/]+/, '')}\``)
  add()
}

/**
 * Publish to live.
 * @param {import('./writer.mjs').Writer} w
 * @param {any} r
 */
export function publish(w, r) {
  const { add, ms } = w
  add('## Publish to live')
  add()
  add(
    "20 times: the bench admin changes a project's Chinese title and publishes it (REST `PATCH /api/projects/:id`, logged in through `POST /api/users/login`), then the project's page on the portal is fetched every 20 ms until the new title shows. " +
      `Median ${ms(r.publish.medianMs)}, worst ${ms(r.publish.worstMs)}; the save alone: median ${ms(r.publish.saveMedianMs)}, worst ${ms(r.publish.saveWorstMs)}.`,
  )
  add()
}

/**
 * Compressed bytes per page type.
 * @param {import('./writer.mjs').Writer} w
 * @param {any} r
 */
export function bytes(w, r) {
  const { add, was, notRendered } = w
  add('## Bytes per page type (compressed, `accept-encoding: br, gzip`)')
  add()
  add('| page | path | HTML | JS (files) | CSS | total |')
  add('| --- | --- | --- | --- | --- | --- |')
  for (const [name, pagePath] of Object.entries(r.pages)) {
    const w = r.weights[name]
    if (!w) {
      add(`| ${name} | \`${pagePath}\` | ${notRendered(name)} | | | |`)
      continue
    }
    add(
      `| ${name} | \`${w.path}\` | ${kb(w.htmlBytes)} (${kb(w.htmlRawBytes)} raw, ${w.encoding}) | ${kb(w.jsBytes)} (${w.jsFiles}) | ${kb(w.cssBytes)} | ${kb(w.totalBytes)}${was((b) => b.weights[name].totalBytes / 1024)} |`,
    )
  }
  add()
  add(
    'JS: every /_astro/*.js the HTML names (script src, island component and renderer URLs, modulepreload) and the modules those import, each fetched compressed. CSS: stylesheet files (styles inlined in the HTML count in its bytes). Images and fonts are not counted.',
  )
  add()
  for (const [name, w] of Object.entries(r.weights)) {
    const files = Object.entries(w.jsList ?? {})
    if (files.length > 0)
      add(
        `- ${name} JS: ${files.map(([file, bytes]) => `${file} ${kb(Number(bytes))}`).join(', ')}`,
      )
  }
  const inline = Object.entries(r.weights).filter(([, w]) => w.inlineStyles > 0)
  if (inline.length)
    add(`- inline <style> blocks: ${inline.map(([n, w]) => `${n} ${w.inlineStyles}`).join(', ')}`)
  add()
}

/**
 * The servers' resident memory.
 * @param {import('./writer.mjs').Writer} w
 * @param {any} r
 */
export function memory(w, r) {
  const { add, was } = w
  add('## Memory')
  add()
  add(
    `Portal process, over all its runs: peak ${fmt(r.portalMemory.peakKb / 1024)} MB resident (VmHWM)${was((b) => b.portalMemory.peakKb / 1024)}, ${fmt(r.portalMemory.rssKb / 1024)} MB at the end.`,
  )
  if (r.cmsServerMemory) {
    add(
      `The CMS's Next.js server over the same time: peak ${fmt(r.cmsServerMemory.peakKb / 1024)} MB${was((b) => b.cmsServerMemory.peakKb / 1024)}, ${fmt(r.cmsServerMemory.rssKb / 1024)} MB at the end.`,
    )
  }
  add()
}
