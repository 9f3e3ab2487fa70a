// Times SQL statements on one SQLite file, in a process of its own so that the
// caller can give up on a statement that runs for minutes (a synchronous
// SQLite call cannot be interrupted from JavaScript).
// Usage: node bench/lib/sql-time.mjs <db file> <statements.json> <first index> <runs>
// Prints one JSON line per statement: { "index": n, "ms": median, "runs": k }.
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { createClient } from '@libsql/client'

const [file, statementsFile, firstArg, runsArg] = process.argv.slice(2)
if (!file || !statementsFile) {
  console.error('usage: node bench/lib/sql-time.mjs <db> <statements.json> <first> <runs>')
  process.exit(2)
}
/** @type {{ sql: string, args: import('@libsql/client').InValue[] }[]} */
const statements = JSON.parse(readFileSync(statementsFile, 'utf8'))
const runs = Number(runsArg ?? '9')
const client = createClient({ url: `file:${file}` })

for (let index = Number(firstArg ?? '0'); index < statements.length; index++) {
  const statement = statements[index]
  if (!statement) continue
  /** @type {number[]} */
  const times = []
  for (let run = 0; run < runs + 1; run++) {
    const started = performance.now()
    await client.execute({ sql: statement.sql, args: statement.args })
    const ms = performance.now() - started
    // The first run warms the page cache; a slow statement is timed once.
    if (run > 0 || ms > 500) times.push(ms)
    if (ms > 500) break
  }
  times.sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)] ?? NaN
  process.stdout.write(`${JSON.stringify({ index, ms: median, runs: times.length })}\n`)
}
client.close()
