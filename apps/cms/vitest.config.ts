import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Test files that are about SQLite itself (its files, its migrations) or that
// build a MongoDB configuration without a server: the MongoDB run leaves them out.
const SQLITE_ONLY = ['tests/search-migration.test.ts', 'tests/mongodb-config.test.ts']

// Integration tests run Payload's Local API against a real database, one
// fresh database per test file, one file at a time (each boots its own
// Payload): a SQLite file by default; with CMS_TEST_DATABASE=mongodb
// (`npm run test:mongodb`), a database on MONGODB_URI or on the wire-protocol
// emulator tests/mongodb-emulator.ts starts.
const mongodb = process.env.CMS_TEST_DATABASE === 'mongodb'

export default defineConfig({
  resolve: {
    alias: { '@payload-config': path.join(dirname, 'src/payload.config.ts') },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: mongodb ? SQLITE_ONLY : [],
    globalSetup: mongodb ? ['tests/mongodb-emulator.ts'] : [],
    setupFiles: ['tests/setup.ts'],
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: 'test', DISABLE_PAYLOAD_HMR: 'true' },
  },
})
