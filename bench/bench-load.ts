// Loads the benchmark dataset into its own SQLite database through Payload's
// Local API: migrations, the demo content (users, parks, globals, guides), a
// pool of generated pictures, then the bulk documents, each created in Chinese
// and completed in English by `payload.create` / `payload.update` with all the
// collection hooks except the ones an import does not need (portal
// notifications, mails; the search index is written once per document).
// Writes its timings as JSON for bench/run.mjs.
//
// Payload writes SQLite from one thread, so the bulk is split over worker
// processes (default: one per CPU), each with its own Payload instance on the
// same database file. Run through the CMS's bundling runner (never tsx or
// `payload run`, see apps/cms/scripts/run.mjs):
//   node --conditions=production apps/cms/scripts/run.mjs ../../bench/bench-load.ts \
//     --out bench/results/load.json [--scale 1] [--workers 2] [--concurrency 2]
// with DATABASE_URI, MEDIA_DIR, NODE_ENV=production and the secrets set (bench/run.mjs does this).
import { fork } from 'node:child_process'
import { cpus } from 'node:os'
import { writeFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { getPayload, type Migration, type Payload } from 'payload'
import config from '@portal/cms/config'
import { migrations } from '@portal/cms/migrations'
import { seed } from '@portal/cms/seed'
import { demoImage } from '@portal/cms/seed/images'
import { seedParks } from '@portal/cms/seed/parks'
import { IMAGE_COLORS } from './lib/dataset'
import { loadShare, log, timed, type Plan, type WorkerStats } from './lib/load-share'
import { libsqlClient } from './lib/sql-trace'

interface Options {
  out: string
  scale: number
  workers: number
  concurrency: number
  images: number
  adminEmail: string
  adminPassword: string
  worker: number | null
  /** Skip the demo content (diagnostics only: the portal needs its globals). */
  demo: boolean
}

function parseArgs(argv: string[]): Options {
  const value = (name: string): string | undefined => {
    const at = argv.indexOf(`--${name}`)
    return at >= 0 ? argv[at + 1] : undefined
  }
  const worker = value('worker')
  const out = value('out') ?? ''
  if (!out && worker === undefined) throw new Error('--out <file.json> is required')
  return {
    out,
    scale: Number(value('scale') ?? '1'),
    workers: Math.max(1, Number(value('workers') ?? String(Math.min(4, cpus().length)))),
    concurrency: Math.max(1, Number(value('concurrency') ?? '2')),
    images: Number(value('images') ?? '24'),
    adminEmail: value('admin-email') ?? 'bench-admin@example.com',
    adminPassword: process.env.BENCH_ADMIN_PASSWORD ?? 'bench-admin-password',
    worker: worker === undefined ? null : Number(worker),
    demo: !argv.includes('--no-demo'),
  }
}

/**
 * Per connection and only while loading: no fsync per statement (Payload's
 * SQLite adapter runs without transactions, so every INSERT is its own commit),
 * and wait for the other loader processes' locks instead of failing. The
 * journal mode stays what the CMS's adapter configures.
 */
async function fastConnection(payload: Payload): Promise<void> {
  const client = libsqlClient(payload.db)
  await client.execute('PRAGMA busy_timeout = 60000')
  await client.execute('PRAGMA synchronous = OFF')
}

/**
 * Payload reads a document's translations with `where _parent_id = ?` on each
 * `*_locales` table. Before the `read_indexes` migration their only index was
 * UNIQUE (_locale, _parent_id), which SQLite cannot use for that lookup, so
 * every write got slower as the table grew (quadratic load time). On such a
 * schema (an older checkout, for a "before" figure) the loader adds a plain
 * index on `_parent_id` while it loads and drops it afterwards, so the
 * measured database keeps exactly the schema of the migrations; on the current
 * schema the migration's own index is there and nothing is added.
 */
async function addLoadIndexes(payload: Payload): Promise<string[]> {
  const client = libsqlClient(payload.db)
  const tables = (await client.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_locales' ESCAPE '\\'",
  )) as { rows: { name: string }[] }
  const existing = (await client.execute(
    "SELECT name FROM sqlite_master WHERE type = 'index'",
  )) as { rows: { name: string }[] }
  const indexes = new Set(existing.rows.map((row) => row.name))
  const names: string[] = []
  for (const { name } of tables.rows) {
    if (indexes.has(`${name}_parent_id_idx`)) continue
    const index = `bench_load_${name}_parent`
    await client.execute(`CREATE INDEX IF NOT EXISTS "${index}" ON "${name}" ("_parent_id")`)
    names.push(index)
  }
  log(`${names.length} temporary _parent_id indexes for the load`)
  return names
}

