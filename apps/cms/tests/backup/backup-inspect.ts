// Run in a child process by the backup tests, against the restored database:
// node --conditions=production scripts/run.mjs tests/backup/backup-inspect.ts <out.json> [archive]
// Writes what the restored CMS holds (see view.ts) to out.json, optionally
// backs it up again to `archive`, then checks that the demo admin can sign in
// and that the portal's key (PORTAL_API_KEY) authenticates its service account.
import { writeFileSync } from 'node:fs'
import { productionEnv } from '../../scripts/operations'

const [outFile, archive] = process.argv.slice(2)
if (!outFile) {
  console.error('usage: backup-inspect.ts <out.json> [archive]')
  process.exit(2)
}
const env = productionEnv('inspect the restored CMS')

const { getPayload } = await import('payload')
const { default: config } = await import('../../src/payload.config')
const { exportArchive } = await import('../../src/backup')
const { DEMO_USER } = await import('../../src/seed')
const { contentView } = await import('./view')

const payload = await getPayload({ config })
try {
  // Read and archive before signing in: a login writes a session to the user.
  const view = await contentView(payload)
  if (archive) await exportArchive(payload, archive)
  const login = await payload
    .login({
      collection: 'users',
      data: { email: DEMO_USER.email, password: DEMO_USER.password },
    })
    .then((result) => ({ ok: Boolean(result.token), email: result.user?.email ?? null }))
    .catch((error: Error) => ({ ok: false, email: null, error: error.message }))
  const auth = await payload.auth({
    headers: new Headers({ Authorization: `service-accounts API-Key ${env.PORTAL_API_KEY}` }),
  })
  const service = auth.user
    ? { collection: auth.user.collection, name: (auth.user as { name?: string }).name ?? null }
    : null
  writeFileSync(outFile, JSON.stringify({ view, login, service }))
} finally {
  await payload.destroy()
}
process.exit(0)
