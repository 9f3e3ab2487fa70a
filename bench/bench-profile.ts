// Where a cache miss spends its time in the CMS: runs the reads the portal's
// pages make (the same queries as apps/web/src/lib/cms.ts, as the public reads
// them: overrideAccess false, no user, locale all) through Payload's Local API
// on the benchmark database, times every SQL statement they send, asks SQLite
// for each statement's query plan, then re-times the statements on copies of
// the database with candidate indexes, to put a figure on each fix.
//
// Run through the CMS's bundling runner after the servers have stopped:
//   node --conditions=production apps/cms/scripts/run.mjs ../../bench/bench-profile.ts --out <file.json>
// with the same environment as the loader (DATABASE_URI pointing at the benchmark database).
import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { createClient, type Client, type InValue } from '@libsql/client'
import { getPayload, type Payload } from 'payload'
import { calls, type Call } from './lib/profile-calls'
import { traceSql, type SqlTrace } from './lib/sql-trace'

const RUNS = 9

interface Statement {
  sql: string
  args: InValue[]
  ms: number
}

interface CallResult {
  name: string
  portal: string
  medianMs: number
  sqlMs: number
  statements: (Statement & { plan: string[]; scans: string[] })[]
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/** Full-table scans in a query plan, leaving out scans of its own subquery results. */
function scansOf(plan: string[]): string[] {
  const coroutines = new Set(
    plan.flatMap((line) => /^CO-ROUTINE (\S+)/.exec(line)?.[1] ?? []).map(String),
  )
  return plan.filter((line) => {
    const table = /^SCAN (\S+)(?!.*USING)/.exec(line)?.[1]
    return table !== undefined && !coroutines.has(table) && !/USING (COVERING )?INDEX/.test(line)
  })
}

async function profileCall(payload: Payload, trace: SqlTrace, call: Call): Promise<CallResult> {
  await call.run(payload)
  await call.run(payload)
  const totals: number[] = []
  const perStatement: Statement[][] = []
  for (let i = 0; i < RUNS; i++) {
    trace.reset()
    const started = performance.now()
    await call.run(payload)
    totals.push(performance.now() - started)
    perStatement.push(
      trace.calls.map((c) => ({ sql: c.sql, args: (c.args ?? []) as InValue[], ms: c.ms })),
    )
  }
  const first = perStatement[0] ?? []
  const statements = first.map((statement, index) => ({
    ...statement,
    ms: median(perStatement.map((run) => run[index]?.ms ?? 0)),
    plan: [] as string[],
    scans: [] as string[],
  }))
  return {
    name: call.name,
    portal: call.portal,
    medianMs: median(totals),
    sqlMs: statements.reduce((sum, s) => sum + s.ms, 0),
    statements,
  }
}

async function explain(client: Client, statement: Statement): Promise<string[]> {
  if (!/^\s*select/i.test(statement.sql)) return []
  const result = await client.execute({
    sql: `EXPLAIN QUERY PLAN ${statement.sql}`,
    args: statement.args,
  })
  return result.rows.map((row) => String(row.detail))
}

interface Experiment {
  name: string
  sql: (client: Client) => Promise<string[]>
}

async function localesTables(client: Client): Promise<string[]> {
  const result = await client.execute(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%\\_locales' ESCAPE '\\'",
  )
  return result.rows.map((row) => String(row.name))
}

const EXPERIMENTS: Experiment[] = [
  {
    name: 'locales-parent-index',
    sql: async (client) =>
      (await localesTables(client)).map(
        (table) =>
          `CREATE INDEX IF NOT EXISTS "${table}_parent_id_idx" ON "${table}" ("_parent_id")`,
      ),
  },
  {
    name: 'analyze',
    sql: async () => ['ANALYZE'],
  },
  {
    name: 'list-compound-index',
    sql: async () => [
      'CREATE INDEX IF NOT EXISTS "projects_status_sector_stage_updated_idx" ON "projects" ("_status", "sector", "stage", "updated_at")',
      'CREATE INDEX IF NOT EXISTS "projects_status_updated_idx" ON "projects" ("_status", "updated_at")',
    ],
  },
  {
    name: 'all',
    sql: async (client) => [
      ...(await localesTables(client)).map(
        (table) =>
          `CREATE INDEX IF NOT EXISTS "${table}_parent_id_idx" ON "${table}" ("_parent_id")`,
      ),
      'CREATE INDEX IF NOT EXISTS "projects_status_sector_stage_updated_idx" ON "projects" ("_status", "sector", "stage", "updated_at")',
      'CREATE INDEX IF NOT EXISTS "projects_status_updated_idx" ON "projects" ("_status", "updated_at")',
      'CREATE INDEX IF NOT EXISTS "news_status_published_idx" ON "news" ("_status", "published_at")',
      'CREATE INDEX IF NOT EXISTS "policies_status_issued_idx" ON "policies" ("_status", "issued_at")',
    ],
  },
]

/** Removes a SQLite database and its WAL and shared-memory files. */
function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true })
}

