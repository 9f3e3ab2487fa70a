// One benchmark run, step by step (see bench/run.mjs for the options), and
// `--report`, which writes the report of an earlier run again.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { PORTS, logsDir, options, resultsDir, root } from './config.mjs'
import { memorySampler, nextServerPid } from './procfs.mjs'
import { stopAll } from './processes.mjs'
import { report } from './report/index.mjs'
import { portIsFree } from './servers.mjs'
import { cmsUrlsFor, measureCms, publishToLive } from './steps/cms.mjs'
import {
  measureMisses,
  measureStatic,
  measureWarm,
  pagesOf,
  renderFirst,
  startServers,
  weighPages,
} from './steps/portal.mjs'
import { addIndexes, build, databaseBytes, loadDataset } from './steps/prepare.mjs'
import { measureProxy, proxySkipped } from './steps/proxy.mjs'
import { compressionCost, profileMisses, profileSql } from './steps/profile.mjs'
import { OUTAGE_CONNECTIONS, measureOutage } from './steps/outage.mjs'
import { measureScaleOut, scaleOutSkipped } from './steps/scale-out.mjs'

/** Runs `run` as a named step: announced, timed into `stepMs`. */
function stepper() {
  /** @type {Record<string, number>} */
  const stepMs = {}
  /** @type {import('./steps/prepare.mjs').Step} */
  const step = async (name, run) => {
    console.log(`\n== ${name}`)
    const started = performance.now()
    try {
      return await run()
    } finally {
      stepMs[name] = performance.now() - started
      console.log(`   (${((performance.now() - started) / 1000).toFixed(0)} s)`)
    }
  }
  return { step, stepMs }
}

/** The machine the run measures on, for the report. */
function machineInfo() {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cpus: os.cpus().length,
    ramGb: os.totalmem() / 1024 ** 3,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    loadavgAtStart: os.loadavg(),
  }
}

/**
 * Steps 3–10 and the profiles: the CMS and the portals of the run started,
 * measured, and stopped again. Returns their part of the results.
 * @param {import('./steps/prepare.mjs').Step} step
 * @param {any} loaded
 */
async function measurePortal(step, loaded) {
  const servers = await step('3. start the CMS and the portals', startServers)
  const memory = memorySampler(/** @type {number} */ (servers.portal.child.pid))
  const cmsPid = nextServerPid(/** @type {number} */ (servers.cms.child.pid))
  const cmsMemory = cmsPid ? memorySampler(cmsPid) : null

  const { pages, projectIndex, newsIndex } = await pagesOf(loaded)
  const { firstRender, okPages } = await step('first render of each page', () => renderFirst(pages))
  const warm = await step(`4a. portal, cache warm (${options.connections} connections)`, () =>
    measureWarm(pages, okPages),
  )
  const staticRuns = await step(
    `5. static file server, same pages (${options.connections} connections)`,
    () => measureStatic(pages, okPages),
  )
  const { missLoaded, missSerial } = await step('4b. portal, every request a cache miss', () =>
    measureMisses(pages, okPages),
  )
  const cmsUrls = await cmsUrlsFor(projectIndex)
  const { cmsRuns, cmsConnections } = await step('6. CMS REST (10 connections)', () =>
    measureCms(cmsUrls),
  )
  const publish = await step('7. publish-to-live (20 edits)', () => publishToLive(projectIndex))
  const weights = await step('8. bytes per page type', () => weighPages(pages, firstRender))
  const proxySkip = proxySkipped()
  const proxy = proxySkip
    ? { skipped: proxySkip }
    : await step('10. nginx in front: micro-cache vs static files, publish-to-live', () =>
        measureProxy(pages, okPages, projectIndex),
      )

  // 9. Memory
  const portalMemory = memory.stop()
  const cmsServerMemory = cmsMemory?.stop() ?? null

  const profile = options.profile
    ? await step('profile: where a cache miss spends its time', () =>
        profileMisses(pages, okPages, cmsUrls.detail),
      )
    : null
  await step('stop the servers', stopAll)
  const sqlProfile = options.profile
    ? await step('profile: SQL statements, query plans, candidate indexes', () =>
        profileSql({ projectIndex, newsIndex }),
      )
    : null
  return {
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
    proxy,
    weights,
    portalMemory,
    cmsServerMemory,
    profile,
    sqlProfile,
    compressMs: compressionCost(okPages),
  }
}

