import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { migrations } from './migrations'
import { dataDir } from './paths'

/**
 * Where the embedded database lives when `DATABASE_URI` is not set. Development
 * (schema pushed by Payload) and production (schema from migrations) use
 * different files: running migrations on a pushed database would lose data.
 */
export function defaultSqliteFile(nodeEnv: string | undefined): string {
  return path.join(dataDir, nodeEnv === 'production' ? 'portal.db' : 'dev.db')
}

/** True when the URI selects the MongoDB adapter. */
export function isMongoUri(uri: string | undefined): uri is string {
  return Boolean(uri && /^mongodb(\+srv)?:\/\//.test(uri))
}

/**
 * Picks the database adapter from one variable: nothing or a `file:` URL is the
 * embedded SQLite file (the default for a single county), `mongodb://` is MongoDB
 * (for a province running many counties). SQLite in production runs the
 * committed migrations; in development and tests Payload pushes the schema.
 */
export function databaseAdapter(uri: string | undefined): DatabaseAdapterObj {
  if (isMongoUri(uri)) {
    return mongooseAdapter({ url: uri })
  }
  const url = uri ?? `file:${defaultSqliteFile(process.env.NODE_ENV)}`
  const file = url.replace(/^file:(\/\/)?/, '')
  if (file && file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  return sqliteAdapter({
    client: { url },
    // Write-ahead logging: visitors' reads (through the portal) never wait for
    // staff writes, and a crash loses nothing that was committed.
    wal: file !== ':memory:',
    // Listed here (not read from the folder at run time) so the bundled
    // scripts and the Next.js server carry them without a TypeScript loader.
    prodMigrations: migrations,
  })
}
