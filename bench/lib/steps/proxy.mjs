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
 * The run with the median requests per second.
 * @param {import('../measure.mjs').LoadResult[]} runs
 */
function medianRun(runs) {
  const sorted = [...runs].sort((a, b) => a.rps - b.rps)
  return /** @type {import('../measure.mjs').LoadResult} */ (sorted[Math.floor(sorted.length / 2)])
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
    for (const name of okPages) {
      const run = {
        connections: options.connections,
        duration: options.duration,
        headers: COMPRESSED,
        stateHeader: 'x-cache-status',
      }
      // The two sides take turns, three times, and each keeps its median run:
      // the load client shares the two CPUs with nginx, and one run of a side
      // can be 15 % off the next one on the same page.
      /** @type {import('../measure.mjs').LoadResult[]} */
      const cachedRounds = []
      /** @type {import('../measure.mjs').LoadResult[]} */
      const staticRounds = []
      for (let round = 1; round <= PROXY_ROUNDS; round++) {
        const timed = round === 1 ? measure : loadAndSay
        cachedRounds.push(
          await timed(`nginx cache ${name} (${round}/${PROXY_ROUNDS})`, {
            ...run,
            url: `${proxied}${pages[name]}`,
          }),
        )
        staticRounds.push(
          await timed(`nginx static ${name} (${round}/${PROXY_ROUNDS})`, {
            ...run,
            url: `${statics}/${name}`,
          }),
        )
      }
      cached[name] = medianRun(cachedRounds)
      staticRuns[name] = medianRun(staticRounds)
    }
    const publish = await publishToLive(projectIndex, proxied)
    const version = spawnSync(/** @type {string} */ (findNginx()), ['-v'], { encoding: 'utf8' })
    return { version: version.stderr.trim(), cached, static: staticRuns, publish }
  } finally {
    await nginx.stop()
  }
}
