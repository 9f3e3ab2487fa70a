// `npm run bench`: builds the apps, loads a large bilingual dataset into its own
// SQLite database, starts the CMS and the portal on it, measures them and
// writes a markdown report to bench/results/report-<date>.md (and prints it).
// Plain Node (it runs before anything is built), with tsx for the field lists
// it shares with the portal (@portal/shared, TypeScript); the parts that use
// Payload are TypeScript run through apps/cms/scripts/run.mjs. Steps 11 and 12
// check conditions: when one fails the run prints a FAIL line and exits with 1.
//
// Options:
//   --scale <n>          dataset size as a share of 10,000 projects / 2,000 policies / 5,000 news (default 1)
//   --duration <s>       seconds per load test (default 10), after a warm-up of a third of that
//   --connections <n>    connections for the portal and static runs (default 50)
//   --workers <n>        loader processes (default: one per CPU, at most 4)
//   --skip-build         use the existing builds
//   --reuse-db           keep bench/results/bench.db from an earlier run (skips the load)
//   --no-profile         skip the profiling step
//   --no-nginx           skip the run through nginx (deploy/nginx/portal.conf), which
//                        happens by default when nginx is installed
//   --only <steps>       run only these step groups (comma-separated): portal (steps 3–10
//                        and the profiles), outage (step 11), scale-out (step 12); default all
//   --no-outage          skip step 11, the CMS stopped under 200 connections for 6 × --duration
//   --no-scale-out       skip step 12, cache misses through one and two CMS processes
//                        (it needs nginx, as their load balancer)
//   --baseline <file>    an earlier results-*.json: the report shows its figures as "before"
//   --report <file>      only write the report of an earlier results-*.json again
//   --with-indexes [all] measure a copy of the database with the recommended indexes added
//                        (`_parent_id` on every *_locales table; `all`: also the list indexes),
//                        to put a figure on the fix before anyone writes the migration
import { register } from 'tsx/esm/api'

// Only this process loads TypeScript through tsx: the servers it starts and
// measures run as they do in production.
register()
const { option } = await import('./lib/config.mjs')
const { main, reportOnly } = await import('./lib/main.mjs')
const { stopAll, stopOnExit } = await import('./lib/processes.mjs')

stopOnExit()
const reportFrom = option('report')
try {
  await (reportFrom ? reportOnly(reportFrom) : main())
} catch (error) {
  console.error(`\nbench failed: ${error instanceof Error ? error.stack : String(error)}`)
  process.exitCode = 1
} finally {
  await stopAll()
}
