// `npm run restore -w @portal/cms -- <archive.tar.gz> [--force]`: brings back a
// backup made by `npm run backup` into an empty CMS: same ids, slugs, drafts
// and published states, timestamps, staff passwords and service account keys,
// and every uploaded file. Files go where the CMS keeps them: the local upload
// folder, or the bucket when S3_BUCKET is set. Refuses when the database
// already holds content or the folder or bucket holds other files of the same
// names, unless --force, which replaces what the backup covers. A relative
// path is taken from where npm was started.
//
// Uses the production configuration like `npm start` and applies the committed
// migrations first (SQLite). Stop the CMS while restoring; start it afterwards
// (it gives the portal's service account PORTAL_API_KEY again), and restart the
// portal so it drops pages cached before the restore.
// Run through scripts/run.mjs, which bundles it (see there why).
// Exit codes: 0 done, 1 failed, 2 wrong usage, 3 refused (the target is not empty).
import type { Migration } from 'payload'
import {
  countLines,
  describeDatabase,
  errorMessage,
  formatBytes,
  productionEnv,
  userPath,
} from './operations'

const USAGE =
  'usage: npm run restore -w @portal/cms -- <archive.tar.gz> [--force] [--max-size=<GiB>]'

const args = process.argv.slice(2)
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE)
  process.exit(0)
}
const force = args.includes('--force')
// The most the archive may unpack to (default 32 GiB): a larger one is refused before anything is written.
const maxSize = args.find((arg) => arg.startsWith('--max-size='))?.slice('--max-size='.length)
const maxUnpackedBytes = maxSize === undefined ? undefined : Number(maxSize) * 1024 ** 3
const files = args.filter((arg) => arg !== '--force' && !arg.startsWith('--max-size='))
if (
  files.length !== 1 ||
  files.some((arg) => arg.startsWith('-')) ||
  (maxUnpackedBytes !== undefined && !(maxUnpackedBytes > 0))
) {
  console.error(USAGE)
  process.exit(2)
}
const file = userPath(files[0] as string)

const env = productionEnv('restore')

// Loaded only now: the configuration reads the environment set above.
const { getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')
const { ArchiveError, importArchive, RestoreRefused } = await import('../src/backup')
const { isMongoUri } = await import('../src/database')
const { migrations } = await import('../src/migrations')
const { describeMediaStorage } = await import('../src/storage')

const started = Date.now()
console.log(
  `[cms] restoring ${file} into ${describeDatabase(env.DATABASE_URI)} and ${describeMediaStorage()}${force ? ' (--force: replacing what they hold)' : ''}`,
)
let code = 0
const sqlite = !isMongoUri(env.DATABASE_URI)
// In production, Payload applies the committed migrations as it connects (SQLite).
if (sqlite) console.log('[cms] running database migrations')
const payload = await getPayload({ config }).catch((error: unknown) => {
  console.error(`[cms] cannot open the database: ${errorMessage(error)}`)
  process.exit(1)
})
try {
  if (sqlite) {
    // Payload's Migration type takes `unknown` arguments; the generated files are typed more precisely.
    await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  }
  const summary = await importArchive(payload, file, {
    force,
    ...(maxUnpackedBytes ? { maxUnpackedBytes } : {}),
    log: (line) => console.log(`[cms] ${line}`),
  })
  console.log(
    [
      `[cms] restored the backup of ${summary.manifest.createdAt} (Payload ${summary.manifest.payloadVersion})`,
      ...countLines(summary.collections),
      `  globals: ${summary.globals.join(', ') || 'none stored'}`,
      `  files: ${summary.files} (${formatBytes(summary.fileBytes)})`,
      ...(summary.replaced.length > 0 ? [`  replaced: ${summary.replaced.join(', ')}`] : []),
      `  took ${((Date.now() - started) / 1000).toFixed(1)} s`,
    ].join('\n'),
  )
  for (const warning of summary.warnings) console.warn(`[cms] warning: ${warning}`)
} catch (error) {
  if (error instanceof RestoreRefused) {
    console.error(`[cms] restore refused: ${error.message}`)
    code = 3
  } else if (error instanceof ArchiveError) {
    console.error(`[cms] restore failed, nothing was changed: ${error.message}`)
    code = 1
  } else {
    console.error(`[cms] restore failed: ${errorMessage(error)}`)
    code = 1
  }
} finally {
  await payload.destroy().catch(() => undefined)
}
process.exit(code)
