// `npm run demo`: installs, builds and starts the CMS and the portal with the
// embedded SQLite database and the demo content, then prints where to go.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { quietEnv, root, run, start, waitForUrl } from './lib.mjs'

const cmsPort = process.env.CMS_PORT ?? '3000'
const webPort = process.env.WEB_PORT ?? '4321'
const cmsUrl = `http://localhost:${cmsPort}`
const webUrl = `http://localhost:${webPort}`

const installed = path.join(root, 'node_modules', '.package-lock.json')
const lockfile = path.join(root, 'package-lock.json')
if (!existsSync(installed) || statSync(lockfile).mtimeMs > statSync(installed).mtimeMs) {
  console.log('[demo] installing dependencies (npm ci)')
  if (!run('npm', ['ci'])) process.exit(1)
}

console.log('[demo] building the CMS and the portal')
if (
  !run('npx', ['turbo', 'run', 'build'], {
    env: { ...quietEnv, CMS_PUBLIC_URL: cmsUrl, PORTAL_URL: webUrl },
  })
) {
  process.exit(1)
}

// The demo runs the production build, which refuses to start without real
// secrets: make them on first start and keep them beside the demo database.
const dataDir = path.join(root, 'apps', 'cms', 'data')
mkdirSync(dataDir, { recursive: true })
function demoSecret(name, configured) {
  if (configured) return configured
  const file = path.join(dataDir, `.demo-${name}`)
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  return readFileSync(file, 'utf8').trim()
}
const secret = demoSecret('secret', process.env.PAYLOAD_SECRET)
// The portal files inquiries through the CMS's service account with this key.
const portalApiKey = demoSecret('portal-api-key', process.env.PORTAL_API_KEY)
const portalSecret = demoSecret('portal-secret', process.env.PORTAL_SECRET)
// Signs the CMS's change notifications and preview links to the portal.
const hookSecret = demoSecret('hook-secret', process.env.PORTAL_HOOK_SECRET)

const cms = start('cms', 'npm', ['start', '-w', '@portal/cms', '--', '--seed'], {
  PAYLOAD_SECRET: secret,
  PORTAL_API_KEY: portalApiKey,
  PORTAL_HOOK_SECRET: hookSecret,
  PORT: cmsPort,
  CMS_PUBLIC_URL: cmsUrl,
  PORTAL_URL: webUrl,
})
const children = [cms]
const stopAll = (code) => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM')
  process.exit(code)
}
process.on('SIGINT', () => stopAll(0))
process.on('SIGTERM', () => stopAll(0))

try {
  await waitForUrl(`${cmsUrl}/api/health`, 180_000, cms)
  const web = start('web', 'npm', ['start', '-w', '@portal/web'], {
    PORT: webPort,
    CMS_URL: cmsUrl,
    SITE_URL: webUrl,
    CMS_API_KEY: portalApiKey,
    PORTAL_SECRET: portalSecret,
    PORTAL_HOOK_SECRET: hookSecret,
  })
  children.push(web)
  await waitForUrl(webUrl, 60_000, web)
} catch (error) {
  console.error(`[demo] ${error.message}`)
  stopAll(1)
}

for (const child of children) child.on('exit', (code) => stopAll(code ?? 1))

console.log(`
  The county investment portal is running.

    Portal (visitors):   ${webUrl}
    Portal in English:   ${webUrl}/en/
    CMS admin (staff):   ${cmsUrl}/admin
    Demo login:          demo@example.com / demo-portal-2026   (demo only)
    Staff mails:         apps/cms/data/mail/   (no mail server needed for the demo)

  Press Ctrl+C to stop both.
`)
