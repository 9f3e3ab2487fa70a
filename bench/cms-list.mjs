// `npm run bench:cms-list`: the CMS's filtered project list, the read behind a
// cache miss of the portal's project list, at 10 connections: as the portal
// asks for it, then with each read option Payload offers (depth 0, no count,
// the count alone, every field), over REST; then the same reads through the
// Local API in one process, 10 at a time, with and without access rules: the
// floor of a custom read-only endpoint, which would still pay for HTTP; and
// last such an endpoint itself, the list read on the Local API behind plain
// `node:http` (bench-cms-list.ts --serve), over HTTP at 10 connections.
// Prints a table per part.
//
// Options (as `npm run bench`): --scale (default 1: 10,000 projects),
// --duration (default 10 s per run), --skip-build, --reuse-db.
import { register } from 'tsx/esm/api'

register()
const { CMS_URL, benchDir, cmsEnv, options, root } = await import('./lib/config.mjs')
const { measure } = await import('./lib/measure.mjs')
const { runToEnd, stopAll, stopOnExit } = await import('./lib/processes.mjs')
const { startCms } = await import('./lib/servers.mjs')
const { launch } = await import('./lib/processes.mjs')
const { waitForUrl } = await import('@portal/process')
const { build, loadDataset } = await import('./lib/steps/prepare.mjs')
const { PORTAL_LIST_SELECT } = await import('./lib/queries.mjs')
const path = await import('node:path')
const { readFileSync } = await import('node:fs')

stopOnExit()

/** @type {import('./lib/steps/prepare.mjs').Step} */
const step = async (name, run) => {
  console.log(`\n== ${name}`)
  return run()
}

const filter = 'where[sector][equals]=manufacturing&where[stage][equals]=signed'
const list = `${CMS_URL}/api/projects?${filter}&sort=-updatedAt&limit=12&page=3&locale=all`

/**
 * The REST reads measured: the portal's first, then one option changed at a time.
 * @type {[string, string][]}
 */
const variants = [
  [
    'as the portal asks: select, populate, depth 1, counted',
    `${list}&depth=1&${PORTAL_LIST_SELECT}`,
  ],
  ['depth 0 (images as ids)', `${list}&depth=0&${PORTAL_LIST_SELECT}`],
  ['pagination=false (no count)', `${list}&depth=1&pagination=false&${PORTAL_LIST_SELECT}`],
  ['the count alone (/count)', `${CMS_URL}/api/projects/count?${filter}`],
  ['every field, depth 1, counted', `${list}&depth=1`],
  // A custom endpoint on the Local API pays at least this: the HTTP handling of one.
  ['a custom endpoint: /api/health (one count)', `${CMS_URL}/api/health`],
]

/** The ids a list answers with, to show a variant reads the same documents. */
async function idsOf(/** @type {string} */ url) {
  const body = await (await fetch(url)).json()
  return (body.docs ?? []).map((/** @type {{ id: number }} */ doc) => doc.id).join(',')
}

try {
  await build(step)
  await loadDataset(step)
  await step('start the CMS', startCms)
  const expected = await idsOf(/** @type {string} */ (variants[0]?.[1]))
  /** @type {[string, import('./lib/measure.mjs').LoadResult, string][]} */
  const rows = []
  await step(`REST, 10 connections, ${options.duration} s each`, async () => {
    for (const [name, url] of variants) {
      const ids = /\/count\?|\/health$/.test(url) ? 'count' : await idsOf(url)
      const same = ids === 'count' ? '(count)' : ids === expected ? 'same 12' : 'OTHER DOCUMENTS'
      rows.push([
        name,
        await measure(name, { url, connections: 10, duration: options.duration }),
        same,
      ])
    }
  })
  await stopAll()

  const localOut = path.join(benchDir, 'results', 'cms-list-local.json')
  await step('Local API in one process, 10 at a time', () =>
    runToEnd(
      'cms-list-local',
      'node',
      [
        '--conditions=production',
        'scripts/run.mjs',
        path.join(benchDir, 'bench-cms-list.ts'),
        '--out',
        localOut,
        '--seconds',
        String(options.duration),
      ],
      {
        cwd: path.join(root, 'apps/cms'),
        env: { ...cmsEnv, PAYLOAD_DISABLE_JOBS: '1', PAYLOAD_DISABLE_PORTAL_NOTIFY: '1' },
        echo: true,
      },
    ),
  )
  /** @type {{ name: string, calls: number, perSecond: number, p50: number, p95: number }[]} */
  const local = JSON.parse(readFileSync(localOut, 'utf8'))

  await step('a read-only endpoint on the Local API (node:http), 10 connections', async () => {
    const port = new URL(CMS_URL).port
    const endpoint = launch(
      'cms-list-endpoint',
      'node',
      [
        '--conditions=production',
        'scripts/run.mjs',
        path.join(benchDir, 'bench-cms-list.ts'),
        '--serve',
        port,
      ],
      {
        cwd: path.join(root, 'apps/cms'),
        env: { ...cmsEnv, PAYLOAD_DISABLE_JOBS: '1', PAYLOAD_DISABLE_PORTAL_NOTIFY: '1' },
      },
    )
    const base = `http://127.0.0.1:${port}`
    await waitForUrl(`${base}/health`, { timeoutMs: 180_000, process: endpoint, intervalMs: 300 })
    const url = `${base}/cards?sector=manufacturing&stage=signed&page=3`
    const ids = await idsOf(url)
    const name = 'a read-only endpoint: Local API behind node:http'
    rows.push([
      name,
      await measure(name, { url, connections: 10, duration: options.duration }),
      ids === expected ? 'same 12' : 'OTHER DOCUMENTS',
    ])
  })
  await stopAll()

  console.log(`\nCMS filtered project list (${options.scale * 10_000} projects), 10 at a time`)
  console.log('\n| REST read | req/s | p50 ms | p95 ms | errors | documents |')
  console.log('| --- | --- | --- | --- | --- | --- |')
  for (const [name, r, same] of rows) {
    console.log(
      `| ${name} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} | ${r.errors + r.non2xx} | ${same} |`,
    )
  }
  console.log('\n| Local API read | calls/s | p50 ms | p95 ms |')
  console.log('| --- | --- | --- | --- |')
  for (const r of local) {
    console.log(
      `| ${r.name} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(0)} | ${r.p95.toFixed(0)} |`,
    )
  }
} catch (error) {
  console.error(`\nbench:cms-list failed: ${error instanceof Error ? error.stack : String(error)}`)
  process.exitCode = 1
} finally {
  await stopAll()
}
