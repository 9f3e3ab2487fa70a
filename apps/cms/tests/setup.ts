import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

// Runs before each test file's imports: give that file its own empty database, media and mail folders.
if (!process.env.KEEP_DATABASE_URI) {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-cms-test-'))
  process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.MAIL_DIR = path.join(dir, 'mail')
}

// No portal listens during these tests; the notification test turns this back on with its own listener.
process.env.PAYLOAD_DISABLE_PORTAL_NOTIFY ??= '1'
