// `npm run bench`: builds the apps, loads a large bilingual dataset into its own
// SQLite database, starts the CMS and the portal on it, measures them and
// writes a markdown report to bench/results/report-<date>.md (and prints it).
// Plain Node (it runs before anything is built); the parts that use Payload are
// TypeScript run through apps/cms/scripts/run.mjs.
//
// Options:
//   --scale <n>          dataset size as a share of 10,000 projects / 2,000 policies / 5,000 news (default 1)
//   --duration <s>       seconds per load test (default 10), after a warm-up of a third of that
//   --connections <n>    connections for the portal and static runs (default 50)
//   --workers <n>        loader processes (default: one per CPU, at most 4)
//   --skip-build         use the existing builds
//   --reuse-db           keep bench/results/bench.db from an earlier run (skips the load)
//   --no-profile         skip the profiling step
//   --baseline <file>    an earlier results-*.json: the report shows its figures as "before"
//   --report <file>      only write the report of an earlier results-*.json again
//   --with-indexes [all] measure a copy of the database with the recommended indexes added
//                        (`_parent_id` on every *_locales table; `all`: also the list indexes),
//                        to put a figure on the fix before anyone writes the migration
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import {
  closeSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import {
  brotliCompressSync,
  brotliDecompressSync,
  constants as zlibConstants,
  gunzipSync,
  gzipSync,
} from 'node:zlib'
import { createClient } from '@libsql/client'
import autocannon from 'autocannon'
import { inclusive, summarise } from './lib/cpuprofile.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const benchDir = path.join(root, 'bench')
const resultsDir = path.join(benchDir, 'results')
const logsDir = path.join(resultsDir, 'logs')
const dbFile = path.join(resultsDir, 'bench.db')
const mediaDir = path.join(resultsDir, 'media')
/**
 * The portal runs from a copy of its build: another build of the repository
 * during the run (turbo empties apps/web/dist first) must not pull the files
 * from under the portals this run starts. Its packages resolve from the root
 * node_modules, as from apps/web.
 */
const webDist = path.join(resultsDir, 'web', 'dist')

// ---------------------------------------------------------------------------
// Options

/** @param {string} name */
function option(name) {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1] : undefined
}
const flag = (/** @type {string} */ name) => process.argv.includes(`--${name}`)

const options = {
  scale: Number(option('scale') ?? '1'),
  duration: Number(option('duration') ?? '10'),
  connections: Number(option('connections') ?? '50'),
  workers: option('workers'),
  skipBuild: flag('skip-build'),
  reuseDb: flag('reuse-db'),
  profile: !flag('no-profile'),
  baseline: option('baseline'),
  /** Measure a copy of the database with candidate indexes (an experiment, not the app's schema). */
  withIndexes: flag('with-indexes') ? (option('with-indexes') === 'all' ? 'all' : 'locales') : null,
}
if (!(options.scale > 0) || !(options.duration > 0) || !(options.connections > 0)) {
  console.error('bench: --scale, --duration and --connections take positive numbers')
  process.exit(2)
}

const PORTS = { cms: 3710, portal: 4710, missPortal: 4711, static: 4712, profiledPortal: 4713 }
const CMS_URL = `http://127.0.0.1:${PORTS.cms}`
const PORTAL_URL = `http://127.0.0.1:${PORTS.portal}`
const MISS_PORTAL_URL = `http://127.0.0.1:${PORTS.missPortal}`
const STATIC_URL = `http://127.0.0.1:${PORTS.static}`
const PROFILED_PORTAL_URL = `http://127.0.0.1:${PORTS.profiledPortal}`

/** Fresh secrets for every run: the benchmark database is thrown away. */
const secret = () => randomBytes(32).toString('hex')
const secrets = {
  payload: secret(),
  portalApiKey: secret(),
  portalSecret: secret(),
  hook: secret(),
  adminPassword: secret(),
}
const ADMIN_EMAIL = 'bench-admin@example.com'

/**
 * `select` and `populate` of the portal's project list: the fields its cards
 * show and, of each image, what an <img> needs (PROJECT_CARD_FIELDS and
 * CARD_MEDIA_FIELDS in packages/shared/src/content.ts, which this plain Node
 * script cannot import).
 */
const CARD_SELECT = [
  'slug',
  'title',
  'summary',
  'sector',
  'stage',
  'location',
  'investment',
  'gallery',
  'updatedAt',
]
  .map((field) => `select[${field}]=true`)
  .join('&')
const MEDIA_POPULATE = ['url', 'filename', 'mimeType', 'width', 'height', 'alt', 'sizes']
  .map((field) => `populate[media][${field}]=true`)
  .join('&')
const PORTAL_LIST_SELECT = `${CARD_SELECT}&${MEDIA_POPULATE}`

/** The list indexes tried with `--with-indexes all` (see bench-profile.ts for their effect). */
const LIST_INDEXES = [
  'CREATE INDEX IF NOT EXISTS "projects_status_sector_stage_updated_idx" ON "projects" ("_status", "sector", "stage", "updated_at")',
  'CREATE INDEX IF NOT EXISTS "projects_status_updated_idx" ON "projects" ("_status", "updated_at")',
  'CREATE INDEX IF NOT EXISTS "news_status_published_idx" ON "news" ("_status", "published_at")',
  'CREATE INDEX IF NOT EXISTS "policies_status_issued_idx" ON "policies" ("_status", "issued_at")',
]

const quietEnv = {
  NEXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
}

/** Environment of the CMS side (loader, profiler, server) on the benchmark database. */
const cmsEnv = {
  NODE_ENV: 'production',
  DATABASE_URI: `file:${dbFile}`,
  MEDIA_DIR: mediaDir,
  MAIL_DIR: path.join(resultsDir, 'mail'),
  PAYLOAD_SECRET: secrets.payload,
  PORTAL_API_KEY: secrets.portalApiKey,
  PORTAL_HOOK_SECRET: secrets.hook,
  BENCH_ADMIN_PASSWORD: secrets.adminPassword,
}

// ---------------------------------------------------------------------------
// Processes: every one started here is stopped again, whatever happens.

/** @type {Set<import('node:child_process').ChildProcess>} */
const children = new Set()

/**
 * Starts a process in its own process group (so stopping it stops what it
 * starts, like `next start` under npm), output appended to a log file.
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: Record<string, string>, echo?: boolean }} [opts]
 */
function launch(name, command, args, opts = {}) {
  mkdirSync(logsDir, { recursive: true })
  const logFile = path.join(logsDir, `${name}.log`)
  const fd = openSync(logFile, 'a')
  const child = spawn(command, args, {
    cwd: opts.cwd ?? root,
    env: { ...process.env, ...quietEnv, ...opts.env },
    stdio: ['ignore', opts.echo ? 'pipe' : fd, opts.echo ? 'pipe' : fd],
    detached: true,
  })
  closeSync(fd)
  if (opts.echo) {
    const append = openSync(logFile, 'a')
    /** @param {Buffer} chunk */
    const forward = (chunk) => {
      writeFileSync(append, chunk)
      for (const line of chunk.toString().split('\n')) {
        if (/^\[(load|profile)\]|Error|error:/.test(line)) console.log(`  ${line}`)
      }
    }
    child.stdout?.on('data', forward)
    child.stderr?.on('data', forward)
    child.on('exit', () => closeSync(append))
  }
  children.add(child)
  child.on('exit', () => children.delete(child))
  return { child, logFile }
}

/** @param {import('node:child_process').ChildProcess} child */
async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  /** @param {NodeJS.Signals} signal */
  const signal = (signal) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal)
    } catch {
      // already gone
    }
  }
  signal('SIGTERM')
  if ((await Promise.race([exited, sleep(10_000, 'timeout')])) === 'timeout') {
    signal('SIGKILL')
    await Promise.race([exited, sleep(5_000)])
  }
}