/**
 * Copies a database that no process has open, with its write-ahead log (the
 * adapter runs SQLite in WAL mode, and libsql does not always checkpoint on
 * close), so the copy has every committed change.
 */
function copyDatabase(from: string, to: string): void {
  removeDatabase(to)
  copyFileSync(from, to)
  if (existsSync(`${from}-wal`)) copyFileSync(`${from}-wal`, `${to}-wal`)
}

interface Timing {
  /** Median milliseconds, or null when it ran past the budget. */
  ms: number | null
  runs: number
}

/**
 * Times `statements` on `file` in child processes (bench/lib/sql-time.mjs),
 * giving up on any statement that runs longer than `budgetMs`.
 */
async function timeStatements(
  file: string,
  statements: Statement[],
  budgetMs: number,
): Promise<Timing[]> {
  const input = `${file}.statements.json`
  writeFileSync(input, JSON.stringify(statements.map(({ sql, args }) => ({ sql, args }))))
  const timings: Timing[] = statements.map(() => ({ ms: null, runs: 0 }))
  let next = 0
  while (next < statements.length) {
    const child = spawn(
      process.execPath,
      [sqlTimeScript(), file, input, String(next), String(RUNS)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
    let buffer = ''
    let timer: NodeJS.Timeout | undefined
    const arm = () => {
      clearTimeout(timer)
      timer = setTimeout(() => child.kill('SIGKILL'), budgetMs)
    }
    arm()
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      let newline = buffer.indexOf('\n')
      while (newline >= 0) {
        const line = JSON.parse(buffer.slice(0, newline)) as {
          index: number
          ms: number
          runs: number
        }
        buffer = buffer.slice(newline + 1)
        timings[line.index] = { ms: line.ms, runs: line.runs }
        next = line.index + 1
        arm()
        newline = buffer.indexOf('\n')
      }
    })
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    clearTimeout(timer)
    // Killed: the statement it was on ran past the budget; carry on after it.
    if (code !== 0 && next < statements.length) next += 1
  }
  rmSync(input, { force: true })
  return timings
}

