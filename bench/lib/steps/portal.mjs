// The portal's side of a run: its servers, its pages rendered, served from the
// cache, against the static yardstick, as misses, and weighed.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { stopProcess } from '@portal/process'
import {
  CMS_URL,
  MISS_PORTAL_URL,
  PORTAL_URL,
  PORTS,
  STATIC_URL,
  options,
  resultsDir,
} from '../config.mjs'
import { fmt, kb } from '../format.mjs'
import { COMPRESSED, pageWeight, rawGet } from '../http.mjs'
import { GATE_REST_MS, measure, settle, warmUp } from '../measure.mjs'
import { startCms, startPortal, startStatic } from '../servers.mjs'

/**
 * @typedef {{ home: string, projectList: string, projectDetail: string, news: string,
 *   policy: string, guide: string }} Pages
 * @typedef {keyof Pages} PageName
 * @typedef {import('../measure.mjs').LoadResult} LoadResult
 */

/** The pages under load; policy and guide pages are only weighed. */
const LOAD_PAGES = /** @type {const} */ (['home', 'projectList', 'projectDetail', 'news'])

/** Starts the CMS, the portal, and a second portal whose cache keeps nothing. */
export async function startServers() {
  const cms = await startCms()
  const portal = await startPortal('portal', PORTS.portal)
  // Nothing fits in its cache: every request renders, and is compressed as a miss is.
  const missPortal = await startPortal('portal-miss', PORTS.missPortal, {
    CACHE_MAX_MB: '0.0001',
  })
  return { cms, portal, missPortal }
}

/**
 * The first project from `start` on that the public can see, with the next one
 * too (publish-to-live edits it): projects come in runs of one stage, and a
 * dropped one (已终止) is not shown.
 * @param {number} start
 * @param {string} cmsUrl
 */
async function publicProjectFrom(start, cmsUrl) {
  const listed = async (/** @type {number} */ n) => {
    const url = `${cmsUrl}/api/projects?where[slug][equals]=bench-project-${n}&depth=0&limit=1&select[slug]=true`
    return ((await (await fetch(url)).json()).totalDocs ?? 0) > 0
  }
  for (let n = start; n < start + 100; n++) {
    if ((await listed(n)) && (await listed(n + 1))) return n
  }
  return start
}

/**
 * The pages measured: documents from the middle of the generated ones.
 * @param {{ generated: { projects: number, news: number, policies: number } }} loaded
 * @param {string} [cmsUrl] the CMS asked which project is public (default: the run's main CMS)
 */
export async function pagesOf(loaded, cmsUrl = CMS_URL) {
  const projectIndex = await publicProjectFrom(
    Math.max(1, Math.floor(loaded.generated.projects / 2)),
    cmsUrl,
  )
  const newsIndex = Math.max(1, Math.floor(loaded.generated.news / 2))
  const policyIndex = Math.max(1, Math.floor(loaded.generated.policies / 2))
  const guides = await (await fetch(`${cmsUrl}/api/guides?limit=1&depth=0&sort=title`)).json()
  const guideSlug = guides.docs?.[0]?.slug
  /** @type {Pages} */
  const pages = {
    home: '/',
    projectList: '/projects?sector=manufacturing&stage=signed',
    projectDetail: `/projects/bench-project-${projectIndex}`,
    news: `/news/bench-news-${newsIndex}`,
    policy: `/policies/bench-policy-${policyIndex}`,
    guide: guideSlug ? `/guides/${guideSlug}` : '/guides',
  }
  return { pages, projectIndex, newsIndex }
}

/**
 * The first render of every page (nothing cached yet): a page whose CMS calls take
 * longer than the portal's 5 s timeout answers 503 and cannot be load-tested.
 * Returns each page's status and time, and the load-tested pages that rendered.
 * @param {Pages} pages
 */
export async function renderFirst(pages) {
  /** @type {Record<string, { status: number, ms: number }>} */
  const firstRender = {}
  for (const [name, pagePath] of Object.entries(pages)) {
    const started = performance.now()
    const answer = await rawGet(`${PORTAL_URL}${pagePath}`).catch(() => ({ status: 0 }))
    const ms = performance.now() - started
    firstRender[name] = { status: answer.status, ms }
    console.log(`  ${name} ${pagePath}: ${answer.status} in ${fmt(ms, 0)} ms`)
    await settle()
  }
  const okPages = LOAD_PAGES.filter((name) => firstRender[name]?.status === 200)
  return { firstRender, okPages }
}

/**
 * 4a: each page served from the cache.
 * @param {Pages} pages
 * @param {readonly PageName[]} okPages
 */
export async function measureWarm(pages, okPages) {
  /** @type {Record<string, LoadResult>} */
  const warm = {}
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
  return warm
}

/**
 * 5: the same HTML from the minimal static server.
 * @param {Pages} pages
 * @param {readonly PageName[]} okPages
 */
export async function measureStatic(pages, okPages) {
  /** @type {Record<string, LoadResult>} */
  const staticRuns = {}
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
  const server = await startStatic(manifestFile)
  try {
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
    await stopProcess(server.child)
  }
  return staticRuns
}

/**
 * 4b: every request a cache miss, one at a time and under load.
 * @param {Pages} pages
 * @param {readonly PageName[]} okPages
 */
export async function measureMisses(pages, okPages) {
  /** @type {Record<string, LoadResult>} */
  const missLoaded = {}
  /** @type {Record<string, LoadResult>} */
  const missSerial = {}
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
    const serial = missSerial[name]
    if (!(serial && serial.p95 < 1500)) {
      console.log(`  ${name}: skipped under load, one miss alone takes over 1.5 s`)
      continue
    }
    missLoaded[name] = await measure(
      `${name} (${options.connections} connections)`,
      {
        url: `${PORTAL_URL}${pages[name]}`,
        connections: options.connections,
        duration: options.duration,
        headers: { ...COMPRESSED, authorization: 'Bearer bench-cache-bypass' },
      },
      GATE_REST_MS,
    )
    await sleep(GATE_REST_MS)
    await settle()
  }
  return { missLoaded, missSerial }
}

/**
 * 8: compressed bytes of every page that rendered, with its scripts and styles.
 * @param {Pages} pages
 * @param {Record<string, { status: number }>} firstRender
 */
export async function weighPages(pages, firstRender) {
  /** @type {Record<string, Awaited<ReturnType<typeof pageWeight>>>} */
  const weights = {}
  for (const [name, pagePath] of Object.entries(pages)) {
    if (firstRender[name]?.status !== 200) continue
    const w = await pageWeight(PORTAL_URL, pagePath)
    weights[name] = w
    console.log(
      `  ${name}: ${kb(w.totalBytes)} (HTML ${kb(w.htmlBytes)}, JS ${kb(w.jsBytes)} in ${w.jsFiles} files, CSS ${kb(w.cssBytes)})`,
    )
  }
  return weights
}