async function stopAll() {
  await Promise.all([...children].map(stop))
}

let stopping = false
for (const name of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
  process.on(name, () => {
    if (stopping) return
    stopping = true
    console.error(`\nbench: ${name}, stopping everything it started`)
    stopAll().finally(() => process.exit(130))
  })
}
process.on('exit', () => {
  // Last resort (an exception on the way out): nothing started here outlives the run.
  for (const child of children) {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
})

/**
 * Runs a command to completion with its output shown; throws on failure.
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: Record<string, string>, echo?: boolean }} [opts]
 */
async function runToEnd(name, command, args, opts = {}) {
  const { child, logFile } = launch(name, command, args, opts)
  const code = await new Promise((resolve) => child.on('exit', (c, s) => resolve(c ?? s)))
  if (code !== 0) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n')
    throw new Error(`${name} failed (${code}); last lines of ${logFile}:\n${tail}`)
  }
}

/**
 * Waits until `url` answers below 500.
 * @param {string} url
 * @param {import('node:child_process').ChildProcess} child
 * @param {string} logFile
 * @param {number} timeoutMs
 */
async function waitUntilUp(url, child, logFile, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n')
      throw new Error(`${url}: the server exited early; ${logFile}:\n${tail}`)
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) })
      if (response.status < 500) return
    } catch {
      // not up yet
    }
    await sleep(300)
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s (see ${logFile})`)
}

/** @param {number} port */
async function portIsFree(port) {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) })
    return false
  } catch (error) {
    const code = /** @type {{ cause?: { code?: string } }} */ (error).cause?.code
    return code === 'ECONNREFUSED'
  }
}

/**
 * Starts a portal server on the benchmark CMS.
 * @param {string} name
 * @param {number} port
 * @param {Record<string, string>} [env]
 * @param {string[]} [nodeArgs]
 */
async function startPortal(name, port, env = {}, nodeArgs = []) {
  const { child, logFile } = launch(name, 'node', [...nodeArgs, path.join(webDist, 'server.mjs')], {
    cwd: resultsDir,
    env: {
      NODE_ENV: 'production',
      CMS_URL,
      SITE_URL: `http://127.0.0.1:${port}`,
      PORT: String(port),
      HOST: '127.0.0.1',
      CMS_API_KEY: secrets.portalApiKey,
      PORTAL_SECRET: secrets.portalSecret,
      PORTAL_HOOK_SECRET: secrets.hook,
      OUTBOX_DIR: path.join(resultsDir, `outbox-${name}`),
      ...env,
    },
  })
  await waitUntilUp(`http://127.0.0.1:${port}/_portal/health`, child, logFile, 60_000)
  return { child, logFile }
}

// ---------------------------------------------------------------------------
// Measuring

/** @param {number[]} values @param {number} p */
function percentile(values, p) {
  if (values.length === 0) return NaN
  const sorted = Float64Array.from(values).sort()
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index] ?? NaN
}

/**
 * @typedef {{ rps: number, p50: number, p95: number, p99: number, max: number,
 *   requests: number, errors: number, non2xx: number, cacheStates: Record<string, number>,
 *   autocannon: { p50: number, p97_5: number, p99: number }, bytesPerRequest: number,
 *   loadavg: number }} LoadResult
 */

/**
 * One autocannon run. Latency percentiles come from every response's own
 * timing (autocannon reports p2.5…p99 but no p95), throughput from autocannon.
 * @param {{ url: string, connections: number, duration: number, headers?: Record<string, string> }} run
 * @returns {Promise<LoadResult>}
 */
async function load(run) {
  /** @type {number[]} */
  const latencies = []
  /** @type {Record<string, number>} */
  const cacheStates = {}
  const instance = autocannon({
    url: run.url,
    connections: run.connections,
    duration: run.duration,
    headers: run.headers ?? {},
    setupClient: (client) => {
      client.on('headers', (/** @type {{ headers: string[] }} */ opts) => {
        const raw = opts.headers ?? []
        for (let i = 0; i < raw.length; i += 2) {
          if (String(raw[i]).toLowerCase() === 'x-portal-cache') {
            const state = String(raw[i + 1])
            cacheStates[state] = (cacheStates[state] ?? 0) + 1
            return
          }
        }
        cacheStates['(none)'] = (cacheStates['(none)'] ?? 0) + 1
      })
    },
  })
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
    autocannon: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99 },
    bytesPerRequest: total ? Math.round(result.throughput.total / total) : 0,
    loadavg: os.loadavg()[0] ?? 0,
  }
}

/**
 * Warm-up (a third of the duration, at most 5 s), then the measured run.
 * @param {string} label
 * @param {{ url: string, connections: number, duration: number, headers?: Record<string, string> }} run
 */
async function measure(label, run) {
  await load({ ...run, duration: Math.min(5, Math.max(1, Math.round(run.duration / 3))) })
  const result = await load(run)
  console.log(
    `  ${label}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms${result.errors || result.non2xx ? `, ${result.errors} errors, ${result.non2xx} non-2xx` : ''}`,
  )
  return result
}

/** Seconds of untimed load on each page before a server's first measured run. */
const WARM_UP_SECONDS = 8

/**
 * Loads every page of a freshly started server for a while, untimed. A new
 * Node process answers markedly slower for its first seconds under load (its
 * code is still being optimised and its heap sized): measured right away, the
 * first pages of a run came out at about 60 % of the same pages measured a
 * minute later. Both the portal and the static server get the same treatment.
 * @param {string} base
 * @param {string[]} paths
 */
async function warmUp(base, paths) {
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
 */
async function settle() {
  const deadline = Date.now() + 180_000
  let quiet = 0
  while (quiet < 2 && Date.now() < deadline) {
    const started = performance.now()
    try {
      await fetch(`${PORTAL_URL}/_portal/health`, { signal: AbortSignal.timeout(60_000) })
    } catch {
      // busy or down: try again
    }
    quiet = performance.now() - started < 300 ? quiet + 1 : 0
    await sleep(200)
  }
}

/**
 * A GET with the raw (compressed) body.
 * @param {string} url
 * @param {Record<string, string>} [headers]
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders, raw: Buffer, body: Buffer }>}
 */
function rawGet(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers }, (response) => {
      /** @type {Buffer[]} */
      const chunks = []
      response.on('data', (chunk) => chunks.push(chunk))
      response.on('end', () => {
        const raw = Buffer.concat(chunks)
        const encoding = response.headers['content-encoding']
        const body =
          encoding === 'br'
            ? brotliDecompressSync(raw)
            : encoding === 'gzip'
              ? gunzipSync(raw)
              : raw
        resolve({ status: response.statusCode ?? 0, headers: response.headers, raw, body })
      })
      response.on('error', reject)
    })
    request.on('error', reject)
    request.setTimeout(120_000, () => request.destroy(new Error(`timeout: ${url}`)))
  })
}

const COMPRESSED = { 'accept-encoding': 'br, gzip' }

/**
 * Compressed bytes of a page and of the JS and CSS it loads (followed through
 * the JS modules' static and dynamic imports).
 * @param {string} base
 * @param {string} pagePath
 */
