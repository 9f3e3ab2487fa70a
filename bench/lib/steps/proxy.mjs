// The portal behind nginx, configured as deploy/nginx/portal.conf: its
// micro-cache under load against the same nginx serving the same bytes as
// static files (same process, same TLS, same connections), and
// publish-to-live through the proxy.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { findNginx, startNginx } from '@portal/process/nginx'
import { PORTAL_URL, PORTS, logsDir, options, resultsDir } from '../config.mjs'
import { COMPRESSED, rawGet } from '../http.mjs'
import { load, measure } from '../measure.mjs'
import { publishToLive } from './cms.mjs'

/** @typedef {import('./portal.mjs').Pages} Pages */
/** @typedef {import('./portal.mjs').PageName} PageName */

/** Why the nginx step does not run, or null when it does. */
export function proxySkipped() {
  if (!options.nginx) return '--no-nginx'
  return findNginx() ? null : 'nginx is not installed'
}

/**
 * A server of the run's nginx answering each page's file, with the encoding the portal chose.
 * @param {import('@portal/process/nginx').TlsFiles} tls
 * @param {string} dir
 * @param {Array<{ name: string, encoding: string }>} files
 */
function staticServer(tls, dir, files) {
  const locations = files.map(
    ({ name, encoding }) => `    location = /${name} {
      ${encoding === 'identity' ? '' : `add_header Content-Encoding ${encoding};`}
      add_header Vary Accept-Encoding;
      add_header Cache-Control "public, max-age=0";
    }`,
  )
  return `  server {
    listen ${PORTS.nginxStatic} ssl http2;
    server_name localhost;
    ssl_certificate ${tls.certificate};
    ssl_certificate_key ${tls.certificateKey};
    ssl_protocols TLSv1.2 TLSv1.3;
    root ${dir};
    types { }
    default_type "text/html; charset=utf-8";
${locations.join('\n')}
  }`
}

/** Turns each side of the nginx comparison takes per page. */
const PROXY_ROUNDS = 3

/**
 * Of turns in which the two sides ran one after the other, the turn whose
 * ratio (cache / static) is the median one.
 * @param {Array<{ cached: import('../measure.mjs').LoadResult, static: import('../measure.mjs').LoadResult }>} turns
 */
function medianTurn(turns) {
  const ratio = (/** @type {(typeof turns)[number]} */ turn) => turn.cached.rps / turn.static.rps
  const sorted = [...turns].sort((a, b) => ratio(a) - ratio(b))
  return /** @type {(typeof turns)[number]} */ (sorted[Math.floor(sorted.length / 2)])
}

/**
 * A measured run without a warm-up (the server is warm from the first round).
 * @param {string} label
 * @param {import('../measure.mjs').LoadRun} how
 */
async function loadAndSay(label, how) {
  const result = await load(how)
  console.log(
    `  ${label}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms`,
  )
  return result
}

/**
 * 10: nginx in front of the portal, its cache against its own static serving, and publish-to-live through it.
 * @param {Pages} pages
 * @param {readonly PageName[]} okPages
 * @param {number} projectIndex
 */
export async function measureProxy(pages, okPages, projectIndex) {
  const dir = path.join(resultsDir, 'nginx')
  const staticDir = path.join(dir, 'static')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(staticDir, { recursive: true })
  // The bytes the portal sends a browser (brotli), as files.
  /** @type {Array<{ name: string, encoding: string }>} */
  const files = []
  for (const name of okPages) {
    const page = await rawGet(`${PORTAL_URL}${pages[name]}`, COMPRESSED)
    writeFileSync(path.join(staticDir, name), page.raw)
    files.push({ name, encoding: String(page.headers['content-encoding'] ?? 'identity') })
  }
  const nginx = await startNginx({
    dir: path.join(dir, 'run'),
    httpsPort: PORTS.nginx,
    httpPort: PORTS.nginxHttp,
    portal: `127.0.0.1:${PORTS.portal}`,
    workers: 'auto',
    logFile: path.join(logsDir, 'nginx.log'),
    extra: (tls) => staticServer(tls, staticDir, files),
  })
  const proxied = `https://localhost:${PORTS.nginx}`
  const statics = `https://localhost:${PORTS.nginxStatic}`
  try {
    /** @type {Record<string, import('../measure.mjs').LoadResult>} */
    const cached = {}
    /** @type {Record<string, import('../measure.mjs').LoadResult>} */
    const staticRuns = {}
    /** @type {Record<string, Array<[number, number]>>} requests per second of each turn: [cache, static] */
    const turns = {}
    for (const name of okPages) {
      const run = {
        connections: options.connections,
        duration: options.duration,
        headers: COMPRESSED,
        stateHeader: 'x-cache-status',
      }
      // The two sides take turns, three times, and the turn with the median
      // ratio is kept. The load client shares the two CPUs with nginx and with
      // whatever else runs on the machine: one run of a side can be 15 % or
      // more off the next on the same page, and the two runs of a turn, a few
      // seconds apart, meet the same load far more often than runs a minute apart.
      /** @type {Array<{ cached: import('../measure.mjs').LoadResult, static: import('../measure.mjs').LoadResult }>} */
      const pageTurns = []
      for (let round = 1; round <= PROXY_ROUNDS; round++) {
        const timed = round === 1 ? measure : loadAndSay
        const cachedRun = await timed(`nginx cache ${name} (${round}/${PROXY_ROUNDS})`, {
          ...run,
          url: `${proxied}${pages[name]}`,
        })
        const staticRun = await timed(`nginx static ${name} (${round}/${PROXY_ROUNDS})`, {
          ...run,
          url: `${statics}/${name}`,
        })
        pageTurns.push({ cached: cachedRun, static: staticRun })
      }
      const kept = medianTurn(pageTurns)
      cached[name] = kept.cached
      staticRuns[name] = kept.static
      turns[name] = pageTurns.map((turn) => [turn.cached.rps, turn.static.rps])
    }
    const publish = await publishToLive(projectIndex, proxied)
    const version = spawnSync(/** @type {string} */ (findNginx()), ['-v'], { encoding: 'utf8' })
    return { version: version.stderr.trim(), cached, static: staticRuns, turns, publish }
  } finally {
    await nginx.stop()
  }
}
