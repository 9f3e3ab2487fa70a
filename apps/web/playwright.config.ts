import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { defineConfig, devices } from '@playwright/test'

// End-to-end tests run the built apps exactly as production does: the CMS
// through its start command (migrations, demo seed, `next start`) on a fresh
// SQLite file, and the portal's standalone Node server pointed at it. Ports
// differ from the defaults so a running demo does not get in the way.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const cmsPort = Number(process.env.E2E_CMS_PORT ?? 3100)
const webPort = Number(process.env.E2E_WEB_PORT ?? 4400)
const cmsUrl = `http://localhost:${cmsPort}`
const webUrl = `http://localhost:${webPort}`
// One database per CMS port, so runs on other ports (E2E_CMS_PORT, E2E_WEB_PORT) can go side by side.
const e2eDatabase = path.join(root, `apps/cms/data/e2e-${cmsPort}.db`)
// Fresh secrets per run; workers re-read this file but only the main process starts servers.
function runSecret(name: string): string {
  const value = process.env[name] ?? randomBytes(32).toString('hex')
  process.env[name] = value
  return value
}
const secret = runSecret('E2E_PAYLOAD_SECRET')
const portalApiKey = runSecret('E2E_PORTAL_API_KEY')
const portalSecret = runSecret('E2E_PORTAL_SECRET')
const hookSecret = runSecret('E2E_HOOK_SECRET')
/** Staff notification mails of this run (no SMTP server: the CMS writes .eml files). */
const mailDir = path.join(root, `apps/cms/data/e2e-mail-${cmsPort}`)
const outboxDir = path.join(root, `apps/web/data/e2e-outbox-${webPort}`)
process.env.E2E_MAIL_DIR = mailDir
process.env.E2E_OUTBOX_DIR = outboxDir

/** Where the tests find the two apps. */
process.env.E2E_CMS_URL = cmsUrl

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: webUrl,
    trace: 'retain-on-failure',
    launchOptions: {
      // `npm test` sets PLAYWRIGHT_BUNDLED_CHROMIUM after downloading Playwright's own
      // Chromium on machines without Debian's package (packages/process/browser.mjs).
      executablePath:
        process.env.PLAYWRIGHT_BUNDLED_CHROMIUM === '1'
          ? undefined
          : (process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost',
      ],
    },
  },
  projects: [
    // Visitors come on phones; staff work at desks.
    {
      name: 'phone',
      testIgnore: /admin-.*\.spec\.ts/,
      use: { ...devices['Pixel 7'], browserName: 'chromium' },
    },
    {
      name: 'desktop',
      testMatch: /admin-.*\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], browserName: 'chromium', locale: 'en-US' },
    },
  ],
  webServer: [
    {
      command: `rm -rf ${e2eDatabase} ${e2eDatabase}-wal ${e2eDatabase}-shm ${mailDir} && npm start -w @portal/cms -- --seed`,
      cwd: root,
      url: `${cmsUrl}/api/health`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: 'pipe',
      env: {
        DATABASE_URI: `file:${e2eDatabase}`,
        PAYLOAD_SECRET: secret,
        PORTAL_API_KEY: portalApiKey,
        PORTAL_HOOK_SECRET: hookSecret,
        MAIL_DIR: mailDir,
        PORT: String(cmsPort),
        CMS_PUBLIC_URL: cmsUrl,
        PORTAL_URL: webUrl,
        NEXT_TELEMETRY_DISABLED: '1',
      },
    },
    {
      command: `rm -rf ${outboxDir} && node dist/server.mjs`,
      cwd: path.join(root, 'apps/web'),
      url: `${webUrl}/_portal/health`,
      timeout: 60_000,
      reuseExistingServer: false,
      env: {
        CMS_URL: cmsUrl,
        SITE_URL: webUrl,
        PORT: String(webPort),
        // No HOST: the production default (IPv6 and IPv4, tests/e2e/ipv6.spec.ts).
        CMS_API_KEY: portalApiKey,
        PORTAL_SECRET: portalSecret,
        PORTAL_HOOK_SECRET: hookSecret,
        OUTBOX_DIR: outboxDir,
        // Browser tests fill forms faster than people and share one address;
        // the refusal tests run their own portal with the production defaults.
        INQUIRY_MIN_FILL_SECONDS: '0',
        INQUIRY_RATE_LIMIT: '1000',
        LOOKUP_RATE_LIMIT: '1000',
      },
    },
  ],
})