async function pageWeight(base, pagePath) {
  const page = await rawGet(`${base}${pagePath}`, COMPRESSED)
  if (page.status !== 200) throw new Error(`${pagePath} answered ${page.status}`)
  const html = page.body.toString('utf8')
  /** @type {Set<string>} */
  const js = new Set()
  /** @type {Set<string>} */
  const css = new Set()
  for (const match of html.matchAll(/\/_astro\/[^"'\s)>]+?\.(js|css)\b/g)) {
    ;(match[1] === 'js' ? js : css).add(match[0])
  }
  let jsBytes = 0
  let cssBytes = 0
  /** @type {Record<string, number>} */
  const jsList = {}
  /** @type {string[]} */
  const queue = [...js]
  /** @type {Set<string>} */
  const seen = new Set()
  while (queue.length > 0) {
    const asset = /** @type {string} */ (queue.shift())
    if (seen.has(asset)) continue
    seen.add(asset)
    const answer = await rawGet(`${base}${asset}`, COMPRESSED)
    jsBytes += answer.raw.length
    jsList[asset.replace('/_astro/', '')] = answer.raw.length
    const code = answer.body.toString('utf8')
    for (const match of code.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+\.js)["']/g)) {
      const target = match[1] ?? ''
      if (target.startsWith('./')) queue.push(`/_astro/${target.slice(2)}`)
      else if (target.startsWith('/_astro/')) queue.push(target)
    }
  }
  for (const asset of css) cssBytes += (await rawGet(`${base}${asset}`, COMPRESSED)).raw.length
  return {
    path: pagePath,
    htmlBytes: page.raw.length,
    htmlRawBytes: page.body.length,
    encoding: page.headers['content-encoding'] ?? 'identity',
    jsFiles: seen.size,
    jsBytes,
    jsList,
    inlineStyles: (html.match(/<style[\s>]/g) ?? []).length,
    cssFiles: css.size,
    cssBytes,
    totalBytes: page.raw.length + jsBytes + cssBytes,
  }
}

/** Every process below `pid` (children, grandchildren, …), from /proc. */
function descendants(/** @type {number} */ pid) {
  /** @type {Map<number, number[]>} */
  const children = new Map()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {
      // gone meanwhile
    }
  }
  /** @type {number[]} */
  const out = []
  const walk = (/** @type {number} */ p) => {
    for (const child of children.get(p) ?? []) {
      out.push(child)
      walk(child)
    }
  }
  walk(pid)
  return out
}

/** The Next.js server process under the CMS's npm start. */
function nextServerPid(/** @type {number} */ npmPid) {
  return descendants(npmPid).find((pid) => {
    try {
      return /next-server|next start/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))
    } catch {
      return false
    }
  })
}

/** Peak and sampled resident memory of a process, from /proc. */
function memorySampler(/** @type {number} */ pid) {
  let peakSampledKb = 0
  const read = () => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8')
      const field = (/** @type {string} */ name) =>
        Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0)
      return { rss: field('VmRSS'), hwm: field('VmHWM') }
    } catch {
      return { rss: 0, hwm: 0 }
    }
  }
  const timer = setInterval(() => {
    peakSampledKb = Math.max(peakSampledKb, read().rss)
  }, 200)
  return {
    stop() {
      clearInterval(timer)
      const { rss, hwm } = read()
      return { rssKb: rss, peakKb: Math.max(hwm, peakSampledKb) }
    },
  }
}

/**
 * Median and p95 of a few serial requests (no load): what one page render or
 * one CMS call costs on its own.
 * @param {string} url
 * @param {number} times
 * @param {Record<string, string>} [headers]
 */
