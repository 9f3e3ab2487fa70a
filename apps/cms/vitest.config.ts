import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Integration tests run Payload's Local API against a real SQLite file, one
// fresh file per test file, one file at a time (each boots its own Payload).
export default defineConfig({
  resolve: {
    alias: { '@payload-config': path.join(dirname, 'src/payload.config.ts') },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    fileParallelism: false,
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: 'test', DISABLE_PAYLOAD_HMR: 'true' },
  },
})
