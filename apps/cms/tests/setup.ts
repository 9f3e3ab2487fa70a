import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

// Runs before each test file's imports: give that file its own empty database and media folder.
if (!process.env.KEEP_DATABASE_URI) {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-cms-test-'))
  process.env.DATABASE_URI = `file:${path.join(dir, 'test.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
}
