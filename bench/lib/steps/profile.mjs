// Where the time goes: the CMS calls behind a miss, the portal's CPU under
// --cpu-prof, the SQL of the portal's reads (bench-profile.ts), and what
// compressing a stored miss costs.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib'
import { stopProcess } from '@portal/process'
import {
  CMS_URL,
  MISS_PORTAL_URL,
  PORTS,
  PROFILED_PORTAL_URL,
  benchDir,
  cmsEnv,
  dbFile,
  options,
  resultsDir,
  root,
} from '../config.mjs'
import { fmt, kb } from '../format.mjs'
import { COMPRESSED, rawGet } from '../http.mjs'
import { inclusive, summarise } from '../cpuprofile.mjs'
import { load, serial, settle } from '../measure.mjs'
import { runToEnd } from '../processes.mjs'
import { clockTicks, readCpuTicks } from '../procfs.mjs'
import { CARD_SELECT, PORTAL_LIST_SELECT } from '../queries.mjs'
import { startPortal } from '../servers.mjs'

/**
 * @typedef {import('./portal.mjs').Pages} Pages
 * @typedef {import('./portal.mjs').PageName} PageName
 */

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
  await stopProcess(portal.child)
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

/**
 * Times the CMS calls behind the portal's pages one by one, and profiles the
 * portal's CPU serving misses and cache hits.
 * @param {Pages} pages
 * @param {readonly PageName[]} okPages
 * @param {string} detailUrl the CMS read behind a project's page
 */
export async function profileMisses(pages, okPages, detailUrl) {
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
    'getProject (detail page)': detailUrl,
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
      okPages.includes(/** @type {PageName} */ (name)),
    ) ?? 'projectDetail'
  const profiledPage = pages[/** @type {PageName} */ (profiledName)]
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
}

/**
 * The SQL profile on the benchmark database, with the servers stopped so that
 * nothing else touches it.
 * @param {{ projectIndex: number, newsIndex: number }} at the documents whose pages were measured
 */
export async function profileSql({ projectIndex, newsIndex }) {
  const out = path.join(resultsDir, 'sql-profile.json')
  await runToEnd(
    'sql-profile',
    'node',
    [
      '--conditions=production',
      'scripts/run.mjs',
      path.join(benchDir, 'bench-profile.ts'),
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
}

/**
 * What compressing a miss costs: the cache compresses a page once, when it stores it
 * (apps/web/server/page-cache.ts: gzip level 6 and brotli quality 6, synchronously).
 * @param {readonly PageName[]} okPages
 */
export function compressionCost(okPages) {
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
  return compressMs
}
