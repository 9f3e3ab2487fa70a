// Before measuring: the builds, the dataset, and the optional index experiment.
import {
  copyFileSync,
  cpSync,
  existsSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { createClient } from '@libsql/client'
import {
  ADMIN_EMAIL,
  benchDir,
  cmsEnv,
  dbFile,
  mediaDir,
  options,
  resultsDir,
  root,
  secrets,
  webDist,
} from '../config.mjs'
import { runToEnd } from '../processes.mjs'

/** @typedef {<T>(name: string, run: () => Promise<T>) => Promise<T>} Step */

/** The list indexes tried with `--with-indexes all` (see bench-profile.ts for their effect). */
const LIST_INDEXES = [
  'CREATE INDEX IF NOT EXISTS "projects_status_sector_stage_updated_idx" ON "projects" ("_status", "sector", "stage", "updated_at")',
  'CREATE INDEX IF NOT EXISTS "projects_status_updated_idx" ON "projects" ("_status", "updated_at")',
  'CREATE INDEX IF NOT EXISTS "news_status_published_idx" ON "news" ("_status", "published_at")',
  'CREATE INDEX IF NOT EXISTS "policies_status_issued_idx" ON "policies" ("_status", "issued_at")',
]

/** Builds the apps (unless `--skip-build`) and copies the portal's build for this run. */
export async function build(/** @type {Step} */ step) {
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
}

/**
 * Loads the dataset through Payload's Local API (bench-load.ts), or reuses the
 * last run's with `--reuse-db`; returns what the loader reported.
 * @param {Step} step
 */
export async function loadDataset(step) {
  const loadFile = path.join(resultsDir, 'load.json')
  // The bench admin's password lives beside the throw-away database, for --reuse-db.
  const adminFile = path.join(resultsDir, '.bench-admin-password')
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
          path.join(benchDir, 'bench-load.ts'),
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
      writeFileSync(adminFile, secrets.adminPassword, { mode: 0o600 })
    })
  } else {
    console.log('\n== 2. dataset: reusing bench/results/bench.db (--reuse-db)')
  }
  if (existsSync(adminFile) && options.reuseDb) {
    secrets.adminPassword = readFileSync(adminFile, 'utf8').trim()
  }
  return JSON.parse(readFileSync(loadFile, 'utf8'))
}

/** Bytes of the benchmark database and its write-ahead log. */
export function databaseBytes() {
  return ['', '-wal'].reduce(
    (sum, suffix) =>
      sum + (existsSync(`${dbFile}${suffix}`) ? statSync(`${dbFile}${suffix}`).size : 0),
    0,
  )
}

/**
 * Experiment: the same data with the recommended indexes, on a copy that the
 * servers then use; returns the statements it ran.
 * @param {Step} step
 * @param {'all' | 'locales'} which
 */
export async function addIndexes(step, which) {
  const servedDb = path.join(resultsDir, 'bench-indexed.db')
  /** @type {string[]} */
  let statements = []
  await step(`experiment: copy the database and add indexes (${which})`, async () => {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${servedDb}${suffix}`, { force: true })
    copyFileSync(dbFile, servedDb)
    if (existsSync(`${dbFile}-wal`)) copyFileSync(`${dbFile}-wal`, `${servedDb}-wal`)
    const client = createClient({ url: `file:${servedDb}` })
    try {
      const tables = await client.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_locales' ESCAPE '\\'",
      )
      statements = tables.rows.map(
        (row) =>
          `CREATE INDEX IF NOT EXISTS "${row.name}_parent_id_idx" ON "${row.name}" ("_parent_id")`,
      )
      if (which === 'all') statements.push(...LIST_INDEXES)
      for (const sql of statements) await client.execute(sql)
    } finally {
      client.close()
    }
  })
  cmsEnv.DATABASE_URI = `file:${servedDb}`
  return statements
}
