// The MongoDB half of the CMS's `npm test`: runs the integration suite on the
// MongoDB adapter (`npm run test:mongodb`) against MONGODB_URI when it is set,
// otherwise against the wire-protocol emulator of tests/mongodb-emulator.ts.
// That emulator is published for Linux x64 with glibc only: elsewhere, without
// MONGODB_URI, this says that the MongoDB suite was skipped and why, and
// `npm test` goes on (`npm run test:mongodb` itself fails there instead).
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

const PACKAGE = '@jongodb/memory-server-bin-linux-x64-gnu'

/** Why the emulator cannot run on this machine, or null when it can. */
function emulatorMissing() {
  const glibc = process.report?.getReport().header.glibcVersionRuntime
  if (process.platform !== 'linux' || process.arch !== 'x64' || !glibc) {
    return `${PACKAGE} exists for Linux x64 with glibc only; this is ${process.platform} ${process.arch}${process.platform === 'linux' && !glibc ? ' without glibc' : ''}`
  }
  try {
    createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`)
    return null
  } catch {
    return `${PACKAGE} is not installed (an optional dependency: run npm ci on this machine)`
  }
}

const missing = process.env.MONGODB_URI ? null : emulatorMissing()
if (missing) {
  console.warn(
    [
      '',
      '=== MongoDB suite SKIPPED: the CMS integration tests ran on SQLite only.',
      `    No MONGODB_URI, and ${missing}.`,
      '    Run them against a MongoDB server (a replica set) instead:',
      "    MONGODB_URI='mongodb://host:27017/portal?replicaSet=rs0' npm run test:mongodb -w @portal/cms",
      '',
    ].join('\n'),
  )
  process.exit(0)
}

const started = Date.now()
const result = spawnSync('npm', ['run', 'test:mongodb'], { stdio: 'inherit' })
console.log(`MongoDB suite: ${Math.round((Date.now() - started) / 1000)} s`)
process.exit(result.status ?? 1)