/** Builds, loads, starts, measures, profiles, stops, and writes the results and the report. */
export async function main() {
  const runStarted = performance.now()
  const startedAt = new Date()
  const { step, stepMs } = stepper()
  mkdirSync(resultsDir, { recursive: true })
  rmSync(logsDir, { recursive: true, force: true })
  mkdirSync(logsDir, { recursive: true })
  for (const [name, port] of Object.entries(PORTS)) {
    if (!(await portIsFree(port))) throw new Error(`port ${port} (${name}) is in use`)
  }
  const machine = machineInfo()

  await build(step)
  const loaded = await loadDataset(step)
  const dbBytes = databaseBytes()
  const experimentSql = options.withIndexes ? await addIndexes(step, options.withIndexes) : []

  const portal = options.steps.has('portal') ? await measurePortal(step, loaded) : null
  const outage = options.steps.has('outage')
    ? await step(
        `11. outage under load (${OUTAGE_CONNECTIONS} connections, the CMS stopped and started again)`,
        () => measureOutage(loaded),
      )
    : { skipped: 'not chosen (--only / --no-outage)' }
  const scaleSkip = options.steps.has('scale-out')
    ? scaleOutSkipped()
    : 'not chosen (--only / --no-scale-out)'
  const scaleOut = scaleSkip
    ? { skipped: scaleSkip }
    : await step(
        `12. cache misses through one and two CMS processes (${options.connections} connections)`,
        () => measureScaleOut(loaded),
      )

  const totalMs = performance.now() - runStarted
  const results = {
    date: startedAt.toISOString(),
    options: { ...options, baseline: undefined, steps: [...options.steps] },
    experimentSql,
    machine: { ...machine, loadavgAtEnd: os.loadavg() },
    dataset: { ...loaded, dbBytes },
    ...portal,
    outage,
    scaleOut,
    stepMs,
    totalMs,
  }
  const stamp = startedAt.toISOString().slice(0, 16).replace(':', '')
  const resultsFile = path.join(resultsDir, `results-${stamp}.json`)
  writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`)
  writeReport(results, path.join(resultsDir, `report-${stamp}.md`), resultsFile)
  failOnChecks(results)
}

/**
 * Steps 11 and 12 check conditions, not only figures: each failed one is
 * printed as a FAIL line and the run ends with exit code 1 (after the report
 * is written, so the figures are kept).
 * @param {{ outage: any, scaleOut: any }} results
 */
function failOnChecks(results) {
  const failed = [results.outage, results.scaleOut]
    .flatMap((part) => part?.checks ?? [])
    .filter((check) => !check.ok)
  for (const check of failed) console.error(`bench: FAIL ${check.name}: ${check.detail}`)
  if (failed.length > 0) process.exitCode = 1
}

/**
 * Writes the markdown report of `results` (with `--baseline` as "before") and prints it.
 * @param {unknown} results
 * @param {string} reportFile
 * @param {string} resultsFile
 */
function writeReport(results, reportFile, resultsFile) {
  const baseline = options.baseline ? JSON.parse(readFileSync(options.baseline, 'utf8')) : null
  const markdown = report(results, baseline, path.relative(root, resultsFile))
  writeFileSync(reportFile, markdown)
  console.log(`\n${markdown}`)
  console.log(`bench: report written to ${path.relative(root, reportFile)}`)
}

/** `--report <results.json>`: writes the markdown report of an earlier run again (no measuring). */
export async function reportOnly(/** @type {string} */ file) {
  const results = JSON.parse(readFileSync(file, 'utf8'))
  const resultsFile = path.resolve(file)
  writeReport(results, resultsFile.replace(/results-([^/]+)\.json$/, 'report-$1.md'), resultsFile)
}
