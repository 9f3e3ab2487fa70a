import { beginTransaction } from '@payloadcms/drizzle'
import type { PayloadRequest } from 'payload'

/**
 * Runs `work` with every write made through `req` in one database
 * transaction: all of them land, or (on any error) none. Payload's SQLite
 * adapter runs without transactions unless `transactionOptions` is set,
 * which would put every request of the CMS in one; an import is the one
 * place that needs all-or-nothing, so it opens a transaction of its own
 * with the adapter's own implementation. While it runs, other writes to the
 * SQLite file wait for it. Other adapters use their own (MongoDB needs a
 * replica set for transactions; without one the writes are not atomic).
 */
export async function inTransaction<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const db = req.payload.db
  const id =
    db.name === 'sqlite'
      ? await (beginTransaction as (this: unknown) => Promise<string>).call(db)
      : await db.beginTransaction()
  if (id !== null) req.transactionID = id
  try {
    const result = await work()
    if (req.transactionID !== undefined) await db.commitTransaction(req.transactionID)
    return result
  } catch (error) {
    // A failed Payload operation may already have rolled back and dropped the id.
    if (req.transactionID !== undefined) await db.rollbackTransaction(req.transactionID)
    throw error
  } finally {
    delete req.transactionID
  }
}