async function dropLoadIndexes(payload: Payload, names: string[]): Promise<void> {
  const client = libsqlClient(payload.db)
  for (const name of names) await client.execute(`DROP INDEX IF EXISTS "${name}"`)
}

async function ensureAdmin(payload: Payload, email: string, password: string): Promise<void> {
  const found = await payload.find({
    collection: 'users',
    where: { email: { equals: email } },
    limit: 1,
    depth: 0,
  })
  if (found.docs[0]) return
  await payload.create({
    collection: 'users',
    data: { email, password, name: 'Benchmark admin', roles: ['admin'] },
    context: { seeding: true },
  })
}

/** A worker process: opens Payload, waits for the plan, loads its share, reports. */
async function runWorker(options: Options): Promise<void> {
  const worker = options.worker ?? 0
  // The parent going away (failure, Ctrl+C) ends the worker too.
  process.on('disconnect', () => process.exit(1))
  const plan = new Promise<Plan>((resolve) => {
    process.on('message', (message: { type?: string; plan?: Plan }) => {
      if (message.type === 'plan' && message.plan) resolve(message.plan)
    })
  })
  const payload = await getPayload({ config })
  try {
    await fastConnection(payload)
    process.send?.({ type: 'ready' })
    const stats = await loadShare(payload, await plan, worker)
    await new Promise<void>((resolve) => process.send?.({ type: 'done', stats }, () => resolve()))
  } finally {
    await payload.destroy()
  }
}

interface Child {
  ready: Promise<void>
  done: Promise<WorkerStats>
  send: (plan: Plan) => void
  kill: () => void
}