function sqlTimeScript(): string {
  const benchDir =
    process.env.BENCH_DIR ??
    path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'bench')
  return path.join(benchDir, 'lib', 'sql-time.mjs')
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const out = argv[argv.indexOf('--out') + 1]
  if (!argv.includes('--out') || !out) throw new Error('--out <file.json> is required')
  const dbFile = (process.env.DATABASE_URI ?? '').replace(/^file:/, '')
  if (!dbFile) throw new Error('DATABASE_URI must name the benchmark SQLite file')
  const budgetMs = Number(process.env.BENCH_SQL_BUDGET_MS ?? '20000')

  // Copies of the database, each with one candidate fix, made before anything opens it.
  const variants: { name: string; file: string; sql: string[] }[] = [
    { name: 'baseline', file: dbFile, sql: [] },
  ]
  for (const experiment of EXPERIMENTS) {
    const file = `${dbFile}.${experiment.name}.db`
    copyDatabase(dbFile, file)
    const client = createClient({ url: `file:${file}` })
    try {
      const sql = await experiment.sql(client)
      for (const statement of sql) await client.execute(statement)
      variants.push({ name: experiment.name, file, sql })
    } finally {
      client.close()
    }
  }

  // Payload runs the portal's reads on the copy with every fix: there they are quick,
  // and the statements it sends are the same on every copy (same data, same query).
  const fixed = variants.find((v) => v.name === 'all')?.file ?? dbFile
  process.env.DATABASE_URI = `file:${fixed}`
  const { default: config } = await import('@portal/cms/config')
  const payload = await getPayload({ config })
  let results: CallResult[]
  try {
    const slugOf = async (collection: 'projects' | 'news') =>
      String(
        (
          await payload.find({
            collection,
            where: { slug: { like: 'bench-' } },
            sort: 'id',
            limit: 1,
            depth: 0,
          })
        ).docs[0]?.slug ?? '',
      )
    const detailSlug = process.env.BENCH_PROJECT_SLUG || (await slugOf('projects'))
    const newsSlug = process.env.BENCH_NEWS_SLUG || (await slugOf('news'))
    const trace = traceSql(payload.db)
    results = []
    for (const call of calls(detailSlug, newsSlug)) {
      results.push(await profileCall(payload, trace, call))
      console.log(
        `[profile] ${call.name}: ${results.at(-1)?.medianMs.toFixed(1)} ms with all fixes`,
      )
    }
    trace.stop()
  } finally {
    await payload.destroy()
  }

  // Query plans as the database is today.
  const base = createClient({ url: `file:${dbFile}` })
  const distinct = new Map<string, Statement & { plan: string[]; scans: string[] }>()
  const keyOf = (s: Statement) => `${s.sql}\u0000${JSON.stringify(s.args)}`
  for (const call of results) {
    for (const statement of call.statements) {
      statement.plan = await explain(base, statement)
      statement.scans = scansOf(statement.plan)
      distinct.set(keyOf(statement), statement)
    }
  }
  base.close()

  // Every statement re-timed on each copy, in child processes with a time budget.
  const statements = [...distinct.values()]
  const timings: Record<string, Map<string, Timing>> = {}
  for (const variant of variants) {
    const times = await timeStatements(variant.file, statements, budgetMs)
    timings[variant.name] = new Map(statements.map((s, i) => [keyOf(s), times[i]!]))
    const slow = times.filter((t) => t.ms === null).length
    console.log(
      `[profile] re-timed ${statements.length} statements: ${variant.name}${slow ? ` (${slow} over ${budgetMs / 1000} s)` : ''}`,
    )
  }
  for (const variant of variants) if (variant.file !== dbFile) removeDatabase(variant.file)

  const timingOf = (variant: string, s: Statement) => timings[variant]?.get(keyOf(s))?.ms ?? null
  const report = {
    runs: RUNS,
    budgetMs,
    measuredOn: 'all',
    calls: results.map((call) => {
      const sqlOn = (variant: string) => {
        let sum = 0
        for (const s of call.statements) {
          const ms = timingOf(variant, s)
          if (ms === null) return null
          sum += ms
        }
        return sum
      }
      return {
        name: call.name,
        portal: call.portal,
        /** Payload's whole find with every fix in place. */
        medianMs: call.medianMs,
        statements: call.statements.length,
        sqlMs: Object.fromEntries(variants.map((v) => [v.name, sqlOn(v.name)])),
        slowest: [...call.statements]
          .sort((a, b) => (timingOf('baseline', b) ?? 1e9) - (timingOf('baseline', a) ?? 1e9))
          .slice(0, 3)
          .map((s) => ({
            sql: s.sql.length > 600 ? `${s.sql.slice(0, 300)} … ${s.sql.slice(-300)}` : s.sql,
            scans: s.scans,
            plan: s.plan.filter((line) => /SEARCH|SCAN|TEMP/.test(line)).slice(0, 12),
            ms: Object.fromEntries(variants.map((v) => [v.name, timingOf(v.name, s)])),
          })),
      }
    }),
    experiments: Object.fromEntries(variants.slice(1).map((v) => [v.name, v.sql])),
  }
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
