// Vitest global set-up for the MongoDB run of the integration suite
// (`npm run test:mongodb`). With MONGODB_URI set, the suite uses that server.
// Without it, it starts the MongoDB wire-protocol emulator shipped in the npm
// package @jongodb/memory-server-bin-linux-x64-gnu (an in-memory emulator, not
// MongoDB itself) as a single-node replica set (transactions need one), after
// checking the binary against the sha256 its package records, puts the relay
// of tests/support/mongodb-emulator-shim.ts in front of it, and stops both at
// the end.
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { startProcess, type StartedProcess } from '@portal/process'
import { startEmulatorShim } from './support/mongodb-emulator-shim'

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
      `${PACKAGE} is not installed (it exists for Linux x64 with glibc only). Run the MongoDB suite against a server instead: MONGODB_URI='mongodb://host:27017/portal?replicaSet=rs0' npm run test:mongodb -w @portal/cms`,
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
  const args = [
    '--host=127.0.0.1',
    '--topology-profile=singleNodeReplicaSet',
    '--replica-set-name=rs0',
  ]
  const emulator = startProcess(binary, args, {
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
  const upstream = new URL(uri)
  const shim = await startEmulatorShim(upstream.host)
  // Forked test workers (and the CMS processes tests start) inherit these;
  // tests/setup.ts gives each file its own database on the server.
  process.env.MONGODB_URI = `mongodb://${shim.address}/test${upstream.search}`
  process.env.CMS_TEST_MONGODB_EMULATOR = '1'
  console.info(
    `MongoDB suite: against the wire-protocol emulator ${PACKAGE} at ${uri} (not MongoDB itself), through tests/support/mongodb-emulator-shim.ts at ${shim.address}`,
  )
  return async () => {
    await shim.stop()
    await emulator.stop()
  }
}