async function serial(url, times, headers = {}) {
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

// ---------------------------------------------------------------------------
// The run

const fmt = (/** @type {number} */ n, digits = 1) =>
  Number.isFinite(n) ? n.toFixed(digits) : 'n/a'
const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`
const pass = (/** @type {boolean} */ ok) => (ok ? '✅ pass' : '❌ fail')

async function main() {
  const runStarted = performance.now()
  const startedAt = new Date()
  /** @type {Record<string, number>} */
  const stepMs = {}
  /** @param {string} name @param {() => Promise<T>} step @template T */
  const step = async (name, step) => {
    console.log(`\n== ${name}`)
    const started = performance.now()
    try {
      return await step()
    } finally {
      stepMs[name] = performance.now() - started
      console.log(`   (${((performance.now() - started) / 1000).toFixed(0)} s)`)
    }
  }
  mkdirSync(resultsDir, { recursive: true })
  rmSync(logsDir, { recursive: true, force: true })
  mkdirSync(logsDir, { recursive: true })
  for (const [name, port] of Object.entries(PORTS)) {
    if (!(await portIsFree(port))) throw new Error(`port ${port} (${name}) is in use`)
  }

  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cpus: os.cpus().length,
    ramGb: os.totalmem() / 1024 ** 3,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    loadavgAtStart: os.loadavg(),
  }

  // 1. Build
  if (!options.skipBuild) {
    await step('1. build (npx turbo run build)', () =>
      runToEnd('build', 'npx', ['turbo', 'run', 'build'], { echo: false }),
    )
  }
  for (const built of ['apps/web/dist/server.mjs', 'apps/cms/.next/BUILD_ID']) {
    if (!existsSync(path.join(root, built))) throw new Error(`missing ${built}: build first`)
  }
  rmSync(webDist, { recursive: true, force: true })
  cpSync(path.join(root, 'apps/web/dist'), webDist, { recursive: true })

  // 2. Dataset
  const loadFile = path.join(resultsDir, 'load.json')
  if (!options.reuseDb || !existsSync(dbFile) || !existsSync(loadFile)) {
    await step('2. load the dataset (Payload Local API)', async () => {
      for (const suffix of ['', '-wal', '-shm', '-journal'])
        rmSync(`${dbFile}${suffix}`, { force: true })
      rmSync(mediaDir, { recursive: true, force: true })
      await runToEnd(
        'load',
        'node',
        [
          '--conditions=production',
          '--expose-gc',
          'scripts/run.mjs',
          '../../bench/bench-load.ts',
          '--out',
          loadFile,
          '--scale',
          String(options.scale),
          '--admin-email',
          ADMIN_EMAIL,
          ...(options.workers ? ['--workers', options.workers] : []),
        ],
        {
          cwd: path.join(root, 'apps/cms'),
          env: { ...cmsEnv, PAYLOAD_DISABLE_JOBS: '1', PAYLOAD_DISABLE_PORTAL_NOTIFY: '1' },
          echo: true,
        },
      )
      writeFileSync(path.join(resultsDir, '.bench-admin-password'), secrets.adminPassword, {
        mode: 0o600,
      })
    })
  } else {
    console.log('\n== 2. dataset: reusing bench/results/bench.db (--reuse-db)')
  }
  const loaded = JSON.parse(readFileSync(loadFile, 'utf8'))
  // The bench admin's password lives beside the throw-away database, for --reuse-db.
  const adminFile = path.join(resultsDir, '.bench-admin-password')
  if (existsSync(adminFile) && options.reuseDb) {
    secrets.adminPassword = readFileSync(adminFile, 'utf8').trim()
  }
  const dbBytes = ['', '-wal'].reduce(
    (sum, suffix) =>
      sum + (existsSync(`${dbFile}${suffix}`) ? statSync(`${dbFile}${suffix}`).size : 0),
    0,
  )

  // Experiment: the same data with the recommended indexes, on a copy.
  /** @type {string[]} */
  let experimentSql = []
  if (options.withIndexes) {
    const servedDb = path.join(resultsDir, 'bench-indexed.db')
    await step(
      `experiment: copy the database and add indexes (${options.withIndexes})`,
      async () => {
        for (const suffix of ['', '-wal', '-shm']) rmSync(`${servedDb}${suffix}`, { force: true })
        copyFileSync(dbFile, servedDb)
        if (existsSync(`${dbFile}-wal`)) copyFileSync(`${dbFile}-wal`, `${servedDb}-wal`)
        const client = createClient({ url: `file:${servedDb}` })
        try {
          const tables = await client.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_locales' ESCAPE '\\'",
          )
          experimentSql = tables.rows.map(
            (row) =>
              `CREATE INDEX IF NOT EXISTS "${row.name}_parent_id_idx" ON "${row.name}" ("_parent_id")`,
          )
          if (options.withIndexes === 'all') experimentSql.push(...LIST_INDEXES)
          for (const sql of experimentSql) await client.execute(sql)
        } finally {
          client.close()
        }
      },
    )
    cmsEnv.DATABASE_URI = `file:${servedDb}`
  }

  // 3. Servers
  const servers = await step('3. start the CMS and the portals', async () => {
    const cms = launch('cms', 'npm', ['start', '-w', '@portal/cms'], {
      env: {
        ...cmsEnv,
        PORT: String(PORTS.cms),
        CMS_PUBLIC_URL: CMS_URL,
        PORTAL_URL,
        PORTAL_NOTIFY_URLS: PORTAL_URL,
      },
    })
    await waitUntilUp(`${CMS_URL}/api/health`, cms.child, cms.logFile, 180_000)
    const portal = await startPortal('portal', PORTS.portal)
    // Nothing fits in its cache: every request renders, and is compressed as a miss is.
    const missPortal = await startPortal('portal-miss', PORTS.missPortal, {
      CACHE_MAX_MB: '0.0001',
    })
    return { cms, portal, missPortal }
  })
  const memory = memorySampler(/** @type {number} */ (servers.portal.child.pid))
  const cmsPid = nextServerPid(/** @type {number} */ (servers.cms.child.pid))
  const cmsMemory = cmsPid ? memorySampler(cmsPid) : null

  const projectIndex = Math.max(1, Math.floor(loaded.generated.projects / 2))
  const newsIndex = Math.max(1, Math.floor(loaded.generated.news / 2))
  const policyIndex = Math.max(1, Math.floor(loaded.generated.policies / 2))
  const guides = await (await fetch(`${CMS_URL}/api/guides?limit=1&depth=0&sort=title`)).json()
  const guideSlug = guides.docs?.[0]?.slug
  const pages = {
    home: '/',
    projectList: '/projects?sector=manufacturing&stage=signed',
    projectDetail: `/projects/bench-project-${projectIndex}`,
    news: `/news/bench-news-${newsIndex}`,
    policy: `/policies/bench-policy-${policyIndex}`,
    guide: guideSlug ? `/guides/${guideSlug}` : '/guides',
  }
  /** @type {(keyof typeof pages)[]} */
  const loadPages = ['home', 'projectList', 'projectDetail', 'news']

  // The first render of every page (nothing cached yet): a page whose CMS calls take
  // longer than the portal's 5 s timeout answers 503 and cannot be load-tested.
  /** @type {Record<string, { status: number, ms: number }>} */
  const firstRender = {}
  await step('first render of each page', async () => {
    for (const [name, pagePath] of Object.entries(pages)) {
      const started = performance.now()
      const answer = await rawGet(`${PORTAL_URL}${pagePath}`).catch(() => ({ status: 0 }))
      firstRender[name] = { status: answer.status, ms: performance.now() - started }
      console.log(`  ${name} ${pagePath}: ${answer.status} in ${fmt(firstRender[name].ms, 0)} ms`)
      await settle()
    }
  })
  const okPages = loadPages.filter((name) => firstRender[name]?.status === 200)

  // 4a. Portal, cache warm
  /** @type {Record<string, LoadResult>} */
  const warm = {}
  await step(`4a. portal, cache warm (${options.connections} connections)`, async () => {
    await warmUp(
      PORTAL_URL,
      okPages.map((name) => pages[name]),
    )
    for (const name of okPages) {
      const url = `${PORTAL_URL}${pages[name]}`
      // Cached and fresh before the run (a page older than CACHE_TTL_SECONDS re-renders first).
      const deadline = Date.now() + 60_000
      let state = ''
      while (state !== 'HIT' && Date.now() < deadline) {
        state = String((await rawGet(url, COMPRESSED)).headers['x-portal-cache'])
        if (state !== 'HIT') await sleep(500)
      }
      if (state !== 'HIT') throw new Error(`${pages[name]} is not served from the cache: ${state}`)
      warm[name] = await measure(name, {
        url,
        connections: options.connections,
        duration: options.duration,
        headers: COMPRESSED,
      })
    }
  })

  // 5. Static server with the same pages
  /** @type {Record<string, LoadResult>} */
  const staticRuns = {}
  await step(`5. static file server, same pages (${options.connections} connections)`, async () => {
    const staticDir = path.join(resultsDir, 'static')
    rmSync(staticDir, { recursive: true, force: true })
    mkdirSync(staticDir, { recursive: true })
    /** @type {Record<string, { file: string, type: string }>} */
    const manifest = {}
    for (const name of okPages) {
      const page = await rawGet(`${PORTAL_URL}${pages[name]}`)
      const file = path.join(staticDir, `${name}.html`)
      writeFileSync(file, page.body)
      manifest[pages[name]] = { file, type: 'text/html; charset=utf-8' }
    }
    const manifestFile = path.join(staticDir, 'manifest.json')
    writeFileSync(manifestFile, JSON.stringify(manifest, null, 2))
    const server = launch('static', 'node', [
      path.join(benchDir, 'static-server.mjs'),
      manifestFile,
      String(PORTS.static),
    ])
    try {
      await waitUntilUp(`${STATIC_URL}/`, server.child, server.logFile, 20_000)
      await warmUp(
        STATIC_URL,
        okPages.map((name) => pages[name]),
      )
      for (const name of okPages) {
        staticRuns[name] = await measure(name, {
          url: `${STATIC_URL}${pages[name]}`,
          connections: options.connections,
          duration: options.duration,
          headers: COMPRESSED,
        })
      }
    } finally {
      await stop(server.child)
    }
  })

  // 4b. Portal, every request a miss
  /** @type {Record<string, LoadResult>} */
  const missLoaded = {}
  /** @type {Record<string, LoadResult>} */
  const missSerial = {}
  await step('4b. portal, every request a cache miss', async () => {
    // One at a time, through the real miss path (render, compress, offer to the cache) of a
    // portal whose cache holds nothing: the latency of one miss without queueing.
    for (const name of okPages) {
      for (let i = 0; i < 3; i++) await rawGet(`${MISS_PORTAL_URL}${pages[name]}`, COMPRESSED)
      missSerial[name] = await measure(`${name} (1 connection)`, {
        url: `${MISS_PORTAL_URL}${pages[name]}`,
        connections: 1,
        duration: options.duration,
        headers: COMPRESSED,
      })
      await settle()
    }
    // Under load: a request with an Authorization header is never cached and never joins
    // another request's render (main.ts isCacheableRequest), so each one is a full render.
    for (const name of okPages) {
      if (!(missSerial[name] && missSerial[name].p95 < 1500)) {
        console.log(`  ${name}: skipped under load, one miss alone takes over 1.5 s`)
        continue
      }
      missLoaded[name] = await measure(`${name} (${options.connections} connections)`, {
        url: `${PORTAL_URL}${pages[name]}`,
        connections: options.connections,
        duration: options.duration,
        headers: { ...COMPRESSED, authorization: 'Bearer bench-cache-bypass' },
      })
      await settle()
    }
  })

  // 6. CMS REST
  const detailId = (
    await (
      await fetch(
        `${CMS_URL}/api/projects?where[slug][equals]=bench-project-${projectIndex}&depth=0&limit=1`,
      )
    ).json()
  ).docs?.[0]?.id
  const listQuery = `${CMS_URL}/api/projects?where[sector][equals]=manufacturing&where[stage][equals]=signed&sort=-updatedAt&limit=12&page=3&locale=all&depth=1`
  const cmsUrls = {
    // The list as the portal asks for it: the card's fields (PROJECT_CARD_FIELDS
    // in packages/shared/src/content.ts) and of each image what an <img> needs.
    list: `${listQuery}&${PORTAL_LIST_SELECT}`,
    listEveryField: listQuery,
    detail: `${CMS_URL}/api/projects?where[slug][equals]=bench-project-${projectIndex}&limit=1&locale=all&depth=1`,
    byId: `${CMS_URL}/api/projects/${detailId}?locale=all&depth=1`,
  }
  /** @type {Record<string, LoadResult>} */
  const cmsRuns = {}
  /** @type {Record<string, number>} */
  const cmsConnections = {}
  await step('6. CMS REST (10 connections)', async () => {
    for (const [name, url] of Object.entries(cmsUrls)) {
      // A query that takes seconds alone would only queue at 10 connections: then one.
      const started = performance.now()
      await rawGet(url)
      const single = performance.now() - started
      cmsConnections[name] = single > 2000 ? 1 : 10
      cmsRuns[name] = await measure(`${name} (${cmsConnections[name]} conn.)`, {
        url,
        connections: cmsConnections[name],
        duration: options.duration,
      })
      await settle()
    }
  })

  // 7. Publish to live
  const publish = await step('7. publish-to-live (20 edits)', async () => {
    const login = await fetch(`${CMS_URL}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN_EMAIL, password: secrets.adminPassword }),
    })
    if (!login.ok) throw new Error(`admin login failed: ${login.status} ${await login.text()}`)
    const { token } = await login.json()
    const auth = { authorization: `JWT ${token}` }
    const slug = `bench-project-${projectIndex + 1}`
    const found = await (
      await fetch(`${CMS_URL}/api/projects?where[slug][equals]=${slug}&depth=0&locale=zh&limit=1`, {
        headers: auth,
      })
    ).json()
    const doc = found.docs?.[0]
    if (!doc) throw new Error(`no project ${slug}`)
    const pageUrl = `${PORTAL_URL}/projects/${slug}`
    const first = await rawGet(pageUrl)
    if (first.status !== 200) {
      console.log(`  skipped: ${pageUrl} answers ${first.status}`)
      return { skipped: `the project page answers ${first.status}`, medianMs: NaN, worstMs: NaN }
    }
    /** @type {{ saveMs: number, liveMs: number }[]} */
    const samples = []
    let failures = 0
    for (let i = 0; i < 20 && failures < 2; i++) {
      // The page is cached before each edit: what is measured is notification + re-render.
      await rawGet(pageUrl)
      await rawGet(pageUrl)
      const title = `${doc.title}（更新${i + 1}-${randomBytes(3).toString('hex')}）`
      const started = performance.now()
      const saved = await fetch(`${CMS_URL}/api/projects/${doc.id}?locale=zh&depth=0`, {
        method: 'PATCH',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ title, _status: 'published' }),
      })
      const saveMs = performance.now() - started
      if (!saved.ok) throw new Error(`publish failed: ${saved.status} ${await saved.text()}`)
      let liveMs = Infinity
      while (performance.now() - started < 30_000) {
        const page = await rawGet(pageUrl)
        if (page.body.toString('utf8').includes(title)) {
          liveMs = performance.now() - started
          break
        }
        await sleep(20)
      }
      if (liveMs === Infinity) failures += 1
      samples.push({ saveMs, liveMs })
    }
    const live = samples.map((s) => s.liveMs)
    const saves = samples.map((s) => s.saveMs)
    console.log(
      `  median ${fmt(percentile(live, 50), 0)} ms, worst ${fmt(Math.max(...live), 0)} ms`,
    )
    return {
      medianMs: percentile(live, 50),
      worstMs: Math.max(...live),
      saveMedianMs: percentile(saves, 50),
      saveWorstMs: Math.max(...saves),
      samples,
    }
  })

  // 8. Bytes per page type
  /** @type {Record<string, Awaited<ReturnType<typeof pageWeight>>>} */
  const weights = {}
  await step('8. bytes per page type', async () => {
    for (const [name, pagePath] of Object.entries(pages)) {
      if (firstRender[name]?.status !== 200) continue
      weights[name] = await pageWeight(PORTAL_URL, pagePath)
      const w = weights[name]
      console.log(
        `  ${name}: ${kb(w.totalBytes)} (HTML ${kb(w.htmlBytes)}, JS ${kb(w.jsBytes)} in ${w.jsFiles} files, CSS ${kb(w.cssBytes)})`,
      )
    }
  })

  // 9. Memory
  const portalMemory = memory.stop()
  const cmsServerMemory = cmsMemory?.stop() ?? null

  // Profiling: where a miss spends its time
  /** @type {any} */
  let profile = null
  if (options.profile) {
    profile = await step('profile: where a cache miss spends its time', async () => {
      // The CMS calls behind the filtered project list, one at a time, as the portal makes them.
      const listQuery =
        'locale=all&limit=12&page=1&sort=-updatedAt&where[and][0][sector][equals]=manufacturing&where[and][1][stage][equals]=signed'
      const restCalls = {
        'listProjects (as today: depth=1, every field)': `${CMS_URL}/api/projects?depth=1&${listQuery}`,
        'listProjects with select (card fields only)': `${CMS_URL}/api/projects?depth=1&${listQuery}&${CARD_SELECT}`,
        'listProjects with select + populate (media fields the card uses)': `${CMS_URL}/api/projects?depth=1&${listQuery}&${PORTAL_LIST_SELECT}`,
        'listProjects depth=0': `${CMS_URL}/api/projects?depth=0&${listQuery}`,
        listParks: `${CMS_URL}/api/parks?locale=all&depth=0&limit=100&page=1&sort=order`,
        getSettings: `${CMS_URL}/api/globals/site-settings?locale=all&depth=1`,
        'getProject (detail page)': cmsUrls.detail,
        'home: listNews limit 4': `${CMS_URL}/api/news?locale=all&depth=1&limit=4&page=1&sort=-publishedAt`,
      }
      /** @type {Record<string, { p50: number, p95: number, bytes: number }>} */
      const rest = {}
      for (const [name, url] of Object.entries(restCalls)) {
        try {
          rest[name] = await serial(url, 15)
          console.log(`  ${name}: p50 ${fmt(rest[name].p50)} ms, ${kb(rest[name].bytes)}`)
        } catch (error) {
          console.log(`  ${name}: ${String(error)}`)
          rest[name] = { p50: NaN, p95: NaN, bytes: NaN }
        }
      }
      // The slowest page that still renders: the filtered list when it does.
      const profiledName =
        ['projectList', 'home', 'projectDetail', 'news'].find((name) =>
          okPages.includes(/** @type {keyof typeof pages} */ (name)),
        ) ?? 'projectDetail'
      const profiledPage = pages[/** @type {keyof typeof pages} */ (profiledName)]
      const missList = okPages.includes('projectList')
        ? await serial(`${MISS_PORTAL_URL}${pages.projectList}`, 15, COMPRESSED).catch(() => null)
        : null

      // The portal's CPU: serving misses one at a time (a portal that keeps nothing), and
      // serving cache hits at full load (a portal with its normal cache).
      const missProfile = await profilePortal({
        name: 'portal-profiled-miss',
        env: { CACHE_MAX_MB: '0.0001' },
        path: profiledPage,
        connections: 1,
        duration: Math.max(5, options.duration),
      })
      const hitPage = pages[okPages.includes('news') ? 'news' : (okPages[0] ?? 'news')]
      const hitProfile = await profilePortal({
        name: 'portal-profiled-hit',
        env: {},
        path: hitPage,
        connections: options.connections,
        duration: 5,
      })
      const profiledRun = missProfile.run
      const portalCpu = missProfile.summary
      const portalCpuMsPerRequest = missProfile.cpuMsPerRequest
      return {
        rest,
        missList,
        portalCpu,
        profiledRun,
        portalCpuMsPerRequest,
        profiledPage,
        hitProfile: { ...hitProfile, page: hitPage },
        missProfile: { inclusive: missProfile.inclusive },
      }
    })
  }

  await step('stop the servers', stopAll)

  // SQL profile on the benchmark database (servers stopped: nothing else touches it).
  /** @type {any} */
  let sqlProfile = null
  if (options.profile) {
    sqlProfile = await step('profile: SQL statements, query plans, candidate indexes', async () => {
      const out = path.join(resultsDir, 'sql-profile.json')
      await runToEnd(
        'sql-profile',
        'node',
        [
          '--conditions=production',
          'scripts/run.mjs',
          '../../bench/bench-profile.ts',
          '--out',
          out,
        ],
        {
          cwd: path.join(root, 'apps/cms'),
          env: {
            ...cmsEnv,
            // Always the database as the migrations made it: the profile tries the fixes itself.
            DATABASE_URI: `file:${dbFile}`,
            BENCH_DIR: benchDir,
            PAYLOAD_DISABLE_JOBS: '1',
            PAYLOAD_DISABLE_PORTAL_NOTIFY: '1',
            BENCH_PROJECT_SLUG: `bench-project-${projectIndex}`,
            BENCH_NEWS_SLUG: `bench-news-${newsIndex}`,
          },
          echo: true,
        },
      )
      return JSON.parse(readFileSync(out, 'utf8'))
    })
  }

  // Compression cost of a miss: the cache compresses a page once, when it stores it
  // (apps/web/server/page-cache.ts: gzip level 6 and brotli quality 6, synchronously).
  /** @type {Record<string, number>} */
  const compressMs = {}
  for (const name of okPages) {
    const file = path.join(resultsDir, 'static', `${name}.html`)
    if (!existsSync(file)) continue
    const html = readFileSync(file)
    const started = performance.now()
    for (let i = 0; i < 20; i++) {
      gzipSync(html, { level: 6 })
      brotliCompressSync(html, {
        params: {
          [zlibConstants.BROTLI_PARAM_QUALITY]: 6,
          [zlibConstants.BROTLI_PARAM_SIZE_HINT]: html.length,
        },
      })
    }
    compressMs[name] = (performance.now() - started) / 20
  }

  const totalMs = performance.now() - runStarted
  const results = {
    date: startedAt.toISOString(),
    options: { ...options, baseline: undefined },
    experimentSql,
    machine: { ...machine, loadavgAtEnd: os.loadavg() },
    dataset: { ...loaded, dbBytes },
    pages,
    firstRender,
    cmsConnections,
    warm,
    static: staticRuns,
    missLoaded,
    missSerial,
    cms: cmsRuns,
    cmsUrls,
    publish,
    weights,
    portalMemory,
    cmsServerMemory,
    profile,
    sqlProfile,
    compressMs,
    stepMs,
    totalMs,
  }
  const stamp = startedAt.toISOString().slice(0, 16).replace(':', '')
  const resultsFile = path.join(resultsDir, `results-${stamp}.json`)
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`)
  const baseline = options.baseline ? JSON.parse(readFileSync(options.baseline, 'utf8')) : null
  const markdown = report(results, baseline, path.relative(root, resultsFile))
  const reportFile = path.join(resultsDir, `report-${stamp}.md`)
  writeFileSync(reportFile, markdown)
  console.log(`\n${markdown}`)
  console.log(`bench: report written to ${path.relative(root, reportFile)}`)
}

/** Functions of the portal whose inclusive time the profile reports (apps/web/server, Node). */
const PORTAL_FUNCTIONS = [
  'servePage',
  'send',
  'log',
  'writeSync',
  'writev',
  'render',
  'renderToMemory',
  'zlibBufferSync',
  'handler',
  'fetch',
  'safeParse',
  'parse',
]

/**
 * Runs a portal under `node --cpu-prof`, loads one page, and summarises where
 * its CPU went during the load (not its start-up).
 * @param {{ name: string, env: Record<string, string>, path: string, connections: number, duration: number }} run
 */
async function profilePortal(run) {
  const profileDir = path.join(resultsDir, 'profiles', run.name)
  rmSync(profileDir, { recursive: true, force: true })
  mkdirSync(profileDir, { recursive: true })
  const spawned = performance.now()
  const portal = await startPortal(run.name, PORTS.profiledPortal, run.env, [
    '--cpu-prof',
    `--cpu-prof-dir=${profileDir}`,
  ])
  const url = `${PROFILED_PORTAL_URL}${run.path}`
  for (let i = 0; i < 3; i++) await rawGet(url, COMPRESSED)
  const pid = /** @type {number} */ (portal.child.pid)
  const cpuBefore = readCpuTicks(pid)
  const from = (performance.now() - spawned) * 1000
  const result = await load({
    url,
    connections: run.connections,
    duration: run.duration,
    headers: COMPRESSED,
  })
  const cpuAfter = readCpuTicks(pid)
  await stop(portal.child)
  await settle()
  const file = readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'))
  return {
    run: result,
    summary: file ? summarise(path.join(profileDir, file), { from }) : null,
    inclusive: file ? inclusive(path.join(profileDir, file), PORTAL_FUNCTIONS, { from }) : null,
    cpuMsPerRequest:
      (((cpuAfter - cpuBefore) / clockTicks()) * 1000) / Math.max(1, result.requests),
  }
}

/** Clock ticks per second, the unit of /proc/<pid>/stat times. */
function clockTicks() {
  const answer = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })
  return Number(answer.stdout?.trim()) || 100
}

/** CPU time (clock ticks) a process has used so far. */
function readCpuTicks(/** @type {number} */ pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
    return Number(fields[11] ?? 0) + Number(fields[12] ?? 0)
  } catch {
    return 0
  }
}

// ---------------------------------------------------------------------------
// Report

/**
 * @param {any} r results of this run
 * @param {any} before results of an earlier run, or null
 * @param {string} resultsFile
 */
function report(r, before, resultsFile) {
  /** @type {string[]} */
  const lines = []
  const add = (/** @type {string} */ line = '') => lines.push(line)
  /** " (before x)" when a baseline has the figure. */
  const was = (/** @type {(x: any) => number} */ pick, digits = 1) => {
    if (!before) return ''
    try {
      const value = pick(before)
      return Number.isFinite(value) ? ` (before ${fmt(value, digits)})` : ''
    } catch {
      return ''
    }
  }
  const ms = (/** @type {number | null | undefined} */ n) =>
    n === null || n === undefined || !Number.isFinite(n) ? 'n/a' : `${fmt(n)} ms`
  const d = r.dataset
  const notRendered = (/** @type {string} */ name) => {
    const first = r.firstRender[name]
    return first && first.status !== 200
      ? `page answers ${first.status || 'nothing'} (first render ${fmt(first.ms / 1000)} s)`
      : 'not measured'
  }

  add(`# Benchmark report, ${r.date.slice(0, 16).replace('T', ' ')} UTC`)
  add()
  if (r.options.withIndexes) {
    add(
      `> **Experiment**: measured on a copy of the benchmark database with indexes the app does not have yet (\`--with-indexes ${r.options.withIndexes}\`, ${r.experimentSql.length} statements, e.g. \`${r.experimentSql[0] ?? ''}\`). These are "after" projections, not the app as it is.`,
    )
    add()
  }
  add(
    `Machine: ${r.machine.cpu}, ${r.machine.cpus} CPUs, ${fmt(r.machine.ramGb)} GB RAM, Node ${r.machine.node}, ${r.machine.os}. ` +
      `Load average (1 min) ${fmt(r.machine.loadavgAtStart[0], 2)} at the start, ${fmt(r.machine.loadavgAtEnd[0], 2)} at the end: ` +
      'other processes share these CPUs, and the load generator (autocannon, in the bench process) runs on the same CPUs as the servers.',
  )
  add()
  add(
    `Whole run: ${fmt(r.totalMs / 60000)} min (${Object.entries(r.stepMs)
      .map(([name, t]) => `${name.replace(/ \(.*\)$/, '')}: ${fmt(Number(t) / 1000, 0)} s`)
      .join('; ')}).`,
  )
  add()

  add('## Dataset')
  add()
  add(
    `Generated at scale ${d.scale}: ${d.generated.projects} projects, ${d.generated.policies} policies and ${d.generated.news} news items, every one in Chinese and English, ` +
      `on top of the demo content (users, ${d.totals.guides} guides, parks, globals). In the database: ${d.totals.projects} projects, ${d.totals.policies} policies, ` +
      `${d.totals.news} news, ${d.totals.media} media, ${d.totals.search} search rows; SQLite ${fmt(d.dbBytes / 1024 ** 2)} MB.`,
  )
  add(
    `Pictures: a pool of ${d.imagePool} generated images (sharp, 1200×750, stored with Payload's four WebP/JPEG sizes) reused across documents: 1–3 per project, one cover per news item.`,
  )
  add()
  add(
    `Loaded through Payload's Local API: \`payload.create\` in Chinese, then \`payload.update\` in English, with every collection hook except portal notifications and mail ` +
      `(the search index is written once per document, by its hook); ${d.workers} worker process(es) × ${d.concurrency} documents in flight. ` +
      'While loading, the loader adds a plain index on `_parent_id` to every `*_locales` table and drops it afterwards (without it the load is quadratic, see the profile); the measured database has exactly the schema of the migrations.',
  )
  add()
  add('| phase | time |')
  add('| --- | --- |')
  for (const [name, t] of Object.entries(d.phasesMs))
    add(`| ${name} | ${fmt(Number(t) / 1000)} s |`)
  add(
    `| **bulk documents** | **${d.bulkDocs} in ${fmt(d.bulkMs / 1000)} s = ${fmt(d.bulkDocsPerSecond)} docs/s**${was((b) => b.dataset.bulkDocsPerSecond)} |`,
  )
  add(`| whole load | ${fmt(d.totalMs / 1000)} s |`)
  add()

  // Targets
  add('## Targets')
  add()
  add('| measurement | result | target | verdict |')
  add('| --- | --- | --- | --- |')
  for (const name of ['home', 'projectList', 'projectDetail', 'news']) {
    const warm = r.warm[name]
    const stat = r.static[name]
    if (!warm || !stat) {
      add(
        `| cached \`${r.pages[name]}\`: req/s vs static | ${notRendered(name)} | ≥ 50 % | ${pass(false)} |`,
      )
      add(`| cached \`${r.pages[name]}\`: p99 | ${notRendered(name)} | < 20 ms | ${pass(false)} |`)
      continue
    }
    const ratio = warm.rps / stat.rps
    add(
      `| cached \`${r.pages[name]}\`: req/s vs static | ${fmt(warm.rps, 0)} / ${fmt(stat.rps, 0)} = ${fmt(ratio * 100, 0)} %${was((b) => (b.warm[name].rps / b.static[name].rps) * 100, 0)} | ≥ 50 % | ${pass(ratio >= 0.5)} |`,
    )
    add(
      `| cached \`${r.pages[name]}\`: p99 at ${r.options.connections} connections | ${ms(warm.p99)}${was((b) => b.warm[name].p99)} | < 20 ms | ${pass(warm.p99 < 20)} |`,
    )
  }
  const listSerial = r.missSerial.projectList
  add(
    `| cache-miss filtered project list, p95, one request at a time | ${listSerial ? ms(listSerial.p95) : notRendered('projectList')}${was((b) => b.missSerial.projectList.p95)} | < 60 ms | ${pass(Boolean(listSerial) && listSerial.p95 < 60)} |`,
  )
  const listLoaded = r.missLoaded.projectList
  add(
    `| (for information) the same at ${r.options.connections} connections | ${listLoaded ? ms(listLoaded.p95) : listSerial ? 'skipped: one miss alone > 1.5 s' : notRendered('projectList')}${was((b) => b.missLoaded.projectList.p95)} | (< 60 ms) | ${listLoaded ? pass(listLoaded.p95 < 60) : '—'} |`,
  )
  const cmsList = r.cms.list
  add(
    `| CMS filtered list, p95 at ${r.cmsConnections.list ?? 10} connection(s) | ${ms(cmsList?.p95)}${cmsList?.errors ? `, ${cmsList.errors} errors/timeouts` : ''}${was((b) => b.cms.list.p95)} | < 100 ms at 10 | ${pass(Boolean(cmsList) && cmsList.p95 < 100 && r.cmsConnections.list === 10 && !cmsList.errors)} |`,
  )
  add(
    `| publish-to-live, worst of ${r.publish.samples?.length ?? 20} | ${r.publish.skipped ? `skipped: ${r.publish.skipped}` : `${Number.isFinite(r.publish.worstMs) ? ms(r.publish.worstMs) : 'never showed (30 s)'}${was((b) => b.publish.worstMs)} (median ${ms(r.publish.medianMs)})`} | < 2 s | ${pass(r.publish.worstMs < 2000)} |`,
  )
  const jsOf = (/** @type {string} */ name) =>
    r.weights[name] ? kb(r.weights[name].jsBytes) : notRendered(name)
  const noJs = ['news', 'policy', 'guide'].every((name) => r.weights[name]?.jsBytes === 0)
  add(
    `| JS on news, policy, guide pages | ${['news', 'policy', 'guide'].map(jsOf).join(', ')} | none | ${pass(noJs)} |`,
  )
  const listJs = r.weights.projectList?.jsBytes
  add(
    `| compressed JS on the project list | ${jsOf('projectList')}${was((b) => b.weights.projectList.jsBytes / 1024)} | < 50 KB | ${pass(listJs !== undefined && listJs < 50 * 1024)} |`,
  )
  add()

  add('## First render of each page (nothing cached)')
  add()
  add('| page | path | status | time |')
  add('| --- | --- | --- | --- |')
  for (const [name, first] of Object.entries(r.firstRender)) {
    add(`| ${name} | \`${r.pages[name]}\` | ${first.status} | ${ms(first.ms)} |`)
  }
  add()
  add(
    'The portal gives up on a CMS call after 5 s and then answers 503 (a page never rendered before has no stale copy to fall back on).',
  )
  add()

  const row = (/** @type {string} */ label, /** @type {LoadResult | undefined} */ x) =>
    x
      ? `| ${label} | ${fmt(x.rps, 0)} | ${fmt(x.p50)} | ${fmt(x.p95)} | ${fmt(x.p99)} | ${fmt(x.max)} | ${x.requests} | ${x.errors + x.non2xx} | ${Object.entries(
          x.cacheStates,
        )
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')} | ${fmt(x.loadavg, 1)} |`
      : `| ${label} | not run | | | | | | | | |`
  const header =
    '| run | req/s | p50 ms | p95 ms | p99 ms | max ms | requests | errors | x-portal-cache | load avg |\n| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |'
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

  add('## Publish to live')
  add()
  add(
    "20 times: the bench admin changes a project's Chinese title and publishes it (REST `PATCH /api/projects/:id`, logged in through `POST /api/users/login`), then the project's page on the portal is fetched every 20 ms until the new title shows. " +
      `Median ${ms(r.publish.medianMs)}, worst ${ms(r.publish.worstMs)}; the save alone: median ${ms(r.publish.saveMedianMs)}, worst ${ms(r.publish.saveWorstMs)}.`,
  )
  add()

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

  if (r.profile) {
    const p = r.profile
    add('## Profile: where a cache miss spends its time')
    add()
    add(
      `The CMS calls behind the portal's pages, each timed alone against the CMS (15 requests). The filtered project list page as a whole, one miss at a time: ${p.missList ? `p50 ${ms(p.missList.p50)}` : 'does not render'}.`,
    )
    add()
    add('| CMS call | p50 | p95 | response |')
    add('| --- | --- | --- | --- |')
    for (const [name, x] of Object.entries(p.rest))
      add(
        `| ${name} | ${ms(x.p50)} | ${ms(x.p95)} | ${Number.isFinite(x.bytes) ? kb(x.bytes) : 'n/a'} |`,
      )
    add()
    if (p.profiledRun) {
      add(
        `Portal CPU per miss of ${p.profiledPage}: ${fmt(p.portalCpuMsPerRequest)} ms (from /proc; ${p.profiledRun.requests} misses one at a time on a portal run with --cpu-prof, which adds some overhead).`,
      )
    }
    const inclusiveLine = (/** @type {any} */ x) =>
      x?.inclusive
        ? x.inclusive.functions
            .filter((/** @type {{ share: number }} */ f) => f.share >= 0.02)
            .map(
              (/** @type {{ name: string, share: number }} */ f) =>
                `\`${f.name}\` ${fmt(f.share * 100, 0)} %`,
            )
            .join(', ')
        : ''
    if (p.hitProfile?.inclusive) {
      add()
      add(
        `Cache hits, share of the portal's busy CPU spent in (inclusive: the function and what it calls): ${inclusiveLine(p.hitProfile)}. ` +
          '`log` is the JSON request log line (gathered and written once per event-loop turn, server/log.ts), `writev` the socket write of the response, `send` the whole answer from the cache.',
      )
    }
    if (p.missProfile?.inclusive) {
      add()
      add(`Misses, the same: ${inclusiveLine(p.missProfile)}.`)
    }
    if (p.hitProfile?.summary) {
      const h = p.hitProfile
      add()
      add(
        `Portal CPU per cache hit of ${h.page}: ${fmt(h.cpuMsPerRequest, 3)} ms (${fmt(h.run.rps, 0)} req/s at ${r.options.connections} connections under --cpu-prof). Self time by package: ` +
          h.summary.packages
            .slice(0, 6)
            .map(
              (/** @type {{ name: string, share: number }} */ x) =>
                `${x.name} ${fmt(x.share * 100, 0)} %`,
            )
            .join(', ') +
          '. Top functions: ' +
          h.summary.functions
            .slice(0, 10)
            .map((/** @type {{ name: string, ms: number }} */ f) => `${f.name} ${f.ms} ms`)
            .join('; ') +
          '.',
      )
    }
    if (p.portalCpu) {
      add()
      add(`CPU profile of the misses above:`)
      add()
      add('| package (self time) | ms | share |')
      add('| --- | --- | --- |')
      for (const x of p.portalCpu.packages.slice(0, 8))
        add(`| ${x.name} | ${x.ms} | ${fmt(x.share * 100, 0)} % |`)
      add()
      add(
        `Busy ${p.portalCpu.busyMs} ms, idle ${p.portalCpu.idleMs} ms (idle = waiting for the CMS). Top functions: ` +
          p.portalCpu.functions
            .slice(0, 8)
            .map((/** @type {{ name: string, ms: number }} */ f) => `${f.name} ${f.ms} ms`)
            .join('; ') +
          '.',
      )
    }
    add()
  }
  if (r.sqlProfile) {
    const s = r.sqlProfile
    const variants = Object.keys(s.calls[0]?.sqlMs ?? {})
    const over = `> ${fmt(s.budgetMs / 1000, 0)} s`
    const sqlMs = (/** @type {number | null} */ n) => (n === null ? over : ms(n))
    add("## Profile: SQL behind the portal's CMS calls")
    add()
    add(
      "Each read the pages make, through Payload's Local API as the public reads it (`overrideAccess: false`, `locale: 'all'`), every SQL statement traced on the libsql client; " +
        `then every statement re-timed (median of up to ${s.runs} runs, in a child process that gives up after ${fmt(s.budgetMs / 1000, 0)} s) on the database as it is ("baseline") and on copies with each candidate fix. ` +
        '"Payload total" is the whole find on the copy with all fixes.',
    )
    add()
    add(
      `| call | Payload total (all fixes) | statements | ${variants.map((v) => `SQL ${v}`).join(' | ')} |`,
    )
    add(`| --- | --- | --- | ${variants.map(() => '---').join(' | ')} |`)
    for (const c of s.calls) {
      add(
        `| ${c.name} | ${ms(c.medianMs)} | ${c.statements} | ${variants.map((v) => sqlMs(c.sqlMs[v])).join(' | ')} |`,
      )
    }
    add()
    add('Full-table scans in the query plans (baseline) of the slowest statements:')
    add()
    /** @type {Map<string, string[]>} */
    const scans = new Map()
    for (const c of s.calls) {
      for (const st of c.slowest) {
        for (const line of st.scans) scans.set(line, [...(scans.get(line) ?? []), c.name])
      }
    }
    for (const [line, calls] of scans) add(`- \`${line}\`: ${[...new Set(calls)].join('; ')}`)
    add()
    const worst = s.calls.flatMap((/** @type {any} */ c) =>
      c.slowest.slice(0, 1).map((/** @type {any} */ st) => ({ call: c.name, ...st })),
    )
    const example = worst.find((/** @type {any} */ w) => w.call.startsWith('project list: sector'))
    if (example) {
      add(`Plan of the slowest statement of "${example.call}" (baseline):`)
      add()
      add('```')
      for (const line of example.plan) add(line)
      add('```')
      add()
    }
    add('Candidate fixes tried on copies:')
    add()
    for (const [name, statements] of Object.entries(s.experiments)) {
      const list = /** @type {string[]} */ (statements)
      add(`- **${name}**: ${list.length} statement(s), e.g. \`${list[0] ?? ''}\``)
    }
    add()
  }
  add('## Before figures')
  add()
  add(
    `Every figure of this run is in \`${resultsFile}\`. After a change, \`npm run bench -- --baseline ${resultsFile}\` prints them as "before" beside the new ones.`,
  )
  add()
  return lines.join('\n')
}

/** `--report <results.json>`: writes the markdown report of an earlier run again (no measuring). */
async function reportOnly(/** @type {string} */ file) {
  const results = JSON.parse(readFileSync(file, 'utf8'))
  const baseline = options.baseline ? JSON.parse(readFileSync(options.baseline, 'utf8')) : null
  const markdown = report(results, baseline, path.relative(root, path.resolve(file)))
  const reportFile = path.resolve(file).replace(/results-([^/]+)\.json$/, 'report-$1.md')
  writeFileSync(reportFile, markdown)
  console.log(markdown)
  console.log(`bench: report written to ${path.relative(root, reportFile)}`)
}

const reportFrom = option('report')
;(reportFrom ? reportOnly(reportFrom) : main())
  .catch(async (error) => {
    console.error(`\nbench failed: ${error instanceof Error ? error.stack : String(error)}`)
    process.exitCode = 1
  })
  .finally(async () => {
    await stopAll()
  })
