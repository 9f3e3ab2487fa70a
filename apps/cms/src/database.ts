import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Where the embedded database lives when `DATABASE_URI` is not set. */
export const DEFAULT_SQLITE_FILE = path.join(appDir, 'data', 'portal.db')

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
  const url = uri ?? `file:${DEFAULT_SQLITE_FILE}`
  const file = url.replace(/^file:(\/\/)?/, '')
  if (file && file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  return sqliteAdapter({
    client: { url },
    migrationDir: path.join(appDir, 'src', 'migrations'),
  })
}
