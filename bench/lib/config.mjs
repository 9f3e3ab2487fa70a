// What one benchmark run works with: its options, folders, ports and secrets.
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const root = path.dirname(benchDir)
export const resultsDir = path.join(benchDir, 'results')
export const logsDir = path.join(resultsDir, 'logs')
export const dbFile = path.join(resultsDir, 'bench.db')
export const mediaDir = path.join(resultsDir, 'media')
/**
 * The portal runs from a copy of its build: another build of the repository
 * during the run (turbo empties apps/web/dist first) must not pull the files
 * from under the portals this run starts. Its packages resolve from the root
 * node_modules, as from apps/web.
 */
export const webDist = path.join(resultsDir, 'web', 'dist')

/** The value after `--name`, if given. */
export function option(/** @type {string} */ name) {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 ? process.argv[at + 1] : undefined
}
const flag = (/** @type {string} */ name) => process.argv.includes(`--${name}`)

/**
 * The groups of measuring steps `--only` chooses from: `portal` is steps 3–10
 * and the profiles, `outage` step 11, `scale-out` step 12. The build and the
 * dataset always come first.
 */
export const STEP_GROUPS = /** @type {const} */ (['portal', 'outage', 'scale-out'])
/** @typedef {typeof STEP_GROUPS[number]} StepGroup */

/** The step groups this run measures: `--only a,b`, less `--no-outage` and `--no-scale-out`. */
function chosenSteps() {
  const only = option('only')
  const names = only ? only.split(',').map((name) => name.trim()) : [...STEP_GROUPS]
  const unknown = names.filter(
    (name) => !(/** @type {readonly string[]} */ (STEP_GROUPS).includes(name)),
  )
  if (unknown.length > 0) {
    console.error(
      `bench: --only takes ${STEP_GROUPS.join(', ')} (comma-separated), not ${unknown.join(', ')}`,
    )
    process.exit(2)
  }
  const steps = new Set(/** @type {StepGroup[]} */ (names))
  if (flag('no-outage')) steps.delete('outage')
  if (flag('no-scale-out')) steps.delete('scale-out')
  return steps
}

export const options = {
  scale: Number(option('scale') ?? '1'),
  duration: Number(option('duration') ?? '10'),
  connections: Number(option('connections') ?? '50'),
  workers: option('workers'),
  skipBuild: flag('skip-build'),
  reuseDb: flag('reuse-db'),
  profile: !flag('no-profile'),
  /** nginx in front of the portal (deploy/nginx/portal.conf), when nginx is installed. */
  nginx: !flag('no-nginx'),
  baseline: option('baseline'),
  /** The step groups to run (see STEP_GROUPS). */
  steps: chosenSteps(),
  /** Measure a copy of the database with candidate indexes (an experiment, not the app's schema). */
  withIndexes: /** @type {'all' | 'locales' | null} */ (
    flag('with-indexes') ? (option('with-indexes') === 'all' ? 'all' : 'locales') : null
  ),
}
if (!(options.scale > 0) || !(options.duration > 0) || !(options.connections > 0)) {
  console.error('bench: --scale, --duration and --connections take positive numbers')
  process.exit(2)
}

export const PORTS = {
  cms: 3710,
  portal: 4710,
  missPortal: 4711,
  static: 4712,
  profiledPortal: 4713,
  nginx: 4714,
  nginxHttp: 4715,
  nginxStatic: 4716,
  /** Step 11: a CMS and a portal of its own, the CMS stopped and started again. */
  outageCms: 3711,
  outagePortal: 4717,
  /** Step 12: two CMS processes on the same database, behind nginx (one port for one, one for both). */
  scaleCmsA: 3712,
  scaleCmsB: 3713,
  balancerOne: 3714,
  balancerPair: 3715,
  scalePortalOne: 4718,
  scalePortalPair: 4719,
}
export const CMS_URL = `http://127.0.0.1:${PORTS.cms}`
export const PORTAL_URL = `http://127.0.0.1:${PORTS.portal}`
export const MISS_PORTAL_URL = `http://127.0.0.1:${PORTS.missPortal}`
export const STATIC_URL = `http://127.0.0.1:${PORTS.static}`
export const PROFILED_PORTAL_URL = `http://127.0.0.1:${PORTS.profiledPortal}`

/** Fresh secrets for every run: the benchmark database is thrown away. */
const secret = () => randomBytes(32).toString('hex')
export const secrets = {
  payload: secret(),
  portalApiKey: secret(),
  portalSecret: secret(),
  hook: secret(),
  adminPassword: secret(),
}
export const ADMIN_EMAIL = 'bench-admin@example.com'

/** Environment of the CMS side (loader, profiler, server) on the benchmark database. */
export const cmsEnv = {
  NODE_ENV: 'production',
  DATABASE_URI: `file:${dbFile}`,
  MEDIA_DIR: mediaDir,
  MAIL_DIR: path.join(resultsDir, 'mail'),
  PAYLOAD_SECRET: secrets.payload,
  PORTAL_API_KEY: secrets.portalApiKey,
  PORTAL_HOOK_SECRET: secrets.hook,
  BENCH_ADMIN_PASSWORD: secrets.adminPassword,
}
