// The markdown report of a run: what was measured, against the targets, with
// an earlier run's figures as "before" when given.
import { fmt, kb, pass } from '../format.mjs'
import { sqlProfile, missProfile } from './profile.mjs'
import { proxy } from './proxy.mjs'
import { outage, scaleOut } from './resilience.mjs'
import { bytes, cmsRest, memory, publish, throughput } from './tables.mjs'
import { reportWriter } from './writer.mjs'

/**
 * The report of the results `r`, with `before` (an earlier run's results, or null) as "before".
 * @param {any} r
 * @param {any} before
 * @param {string} resultsFile where the results are, for the reader
 */
export function report(r, before, resultsFile) {
  const w = reportWriter(r, before)
  const { add } = w
  intro(w, r)
  dataset(w, r)
  // Steps 3–10 and the profiles, unless `--only` left them out.
  if (r.warm) {
    for (const write of [
      targets,
      firstRender,
      throughput,
      cmsRest,
      publish,
      proxy,
      bytes,
      memory,
      missProfile,
      sqlProfile,
    ]) {
      write(w, r)
    }
  } else {
    add(`Steps 3–10 not run (\`--only ${r.options.steps?.join(',')}\`).`)
    add()
  }
  outage(w, r)
  scaleOut(w, r)
  add('## Before figures')
  add()
  add(
    `Every figure of this run is in \`${resultsFile}\`. After a change, \`npm run bench -- --baseline ${resultsFile}\` prints them as "before" beside the new ones.`,
  )
  add()
  return w.lines.join('\n')
}

/**
 * Title, the experiment notice, the machine and the time each step took.
 * @param {import('./writer.mjs').Writer} w
 * @param {any} r
 */
export function intro(w, r) {
  const { add } = w
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
}

/**
 * The dataset and how long it took to load.
 * @param {import('./writer.mjs').Writer} w
 * @param {any} r
 */
export function dataset(w, r) {
  const { add, was } = w
  const d = r.dataset
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
}

/**
 * Every target with its figure and verdict.
 * @param {import('./writer.mjs').Writer} w
 * @param {any} r
 */
export function targets(w, r) {
  const { add, was, ms, notRendered } = w
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
  // The render gate: misses beyond what the CMS can take are refused with a 503, never left hanging.
  const missRuns = /** @type {import('../measure.mjs').LoadResult[]} */ (
    Object.values(r.missLoaded)
  )
  const missSum = (/** @type {(x: import('../measure.mjs').LoadResult) => number} */ pick) =>
    missRuns.reduce((sum, x) => sum + pick(x), 0)
  add(
    `| cache misses at ${r.options.connections} connections: connection errors and timeouts (render gate) | ${missRuns.length ? `${missSum((x) => x.errors)} in ${missSum((x) => x.requests)} requests (${missSum((x) => x.non2xx)} answered non-2xx)` : 'not measured'} | 0 | ${missRuns.length ? pass(missSum((x) => x.errors) === 0) : '—'} |`,
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
}

/**
 * The first render of each page, before anything was cached.
 * @param {import('./writer.mjs').Writer} w
 * @param {any} r
 */
export function firstRender(w, r) {
  const { add, ms } = w
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
}
