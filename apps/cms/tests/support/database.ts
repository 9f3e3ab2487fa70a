import { randomBytes } from 'node:crypto'
import path from 'node:path'

/** True in the MongoDB run of the suite (`npm run test:mongodb`). */
export const onMongo = process.env.CMS_TEST_DATABASE === 'mongodb'

/** True when that run is on the wire-protocol emulator rather than a server given by MONGODB_URI. */
export const onEmulator = onMongo && process.env.CMS_TEST_MONGODB_EMULATOR === '1'

/** The type of document ids: numbers on SQLite, ObjectId strings on MongoDB. */
export const idType = onMongo ? 'string' : 'number'

/**
 * A new, empty database for a test: a SQLite file `name.db` in `dir`, or on
 * MongoDB a database of its own (`portal_test_…`) on the run's server. The
 * emulator cannot drop a database: its collections stay, emptied, and each
 * transaction copies them all, so there the files (one at a time) reuse the
 * names `portal_test_1`, `portal_test_2`, …, each emptied after the file.
 */
export function freshDatabaseUri(dir: string, name = 'test'): string {
  if (!onMongo) return `file:${path.join(dir, `${name}.db`)}`
  const server = process.env.MONGODB_URI
  const match = server?.match(/^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/[^?]*)?(\?.*)?$/)
  if (!match) throw new Error('the MongoDB run needs MONGODB_URI, a mongodb:// address')
  const database = `portal_test_${onEmulator ? created.length + 1 : randomBytes(6).toString('hex')}`
  created.push(database)
  return `${match[1]}/${database}${match[2] ?? ''}`
}

/** The MongoDB databases `freshDatabaseUri` named in this test file. */
const created: string[] = []

/**
 * Drops the MongoDB databases this test file was given, after its last test
 * (tests/setup.ts): nothing is left behind on a real server, and on the
 * emulator the next file finds them empty.
 */
export async function dropTestDatabases(): Promise<void> {
  if (!onMongo || created.length === 0) return
  const { MongoClient } = await import('mongodb')
  const client = new MongoClient(process.env.MONGODB_URI as string)
  try {
    await client.connect()
    for (const database of created.splice(0)) await client.db(database).dropDatabase()
  } finally {
    await client.close()
  }
}
