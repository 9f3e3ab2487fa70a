import path from 'node:path'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import type { DatabaseAdapterObj } from 'payload'
import { ensurePrivateDatabaseFile, ensurePrivateDir } from './lib/privateFiles'
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

/**
 * Every `*_locales` table (the Chinese and English values of a localised
 * field, one row per locale) gets a plain index on `_parent_id`. Payload gives
 * these tables only a unique index on (`_locale`, `_parent_id`), which a read
 * of both locales (`locale=all`, what the portal asks for) cannot use: SQLite
 * then scans the whole table once per document in a list. On 10,000 projects
 * that made one list page take seconds (see docs/benchmarks.md).
 */
export const localeParentIndexes: SQLiteSchemaHook = ({ schema, extendTable }) => {
  for (const [name, table] of Object.entries(schema.tables)) {
    if (!name.endsWith('_locales') || !('_parentID' in table)) continue
    extendTable({
      table,
      extraConfig: (columns) => ({
        localeParentIndex: index(`${name}_parent_id_idx`).on(columns._parentID),
      }),
    })
  }
  return schema
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
  if (file && file !== ':memory:') {
    const folder = path.dirname(path.resolve(file))
    // The default data folder is ours alone; a folder the operator named may hold other things.
    ensurePrivateDir(folder, { tighten: folder === dataDir })
    ensurePrivateDatabaseFile(path.resolve(file))
  }
  return sqliteAdapter({
    client: { url },
    // Write-ahead logging: visitors' reads (through the portal) never wait for
    // staff writes, and a crash loses nothing that was committed.
    wal: file !== ':memory:',
    // Listed here (not read from the folder at run time) so the bundled
    // scripts and the Next.js server carry them without a TypeScript loader.
    prodMigrations: migrations,
    afterSchemaInit: [localeParentIndexes],
  })
}
