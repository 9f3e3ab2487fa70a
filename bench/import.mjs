// How long the project-list import (Excel in) takes for a 2,000-row file:
// the preview staff see, then the commit that writes every row in one
// transaction. Builds a throw-away SQLite database in a temporary folder,
// prints the figures and deletes it. Asserts nothing; the figure is recorded
// in docs/benchmarks.md.
//
// Usage: node bench/import.mjs [--rows <n>]
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dir = mkdtempSync(path.join(tmpdir(), 'portal-import-bench-'))
const secret = () => randomBytes(24).toString('hex')
try {
  const run = spawnSync(
    'node',
    [
      '--conditions=production',
      'scripts/run.mjs',
      path.join(root, 'bench/bench-import.ts'),
      ...process.argv.slice(2),
    ],
    {
      cwd: path.join(root, 'apps/cms'),
      stdio: 'inherit',
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URI: `file:${path.join(dir, 'import.db')}`,
        MEDIA_DIR: path.join(dir, 'media'),
        MAIL_DIR: path.join(dir, 'mail'),
        PAYLOAD_SECRET: secret(),
        PORTAL_API_KEY: secret(),
        PORTAL_HOOK_SECRET: secret(),
        PAYLOAD_DISABLE_JOBS: '1',
        PAYLOAD_DISABLE_PORTAL_NOTIFY: '1',
      },
    },
  )
  process.exitCode = run.status ?? 1
} finally {
  rmSync(dir, { recursive: true, force: true })
}
