// Times every statement Payload's SQLite adapter sends through its libsql
// client, grouped by SQL text, so a benchmark can show which queries cost what.
import { performance } from 'node:perf_hooks'

interface Statement {
  sql: string
  args?: unknown
}
type Execute = (statement: string | Statement, ...rest: unknown[]) => Promise<unknown>
type Batch = (statements: (string | Statement)[], ...rest: unknown[]) => Promise<unknown>
interface LibsqlClient {
  execute: Execute
  batch?: Batch
}

export interface TracedQuery {
  sql: string
  count: number
  totalMs: number
  maxMs: number
  /** Arguments of the slowest call, to EXPLAIN it later. */
  args: unknown
}

export interface SqlTrace {
  /** Queries grouped by SQL text. */
  queries: Map<string, TracedQuery>
  /** Every call in order since the last reset: [sql, ms]. */
  calls: { sql: string; ms: number; args: unknown }[]
  reset: () => void
  stop: () => void
}

/** The libsql client behind Payload's SQLite adapter. */
export function libsqlClient(db: unknown): LibsqlClient {
  const client = (db as { client?: LibsqlClient }).client
  if (!client) throw new Error('not the SQLite adapter: no libsql client')
  return client
}

/** Wraps the client's execute (and batch) so every statement is timed. */
export function traceSql(db: unknown): SqlTrace {
  const client = libsqlClient(db)
  const originalExecute = client.execute
  const originalBatch = client.batch
  const queries = new Map<string, TracedQuery>()
  const calls: SqlTrace['calls'] = []
  const record = (sql: string, args: unknown, ms: number) => {
    const entry = queries.get(sql) ?? { sql, count: 0, totalMs: 0, maxMs: 0, args }
    entry.count += 1
    entry.totalMs += ms
    if (ms >= entry.maxMs) {
      entry.maxMs = ms
      entry.args = args
    }
    queries.set(sql, entry)
    calls.push({ sql, ms, args })
  }
  client.execute = async function (this: unknown, statement, ...rest) {
    const started = performance.now()
    try {
      return await originalExecute.call(this, statement, ...rest)
    } finally {
      const sql = typeof statement === 'string' ? statement : statement.sql
      const args = typeof statement === 'string' ? [] : statement.args
      record(sql, args, performance.now() - started)
    }
  }
  if (originalBatch) {
    client.batch = async function (this: unknown, statements, ...rest) {
      const started = performance.now()
      try {
        return await originalBatch.call(this, statements, ...rest)
      } finally {
        const sql = `BATCH: ${statements.map((s) => (typeof s === 'string' ? s : s.sql)).join('; ')}`
        record(sql, [], performance.now() - started)
      }
    }
  }
  return {
    queries,
    calls,
    reset: () => {
      queries.clear()
      calls.length = 0
    },
    stop: () => {
      client.execute = originalExecute
      if (originalBatch) client.batch = originalBatch
    },
  }
}

/** The `n` costliest query shapes by total time. */
export function costliest(trace: SqlTrace, n: number): TracedQuery[] {
  return [...trace.queries.values()].sort((a, b) => b.totalMs - a.totalMs).slice(0, n)
}
