// Shared by the backup and restore commands: the production configuration,
// paths given on the command line, and the summary they print.
import path from 'node:path'
import { CmsEnv, EnvError, parseEnv } from '@portal/shared/env'
import { isMongoUri, defaultSqliteFile } from '../src/database'

/**
 * Validates the environment with production's rules, as `npm start` does:
 * these commands work on the database and upload folder the production
 * server uses. Also keeps the scheduler and the portal notifications off in
 * this process. Exits with a clear message when the configuration is invalid.
 */
export function productionEnv(action: string): CmsEnv {
  Object.assign(process.env, { NODE_ENV: 'production' })
  process.env.PAYLOAD_DISABLE_JOBS = '1'
  process.env.PAYLOAD_DISABLE_PORTAL_NOTIFY = '1'
  try {
    return parseEnv(CmsEnv, process.env)
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`[cms] cannot ${action}.\n${error.message}`)
      process.exit(1)
    }
    throw error
  }
}

/** A path from the command line, relative to where npm was started (not the workspace). */
export function userPath(given: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), given)
}

/** The database in words, without credentials. */
export function describeDatabase(uri: string | undefined): string {
  if (isMongoUri(uri)) {
    const at = uri.lastIndexOf('@')
    return `MongoDB ${uri.slice(at === -1 ? uri.indexOf('//') + 2 : at + 1)}`
  }
  // (isMongoUri's type guard leaves `never` here; the value is a file: URL or unset.)
  const given = uri as string | undefined
  const file = given ? given.replace(/^file:(\/\/)?/, '') : defaultSqliteFile('production')
  return `SQLite ${path.resolve(file)}`
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KiB', 'MiB', 'GiB', 'TiB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  return `${value.toFixed(1)} ${units[unit]}`
}

/** One line per collection: documents and versions. */
export function countLines(counts: Record<string, { documents: number; versions: number }>) {
  const width = Math.max(...Object.keys(counts).map((slug) => slug.length), 10)
  return Object.entries(counts).map(
    ([slug, c]) =>
      `  ${slug.padEnd(width)} ${String(c.documents).padStart(6)} documents${c.versions ? `, ${c.versions} versions` : ''}`,
  )
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
