// `npm run demo`: installs, builds and starts the CMS and the portal with the
// embedded SQLite database and the demo content, then prints where to go.
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { quietEnv, root, run, waitForUrl } from './lib.mjs'
import { supervise } from './supervise.mjs'

const cmsPort = process.env.CMS_PORT ?? '3000'
const webPort = process.env.WEB_PORT ?? '4321'
const cmsUrl = `http://localhost:${cmsPort}`
const webUrl = `http://localhost:${webPort}`

// DEMO_SKIP_BUILD=1 starts what is already built (the supervision test uses it).
if (process.env.DEMO_SKIP_BUILD !== '1') {
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

// Each app is supervised on its own: when one crashes it is started again
// (with a growing pause if it keeps crashing) and the other keeps serving.
const cms = supervise('cms', 'npm', ['start', '-w', '@portal/cms', '--', '--seed'], {
  PAYLOAD_SECRET: secret,
  PORTAL_API_KEY: portalApiKey,
  PORTAL_HOOK_SECRET: hookSecret,
  PORT: cmsPort,
  CMS_PUBLIC_URL: cmsUrl,
  PORTAL_URL: webUrl,
})
const apps = [cms]
let stopping = false
const stopAll = async (code) => {
  if (stopping) return
  stopping = true
  await Promise.all(apps.map((app) => app.stop()))
  process.exit(code)
}
process.on('SIGINT', () => void stopAll(0))
process.on('SIGTERM', () => void stopAll(0))

/** Waits for an app's first start to answer, or fails when it exits first. */
async function firstStart(app, url, timeoutMs) {
  await Promise.race([waitForUrl(url, timeoutMs), app.firstExit])
  app.settle()
}

try {
  await firstStart(cms, `${cmsUrl}/api/health`, 180_000)
  const web = supervise('web', 'npm', ['start', '-w', '@portal/web'], {
    PORT: webPort,
    CMS_URL: cmsUrl,
    SITE_URL: webUrl,
    CMS_API_KEY: portalApiKey,
    PORTAL_SECRET: portalSecret,
    PORTAL_HOOK_SECRET: hookSecret,
  })
  apps.push(web)
  await firstStart(web, `${webUrl}/_portal/health`, 60_000)
} catch (error) {
  console.error(`[demo] ${error.message}`)
  await stopAll(1)
}

console.log(`
  The county investment portal is running.

    Portal (visitors):   ${webUrl}
    Portal in English:   ${webUrl}/en/
    CMS admin (staff):   ${cmsUrl}/admin
    Demo login:          demo@example.com / demo-portal-2026   (demo only)
    Staff mails:         apps/cms/data/mail/   (no mail server needed for the demo)

  Press Ctrl+C to stop both. An app that crashes is started again by itself.
`)