function startWorker(worker: number): Child {
  const script = process.argv[1]
  if (!script) throw new Error('cannot find the bundled loader to fork')
  const child = fork(script, ['--worker', String(worker)], {
    execArgv: ['--conditions=production', '--expose-gc'],
    stdio: 'inherit',
  })
  let onReady: () => void = () => undefined
  let onEarlyExit: (error: Error) => void = () => undefined
  const ready = new Promise<void>((resolve, reject) => {
    onReady = resolve
    onEarlyExit = reject
  })
  const done = new Promise<WorkerStats>((resolve, reject) => {
    child.on('message', (message: { type?: string; stats?: WorkerStats }) => {
      if (message.type === 'ready') onReady()
      if (message.type === 'done' && message.stats) resolve(message.stats)
    })
    child.on('exit', (code) => {
      const error = new Error(`loader worker ${worker} exited with ${code}`)
      onEarlyExit(error)
      reject(error)
    })
  })
  // Rejections are handled where these are awaited; keep Node from reporting them early.
  ready.catch(() => undefined)
  done.catch(() => undefined)
  return {
    ready,
    done,
    send: (plan) => child.send({ type: 'plan', plan }),
    kill: () => {
      if (child.exitCode === null) child.kill('SIGTERM')
    },
  }
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2))
  if (options.worker !== null) return runWorker(options)

  const sizes = {
    projects: Math.round(10_000 * options.scale),
    policies: Math.round(2_000 * options.scale),
    news: Math.round(5_000 * options.scale),
  }
  const phases: Record<string, number> = {}
  const started = performance.now()
  const children: Child[] = []

  const payload = await timed(phases, 'init', () => getPayload({ config }))
  try {
    await timed(phases, 'migrations', () =>
      payload.db.migrate({ migrations: migrations as unknown as Migration[] }),
    )
    await fastConnection(payload)
    const helperIndexes = await addLoadIndexes(payload)
    if (options.demo) await timed(phases, 'demoSeed', () => seed(payload))
    await ensureAdmin(payload, options.adminEmail, options.adminPassword)
    const images = await timed(phases, 'imagePool', async () => {
      const ids: number[] = []
      for (let i = 0; i < options.images; i++) {
        const data = await demoImage(IMAGE_COLORS[i % IMAGE_COLORS.length]!, 5000 + i, 1200, 750)
        const created = await payload.create({
          collection: 'media',
          locale: 'zh',
          depth: 0,
          data: { alt: `基准测试配图${i + 1}` },
          file: { name: `bench-${i + 1}.jpg`, data, mimetype: 'image/jpeg', size: data.length },
          context: { seeding: true },
        })
        await payload.update({
          collection: 'media',
          id: created.id,
          locale: 'en',
          depth: 0,
          data: { alt: `Benchmark picture ${i + 1}` },
          context: { seeding: true },
        })
        ids.push(created.id as number)
      }
      return ids
    })
    const parks = await payload.find({ collection: 'parks', limit: 100, depth: 0 })
    const plan: Plan = {
      sizes,
      workers: options.workers,
      concurrency: options.concurrency,
      images,
      parks: seedParks.flatMap((park) => {
        const found = parks.docs.find((doc) => doc.slug === park.slug)
        return found ? [[park.match, found.id as number] as [string, number]] : []
      }),
    }

    // The other workers open Payload now that this process is idle: opening runs the
    // migrations check, which must not meet another process's write lock.
    for (let worker = 1; worker < options.workers; worker++) children.push(startWorker(worker))
    await Promise.all(children.map((child) => child.ready))
    const bulkStarted = performance.now()
    for (const child of children) child.send(plan)
    const stats = await Promise.all([
      loadShare(payload, plan, 0),
      ...children.map((child) => child.done),
    ])
    const bulkMs = performance.now() - bulkStarted
    const bulkDocs = sizes.projects + sizes.policies + sizes.news

    await dropLoadIndexes(payload, helperIndexes)

    const count = async (
      collection: 'projects' | 'policies' | 'news' | 'guides' | 'search' | 'media',
    ) => (await payload.count({ collection })).totalDocs
    const totals = {
      projects: await count('projects'),
      policies: await count('policies'),
      news: await count('news'),
      guides: await count('guides'),
      media: await count('media'),
      search: await count('search'),
    }
    /** A collection's wall time: the slowest worker's. */
    const slowest = (name: string) => Math.max(...stats.map((s) => s.phasesMs[name] ?? 0))
    const result = {
      scale: options.scale,
      workers: options.workers,
      concurrency: options.concurrency,
      generated: sizes,
      imagePool: images.length,
      totals,
      phasesMs: {
        ...phases,
        projects: slowest('projects'),
        policies: slowest('policies'),
        news: slowest('news'),
      },
      workerStats: stats,
      bulkDocs,
      bulkMs: Math.round(bulkMs),
      bulkDocsPerSecond: Math.round((bulkDocs / bulkMs) * 1000 * 10) / 10,
      totalMs: Math.round(performance.now() - started),
      adminEmail: options.adminEmail,
    }
    writeFileSync(options.out, `${JSON.stringify(result, null, 2)}\n`)
    log(
      `${bulkDocs} documents in ${(bulkMs / 1000).toFixed(1)} s (${result.bulkDocsPerSecond} docs/s); total ${(result.totalMs / 1000).toFixed(0)} s`,
    )
  } finally {
    for (const child of children) child.kill()
    await payload.destroy()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
