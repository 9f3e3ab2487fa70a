// The CMS's `npm test`: the integration suite on SQLite (`vitest run`) and,
// at the same time, on the MongoDB adapter (`npm run test:mongodb`), against
// MONGODB_URI when it is set, otherwise against the wire-protocol emulator of
// tests/mongodb-emulator.ts. Each run takes its test files one at a time, so
// mostly one core: side by side they take about as long as the longer alone.
// Each line is marked with its run; a run's summary is printed again at the
// end. The emulator is published for Linux x64 with glibc only: elsewhere,
// without MONGODB_URI, this says that the MongoDB run was skipped and why, and
// the SQLite run decides (`npm run test:mongodb` itself fails there instead).
import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { createInterface } from 'node:readline'

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

/** Runs one suite with its lines marked; resolves with its exit status, seconds and last lines. */
function runSuite(label, command, args) {
  const started = Date.now()
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  const tail = []
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      console.log(`[${label}] ${line}`)
      tail.push(line)
      if (tail.length > 8) tail.shift()
    })
  }
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      resolve({
        label,
        ok: code === 0,
        status: code ?? signal,
        seconds: Math.round((Date.now() - started) / 1000),
        tail,
      })
    })
  })
}

// Colours off: the two runs' lines are interleaved, and read in CI logs.
process.env.FORCE_COLOR = '0'
process.env.NO_COLOR = '1'

const runs = [runSuite('sqlite', 'npx', ['vitest', 'run'])]
const missing = process.env.MONGODB_URI ? null : emulatorMissing()
if (missing) {
  console.warn(
    [
      '',
      '=== MongoDB run SKIPPED: the CMS integration tests run on SQLite only.',
      `    No MONGODB_URI, and ${missing}.`,
      '    Run them against a MongoDB server (a replica set) instead:',
      "    MONGODB_URI='mongodb://host:27017/portal?replicaSet=rs0' npm run test:mongodb -w @portal/cms",
      '',
    ].join('\n'),
  )
} else {
  runs.push(runSuite('mongodb', 'npm', ['run', 'test:mongodb']))
}

const results = await Promise.all(runs)
console.log('')
for (const result of results) {
  console.log(
    `=== ${result.label}: ${result.ok ? 'passed' : `FAILED (${result.status})`} in ${result.seconds} s`,
  )
  for (const line of result.tail) if (line.trim()) console.log(`    ${line}`)
}
process.exit(results.every((result) => result.ok) ? 0 : 1)
