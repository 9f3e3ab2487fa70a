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

// The demo runs the production build, which refuses to start without a real
// secret: make one on first start and keep it beside the demo database.
const dataDir = path.join(root, 'apps', 'cms', 'data')
const secretFile = path.join(dataDir, '.demo-secret')
mkdirSync(dataDir, { recursive: true })
if (!existsSync(secretFile))
  writeFileSync(secretFile, randomBytes(32).toString('hex'), { mode: 0o600 })
const secret = process.env.PAYLOAD_SECRET || readFileSync(secretFile, 'utf8').trim()

const cms = start('cms', 'npm', ['start', '-w', '@portal/cms', '--', '--seed'], {
  PAYLOAD_SECRET: secret,
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
  await waitForUrl(`${cmsUrl}/api/projects?limit=1`, 180_000, cms)
  const web = start('web', 'npm', ['start', '-w', '@portal/web'], {
    PORT: webPort,
    CMS_URL: cmsUrl,
    SITE_URL: webUrl,
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

  Press Ctrl+C to stop both.
`)
