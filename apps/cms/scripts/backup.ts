// `npm run backup -w @portal/cms -- [file]`: writes the CMS's whole content
// (every collection with drafts, versions and all languages, the globals, staff
// and service accounts with their password hashes and keys, and every uploaded
// file) into one .tar.gz. Default file: data/backups/portal-<UTC time>.tar.gz.
// A relative path is taken from where npm was started.
//
// Uses the production configuration like `npm start` (NODE_ENV=production, the
// same DATABASE_URI, MEDIA_DIR or S3_* bucket settings, and PAYLOAD_SECRET) and
// may run while the CMS serves. Media are read from where the CMS keeps them:
// the local folder, or the bucket when S3_BUCKET is set.
// Run through scripts/run.mjs, which bundles it (see there why).
// Exit codes: 0 done, 1 failed, 2 wrong usage.
import path from 'node:path'
import { dataDir } from '../src/paths'
import {
  countLines,
  describeDatabase,
  errorMessage,
  formatBytes,
  productionEnv,
  userPath,
} from './operations'

const USAGE = 'usage: npm run backup -w @portal/cms -- [archive.tar.gz]'

const args = process.argv.slice(2)
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE)
  process.exit(0)
}
if (args.length > 1 || args.some((arg) => arg.startsWith('-'))) {
  console.error(USAGE)
  process.exit(2)
}

const env = productionEnv('make a backup')
const stamp = new Date()
  .toISOString()
  .replace(/\.\d+Z$/, 'Z')
  .replace(/[-:]/g, '')
const file = args[0] ? userPath(args[0]) : path.join(dataDir, 'backups', `portal-${stamp}.tar.gz`)

// Loaded only now: the configuration reads the environment set above.
const { getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')
const { exportArchive } = await import('../src/backup')
const { describeMediaStorage } = await import('../src/storage')

const started = Date.now()
console.log(`[cms] backing up ${describeDatabase(env.DATABASE_URI)} and ${describeMediaStorage()}`)
let code = 0
const payload = await getPayload({ config }).catch((error: unknown) => {
  console.error(`[cms] cannot open the database: ${errorMessage(error)}`)
  process.exit(1)
})
try {
  const summary = await exportArchive(payload, file)
  console.log(
    [
      `[cms] backup written: ${summary.file} (${formatBytes(summary.bytes)})`,
      ...countLines(summary.collections),
      `  globals: ${summary.globals.join(', ') || 'none stored'}`,
      `  files: ${summary.files} (${formatBytes(summary.fileBytes)})`,
      `  took ${((Date.now() - started) / 1000).toFixed(1)} s`,
    ].join('\n'),
  )
  if (summary.missingFiles.length > 0) {
    console.warn(
      `[cms] warning: ${summary.missingFiles.length} stored file(s) named by documents are missing from ${describeMediaStorage()}: ${summary.missingFiles.slice(0, 10).join(', ')}`,
    )
  }
} catch (error) {
  console.error(`[cms] backup failed: ${errorMessage(error)}`)
  code = 1
} finally {
  await payload.destroy().catch(() => undefined)
}
process.exit(code)
