import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Integration tests run Payload's Local API against a real database, one
// fresh database per test file, one file at a time (each boots its own
// Payload): a SQLite file by default; with CMS_TEST_DATABASE=mongodb
// (`npm run test:mongodb`), a database on MONGODB_URI or on the wire-protocol
// emulator tests/mongodb-emulator.ts starts.
const mongodb = process.env.CMS_TEST_DATABASE === 'mongodb'
// On the emulator (no MONGODB_URI given), the workers load Payload's MongoDB
// adapter with join aggregations off: see tests/support/mongodb-emulator-preload.mjs.
const emulator = mongodb && !process.env.MONGODB_URI
const EMULATOR_PRELOAD = path.join(dirname, 'tests/support/mongodb-emulator-preload.mjs')

export default defineConfig({
  resolve: {
    alias: { '@payload-config': path.join(dirname, 'src/payload.config.ts') },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: mongodb ? ['tests/mongodb-emulator.ts'] : [],
    setupFiles: ['tests/setup.ts'],
    fileParallelism: false,
    execArgv: emulator ? ['--import', EMULATOR_PRELOAD] : [],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: 'test', DISABLE_PAYLOAD_HMR: 'true' },
  },
})
