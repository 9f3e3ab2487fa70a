// Step 12, cache misses scaled out (issue #19, item 9): the CMS keeps no state
// of its own beyond its database, so a second CMS process on the same SQLite
// file should take misses the first cannot. Two CMS processes (own ports,
// same database) behind one nginx, which balances them round-robin as a
// production upstream would; two portals on it, one sent through nginx to the
// first CMS only, one to both. Every request carries an Authorization header,
// so it is never answered from the cache and never shares a render: each one
// passes the render gate and asks the CMS. Measured for the home page and the
// filtered project list, with the CPU each process used.
import { readFileSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { waitForUrl } from '@portal/process'
import { findNginx } from '@portal/process/nginx'
import { PORTS, logsDir, options, resultsDir } from '../config.mjs'
import { COMPRESSED, rawGet } from '../http.mjs'
import { GATE_REST_MS, load, settle } from '../measure.mjs'
import { launch } from '../processes.mjs'
import { clockTicks, readCpuTicks, treeCpuTicks } from '../procfs.mjs'
import { startCms, startPortal } from '../servers.mjs'
import { pagesOf } from './portal.mjs'

/** Why step 12 does not run, or null when it does. */
export function scaleOutSkipped() {
  return findNginx() ? null : 'nginx is not installed (it balances the two CMS processes)'
}

/**
 * nginx as the CMS's load balancer: port `balancerOne` to the first CMS
 * only, `balancerPair` round-robin to both, with keep-alive connections to
 * them as a production upstream has. One worker: the machine's cores are
 * what is being shared out.
 * @param {string} dir
 */
function balancerConf(dir) {
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `  ${name}_temp_path ${path.join(dir, 'temp', name)};`)
    .join('\n')
  const server = (/** @type {number} */ port, /** @type {string} */ upstream) => `  server {
    listen 127.0.0.1:${port};
    access_log ${path.join(dir, `${upstream}.log`)} upstream buffer=64k flush=1s;
    location / {
      proxy_pass http://${upstream};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_read_timeout 120s;
      client_max_body_size 50m;
    }
  }`
  return `daemon off;
worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 1024; }
http {
${temp}
  log_format upstream '$upstream_addr $status';
  upstream cms_one {
    server 127.0.0.1:${PORTS.scaleCmsA};
    keepalive 32;
  }
  upstream cms_pair {
    server 127.0.0.1:${PORTS.scaleCmsA};
    server 127.0.0.1:${PORTS.scaleCmsB};
    keepalive 32;
  }
${server(PORTS.balancerOne, 'cms_one')}
${server(PORTS.balancerPair, 'cms_pair')}
}
`
}

/** Starts the balancer; resolves once both of its ports reach a CMS. */
async function startBalancer(/** @type {string} */ dir) {
  mkdirSync(path.join(dir, 'temp'), { recursive: true })
  const conf = path.join(dir, 'nginx.conf')
  writeFileSync(conf, balancerConf(dir))
  const nginx = launch('cms-balancer', /** @type {string} */ (findNginx()), [
    '-p',
    dir,
    '-c',
    conf,
    '-e',
    path.join(dir, 'error.log'),
  ])
  for (const port of [PORTS.balancerOne, PORTS.balancerPair]) {
    await waitForUrl(`http://127.0.0.1:${port}/api/health`, {
      timeoutMs: 20_000,
      process: nginx,
      intervalMs: 200,
    })
  }
  return nginx
}

/** Waits until what a load of misses left in a portal's render gate is gone, and the CMS is idle. */
async function rest(/** @type {string} */ portalUrl) {
  await sleep(GATE_REST_MS)
  await settle(portalUrl)
}

/** How many requests of an access log, from byte `from` on, went to each upstream address. */
function upstreamShares(/** @type {string} */ file, /** @type {number} */ from) {
  /** @type {Record<string, number>} */
  const shares = {}
  const text = readFileSync(file).subarray(from).toString('utf8')
  for (const line of text.split('\n')) {
    const address = line.split(' ')[0]
    if (address) shares[address] = (shares[address] ?? 0) + 1
  }
  return shares
}

const sizeOf = (/** @type {string} */ file) => {
  try {
    return statSync(file).size
  } catch {
    return 0
  }
}

/**
 * 12: misses at --connections through one CMS and through two on the same database.
 * @param {{ generated: { projects: number, news: number, policies: number } }} loaded
 */
