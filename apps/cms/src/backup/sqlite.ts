import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

// The only SQLite-specific part of backup and restore. Payload's SQLite adapter
// runs without transactions by default and sends every statement over one
// connection, so a transaction opened here with plain SQL covers every adapter
// call made until it ends:
// - a backup reads all documents inside one read transaction: one consistent
//   snapshot even while the CMS is serving (a save in the admin during those
//   seconds waits or fails with "database is locked");
// - a restore writes everything inside one write transaction with foreign key
//   checks deferred to the end, so documents may point at documents restored
//   after them (ids are kept), and a failed restore leaves the database as it was.

type Query = ReturnType<typeof sql.raw>

interface Drizzle {
  run(query: Query): Promise<unknown>
  all(query: Query): Promise<unknown[]>
}

function drizzleOf(payload: Payload): Drizzle | null {
  if (payload.db.name !== 'sqlite') return null
  return (payload.db as unknown as { drizzle?: Drizzle }).drizzle ?? null
}

/**
 * Runs `work` in one SQLite transaction (on other databases: just runs it).
 * A write transaction defers foreign key checks to its end, then checks every
 * reference and rolls back, naming the broken ones, if any points nowhere.
 */
export async function inTransaction<T>(
  payload: Payload,
  mode: 'read' | 'write',
  work: () => Promise<T>,
): Promise<T> {
  const db = drizzleOf(payload)
  if (!db) return work()
  // Wait for the serving CMS to finish a write instead of failing at once.
  await db.run(sql.raw('PRAGMA busy_timeout = 10000'))
  await db.run(sql.raw(mode === 'write' ? 'BEGIN IMMEDIATE' : 'BEGIN DEFERRED'))
  try {
    if (mode === 'write') await db.run(sql.raw('PRAGMA defer_foreign_keys = ON'))
    const result = await work()
    if (mode === 'write') {
      const broken = (await db.all(sql.raw('PRAGMA foreign_key_check'))) as {
        table?: string
        rowid?: number
        parent?: string
      }[]
      if (broken.length > 0) {
        const sample = broken
          .slice(0, 10)
          .map((row) => `${row.table} row ${row.rowid} → ${row.parent}`)
          .join('; ')
        throw new Error(
          `${broken.length} reference(s) point at documents the archive does not hold: ${sample}`,
        )
      }
    }
    await db.run(sql.raw('COMMIT'))
    return result
  } catch (error) {
    await db.run(sql.raw('ROLLBACK')).catch(() => undefined)
    throw error
  }
}
