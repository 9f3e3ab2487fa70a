import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll } from 'vitest'
import { dropTestDatabases, freshDatabaseUri } from './support/database'

// Runs before each test file's imports: give that file its own empty database, media and mail folders.
// The MongoDB run (`npm run test:mongodb`) gives each file its own database on the server
// that tests/mongodb-emulator.ts found or started; the default is a fresh SQLite file.
if (!process.env.KEEP_DATABASE_URI) {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-cms-test-'))
  process.env.DATABASE_URI = freshDatabaseUri(dir)
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.MAIL_DIR = path.join(dir, 'mail')
}

// After the file's own hooks (Payload destroyed): on MongoDB, drop the databases it was given.
afterAll(dropTestDatabases)

// No portal listens during these tests; the notification test turns this back on with its own listener.
process.env.PAYLOAD_DISABLE_PORTAL_NOTIFY ??= '1'