export async function measureScaleOut(loaded) {
  const dir = path.join(resultsDir, 'scale-out')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const portalUrls = {
    one: `http://127.0.0.1:${PORTS.scalePortalOne}`,
    pair: `http://127.0.0.1:${PORTS.scalePortalPair}`,
  }
  // One after the other: each runs the migrations check at start. Nothing is
  // published here, so their change notifications go to the first portal only.
  const where = (/** @type {string} */ name, /** @type {number} */ port) => ({
    name,
    port,
    portalUrl: portalUrls.one,
  })
  const cmsA = await startCms(where('scale-cms-a', PORTS.scaleCmsA))
  const cmsB = await startCms(where('scale-cms-b', PORTS.scaleCmsB))
  const nginx = await startBalancer(dir)
  const portalEnv = (/** @type {'one' | 'pair'} */ name, /** @type {number} */ balancer) => ({
    CMS_URL: `http://127.0.0.1:${balancer}`,
    CMS_PUBLIC_URL: cmsA.url,
    OUTBOX_DIR: path.join(dir, `outbox-${name}`),
    CACHE_DIR: path.join(dir, `page-cache-${name}`),
  })
  const portals = {
    one: await startPortal(
      'scale-portal-one',
      PORTS.scalePortalOne,
      portalEnv('one', PORTS.balancerOne),
    ),
    pair: await startPortal(
      'scale-portal-pair',
      PORTS.scalePortalPair,
      portalEnv('pair', PORTS.balancerPair),
    ),
  }
  const { pages } = await pagesOf(loaded, cmsA.url)
  const measured = { home: pages.home, projectList: pages.projectList }
  const headers = { ...COMPRESSED, authorization: 'Bearer bench-cache-bypass' }
  const variants = /** @type {const} */ (['one', 'pair'])

  for (const [name, pagePath] of Object.entries(measured)) {
    for (const variant of variants) {
      const first = await rawGet(`${portalUrls[variant]}${pagePath}`, headers)
      if (first.status !== 200) throw new Error(`${variant}: ${pagePath} answers ${first.status}`)
    }
    console.log(`  ${name} ${pagePath}: renders through both`)
  }
  // Untimed: every process's code optimised on both pages, both CMS processes included.
  for (const variant of [...variants].reverse()) {
    for (const pagePath of Object.values(measured)) {
      await load({
        url: `${portalUrls[variant]}${pagePath}`,
        connections: options.connections,
        duration: 5,
        headers,
      })
      await rest(portalUrls[variant])
    }
  }

  const ticksPerSecond = clockTicks()
  const cpuOf = {
    cmsA: () => treeCpuTicks(/** @type {number} */ (cmsA.child.pid)),
    cmsB: () => treeCpuTicks(/** @type {number} */ (cmsB.child.pid)),
    nginx: () => treeCpuTicks(/** @type {number} */ (nginx.child.pid)),
    portal: () =>
      readCpuTicks(/** @type {number} */ (portals.one.child.pid)) +
      readCpuTicks(/** @type {number} */ (portals.pair.child.pid)),
  }
  /** @type {{ one: Record<string, any>, pair: Record<string, any> }} */
  const runs = { one: {}, pair: {} }
  for (const [name, pagePath] of Object.entries(measured)) {
    for (const variant of variants) {
      const url = `${portalUrls[variant]}${pagePath}`
      const run = { url, connections: options.connections, duration: options.duration, headers }
      await load({ ...run, duration: Math.min(5, Math.max(1, Math.round(run.duration / 3))) })
      await rest(portalUrls[variant])
      const log = path.join(dir, variant === 'one' ? 'cms_one.log' : 'cms_pair.log')
      const logFrom = sizeOf(log)
      const before = Object.fromEntries(Object.entries(cpuOf).map(([k, read]) => [k, read()]))
      const bench = process.cpuUsage()
      const started = performance.now()
      const result = await load(run)
      const wallS = (performance.now() - started) / 1000
      const benchCpu = process.cpuUsage(bench)
      /** @type {Record<string, number>} */
      const cores = Object.fromEntries(
        Object.entries(cpuOf).map(([k, read]) => [
          k,
          (read() - (before[k] ?? 0)) / ticksPerSecond / wallS,
        ]),
      )
      cores.loadGenerator = (benchCpu.user + benchCpu.system) / 1e6 / wallS
      await rest(portalUrls[variant])
      // nginx has written its log by now (it flushes every second).
      const upstreams = upstreamShares(log, logFrom)
      runs[variant][name] = { ...result, cores, upstreams }
      console.log(
        `  ${variant === 'one' ? 'one CMS ' : 'two CMS '} ${name}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(0)} ms, p99 ${result.p99.toFixed(0)} ms, ${result.errors} errors, ${result.non2xx} non-2xx; cores ${Object.entries(
          cores,
        )
          .map(([k, v]) => `${k} ${v.toFixed(2)}`)
          .join(', ')}`,
      )
    }
  }
  await Promise.all([portals.one.stop(), portals.pair.stop()])
  await nginx.stop()
  await Promise.all([cmsA.stop(), cmsB.stop()])
  copyErrorLog(dir)

  const runList = variants.flatMap((v) => Object.values(runs[v]))
  const errors = runList.reduce((sum, r) => sum + r.errors, 0)
  const checks = [
    {
      name: `render gate: no connection errors or timeouts at ${options.connections} connections of misses`,
      ok: errors === 0,
      detail: `${errors} errors/timeouts in ${runList.reduce((sum, r) => sum + r.requests, 0)} requests`,
    },
  ]
  for (const check of checks)
    console.log(`  ${check.ok ? 'pass' : 'FAIL'}: ${check.name}: ${check.detail}`)
  return { connections: options.connections, pages: measured, runs, checks }
}

/** The balancer's error log beside the other logs (it stays empty when all went well). */
function copyErrorLog(/** @type {string} */ dir) {
  const text = (() => {
    try {
      return readFileSync(path.join(dir, 'error.log'), 'utf8')
    } catch {
      return ''
    }
  })()
  if (text) writeFileSync(path.join(logsDir, 'cms-balancer-error.log'), text)
}
