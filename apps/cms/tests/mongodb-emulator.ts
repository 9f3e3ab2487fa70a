// Vitest global set-up for the MongoDB run of the integration suite
// (`npm run test:mongodb`). With MONGODB_URI set, the suite uses that server.
// Without it, it starts the MongoDB wire-protocol emulator shipped in the npm
// package @jongodb/memory-server-bin-linux-x64-gnu (an in-memory emulator, not
// MongoDB itself), after checking the binary against the sha256 its package
// records, and stops it at the end.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { startProcess, type StartedProcess } from '@portal/process'

const PACKAGE = '@jongodb/memory-server-bin-linux-x64-gnu'

interface EmulatorPackage {
  version: string
  jongodb: { binary: string; sha256: string }
}

/** The emulator's binary, refused unless its sha256 is the one its package records. */
export function verifiedEmulatorBinary(): string {
  const require = createRequire(import.meta.url)
  let manifestFile: string
  try {
    manifestFile = require.resolve(`${PACKAGE}/package.json`)
  } catch {
    throw new Error(
      `${PACKAGE} is not installed (it exists for Linux x64 with glibc only). Run the MongoDB suite against a server instead: MONGODB_URI=mongodb://host:27017/portal npm run test:mongodb -w @portal/cms`,
    )
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as EmulatorPackage
  const binary = path.join(path.dirname(manifestFile), manifest.jongodb.binary)
  const actual = createHash('sha256').update(readFileSync(binary)).digest('hex')
  if (actual !== manifest.jongodb.sha256) {
    throw new Error(
      `${PACKAGE}@${manifest.version}: ${binary} has sha256 ${actual}, its package records ${manifest.jongodb.sha256}; not running it`,
    )
  }
  return binary
}

/** Starts the emulator and resolves with the URI it prints once it listens. */
async function startEmulator(): Promise<{ uri: string; emulator: StartedProcess }> {
  const binary = verifiedEmulatorBinary()
  let output = ''
  let announce: (uri: string) => void = () => {}
  const announced = new Promise<string>((resolve) => (announce = resolve))
  const emulator = startProcess(binary, ['--host=127.0.0.1'], {
    onOutput: (text) => {
      output += text
      const match = output.match(/JONGODB_URI=(mongodb:\/\/\S+)/)
      if (match?.[1]) announce(match[1])
    },
  })
  const uri = await Promise.race([
    announced,
    emulator.exited.then((exit) => {
      throw new Error(
        `the MongoDB emulator exited (${JSON.stringify(exit)}) before listening:\n${output}`,
      )
    }),
  ])
  return { uri, emulator }
}

export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.MONGODB_URI) {
    console.info(`MongoDB suite: against the server at MONGODB_URI`)
    return async () => {}
  }
  const { uri, emulator } = await startEmulator()
  // Forked test workers inherit this; tests/setup.ts gives each file its own database on it.
  process.env.MONGODB_URI = uri
  console.info(
    `MongoDB suite: against the wire-protocol emulator ${PACKAGE} at ${uri} (not MongoDB itself)`,
  )
  return async () => {
    await emulator.stop()
  }
}
