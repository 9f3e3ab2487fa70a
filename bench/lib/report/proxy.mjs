// The report's section on nginx in front of the portal (deploy/nginx/portal.conf).
import { fmt, pass } from '../format.mjs'
import { row, runsHeader } from './tables.mjs'

/** Target: nginx's micro-cache against the same nginx serving the same bytes as files. */
export const PROXY_TARGET = 0.8

/**
 * Each turn's ratio of a page, e.g. "74 %, 97 %, 93 %" (results before turns were kept: "–").
 * @param {any} p
 * @param {string} name
 */
function turnsOf(p, name) {
  /** @type {Array<[number, number]> | undefined} */
  const turns = p.turns?.[name]
  if (!turns) return '–'
  return turns.map(([cache, statics]) => `${fmt((cache / statics) * 100, 0)} %`).join(', ')
}

/**
 * nginx's micro-cache against nginx's static files, and publish-to-live through it.
 * @param {import('./writer.mjs').Writer} w
 * @param {any} r
 */
export function proxy(w, r) {
  const { add, was, ms } = w
  if (!w.section('Behind nginx', r.proxy)) return
  const p = r.proxy
  add(
    `${p.version}, one worker per CPU, running \`deploy/nginx/portal.conf\` as documented (only ports, host name, a self-signed certificate and the cache folder replaced) in front of the cache-warm portal. ` +
      "In the same nginx process, a second server on the same TLS settings answers each page's bytes as the portal sends them (brotli) from a file, with `Content-Encoding` set: the yardstick. " +
      `autocannon: HTTP/1.1 over TLS 1.3, keep-alive, ${r.options.connections} connections, ${r.options.duration} s per run after a warm-up. ` +
      (p.turns
        ? 'Each page is measured in three turns, a cache run then a static run; the table keeps the turn whose ratio is the median of the three (all three in the last column).'
        : 'Results from before the turns were kept: each side of a page as that run chose it.'),
  )
  add()
  add('| page | nginx cache / nginx static | target | verdict | each turn |')
  add('| --- | --- | --- | --- | --- |')
  for (const name of Object.keys(p.cached)) {
    const ratio = p.cached[name].rps / p.static[name].rps
    add(
      `| \`${r.pages[name]}\` | ${fmt(p.cached[name].rps, 0)} / ${fmt(p.static[name].rps, 0)} = ${fmt(ratio * 100, 0)} %${was((b) => (b.proxy.cached[name].rps / b.proxy.static[name].rps) * 100, 0)} | ≥ ${PROXY_TARGET * 100} % | ${pass(ratio >= PROXY_TARGET)} | ${turnsOf(p, name)} |`,
    )
  }
  const publish = p.publish
  add(
    `| publish-to-live through nginx, worst of ${publish.samples?.length ?? 20} | ${publish.skipped ? `skipped: ${publish.skipped}` : `${Number.isFinite(publish.worstMs) ? ms(publish.worstMs) : 'never showed (30 s)'}${was((b) => b.proxy.publish.worstMs)} (median ${ms(publish.medianMs)})`} | < 2 s | ${pass(publish.worstMs < 2000)} | |`,
  )
  add()
  add(runsHeader('x-cache-status'))
  for (const name of Object.keys(p.cached)) {
    add(row(`nginx cache ${name}`, p.cached[name]))
    add(row(`nginx static ${name}`, p.static[name]))
  }
  add()
  add(
    "Publish-to-live through nginx is the portal's (section above) plus at most the rest of the second in which nginx fetched its copy (the portal's `X-Accel-Expires`), and one background refresh.",
  )
  add()
}
