import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

// Runs before each test file's imports: give that file its own empty database, media and mail folders.
// The MongoDB run (`npm run test:mongodb`) gives each file its own database on the server
// that tests/mongodb-emulator.ts found or started; the default is a fresh SQLite file.
if (!process.env.KEEP_DATABASE_URI) {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-cms-test-'))
  const mongo = process.env.CMS_TEST_DATABASE === 'mongodb' ? process.env.MONGODB_URI : undefined
  process.env.DATABASE_URI = mongo
    ? mongoDatabase(mongo, `portal_test_${randomBytes(6).toString('hex')}`)
    : `file:${path.join(dir, 'test.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  process.env.MAIL_DIR = path.join(dir, 'mail')
}

/** The same server address with another database name (and the same options). */
function mongoDatabase(uri: string, name: string): string {
  const match = uri.match(/^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/[^?]*)?(\?.*)?$/)
  if (!match) throw new Error('MONGODB_URI is not a mongodb:// address')
  return `${match[1]}/${name}${match[2] ?? ''}`
}

// No portal listens during these tests; the notification test turns this back on with its own listener.
process.env.PAYLOAD_DISABLE_PORTAL_NOTIFY ??= '1'
