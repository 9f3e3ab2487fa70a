import { type ChildProcess } from 'node:child_process'
import { createHmac } from 'node:crypto'
import { rmSync } from 'node:fs'
import path from 'node:path'
import { test } from '@playwright/test'
import { startProcess, waitForUrl } from '@portal/process'

/**
 * Extra CMS and portal processes for tests that must stop and start a server
 * (the outbox, the stale cache). They run the same built apps and start
 * commands as production; each gets its own ports, database and folders.
 */

export const root = path.resolve(import.meta.dirname, '../../../../..')

/** The secrets the main test servers share (set by playwright.config.ts). */
export const secrets = {
  payload: process.env.E2E_PAYLOAD_SECRET ?? '',
  portalApiKey: process.env.E2E_PORTAL_API_KEY ?? '',
  portalSecret: process.env.E2E_PORTAL_SECRET ?? '',
  hook: process.env.E2E_HOOK_SECRET ?? '',
}

export interface Server {
  url: string
  child: ChildProcess
  output: () => string
  stop: () => Promise<void>
}

/** Starts a server process in its own process group, so stopping it also stops `next start` under npm. */
function launch(command: string, args: string[], cwd: string, env: Record<string, string>) {
  return startProcess(command, args, { cwd, env })
}

export interface CmsOptions {
  port: number
  /** SQLite file; kept between a stop and the next start. */
  database: string
  seed?: boolean
  portalUrl?: string
  env?: Record<string, string>
}

/** Starts the CMS through its production start command (migrations, optional seed, `next start`). */
export async function startCms(options: CmsOptions): Promise<Server> {
  const url = `http://localhost:${options.port}`
  const cms = launch(
    'npm',
    ['start', '-w', '@portal/cms', ...(options.seed ? ['--', '--seed'] : [])],
    root,
    {
      DATABASE_URI: `file:${options.database}`,
      PAYLOAD_SECRET: secrets.payload,
      PORTAL_API_KEY: secrets.portalApiKey,
      PORTAL_HOOK_SECRET: secrets.hook,
      PORT: String(options.port),
      CMS_PUBLIC_URL: url,
      PORTAL_URL: options.portalUrl ?? 'http://localhost:4399',
      ...options.env,
    },
  )
  await waitForUrl(`${url}/api/health`, { timeoutMs: 180_000, process: cms })
  return { url, child: cms.child, output: cms.output, stop: () => cms.stop() }
}

export interface PortalOptions {
  port: number
  cmsUrl: string
  env?: Record<string, string>
  /** The build folder to run (default `dist`). */
  distDir?: string
}

/** Starts the built portal server. */
export async function startPortal(options: PortalOptions): Promise<Server> {
  const url = `http://localhost:${options.port}`
  const script = `${options.distDir ?? 'dist'}/server.mjs`
  const portal = launch('node', [script], path.join(root, 'apps/web'), {
    CMS_URL: options.cmsUrl,
    SITE_URL: url,
    PORT: String(options.port),
    HOST: '127.0.0.1',
    CMS_API_KEY: secrets.portalApiKey,
    PORTAL_SECRET: secrets.portalSecret,
    PORTAL_HOOK_SECRET: secrets.hook,
    ...options.env,
  })
  await waitForUrl(`${url}/_portal/health`, { timeoutMs: 60_000, process: portal })
  return { url, child: portal.child, output: portal.output, stop: () => portal.stop() }
}

/** Removes a SQLite database and its journal files. */
export function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true })
}

/** Polls `check` until it returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: unknown
  while (Date.now() < deadline) {
    try {
      const value = await check()
      if (value !== undefined) return value
    } catch (error) {
      last = error
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${what} did not happen within ${timeoutMs} ms${last ? `: ${String(last)}` : ''}`)
}

/** A form token as a portal page would have issued it `ageMs` ago (signed with the shared secret). */
export function formToken(type: string, ageMs = 10_000): string {
  const issuedAt = Date.now() - ageMs
  const signature = createHmac('sha256', secrets.portalSecret)
    .update(`${issuedAt}${type}`)
    .digest('base64url')
  return `${issuedAt}.${signature}`
}

/** Signs in to a CMS as the demo administrator; returns the Authorization header. */
export async function demoAdmin(cmsUrl: string): Promise<{ authorization: string }> {
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'demo@example.com', password: 'demo-portal-2026' }),
  })
  if (!login.ok) throw new Error(`demo login refused: ${login.status}`)
  const { token } = (await login.json()) as { token: string }
  return { authorization: `JWT ${token}` }
}

/**
 * A spec's own stack: CMS and portal ports offset from the main test servers'
 * (so runs on other ports, E2E_CMS_PORT/E2E_WEB_PORT, keep apart) and a
 * database file named after the spec.
 */
export function ownStack(offset: number, name: string) {
  const cmsPort = Number(process.env.E2E_CMS_PORT ?? 3100) + offset
  const webPort = Number(process.env.E2E_WEB_PORT ?? 4400) + offset
  return { cmsPort, webPort, database: path.join(root, `apps/cms/data/e2e-${name}-${cmsPort}.db`) }
}

/** Creates a news item through the CMS's REST API, newest of all; resolves with its id and slug. */
export async function createNews(
  cmsUrl: string,
  auth: { authorization: string },
  data: { title: string; category: string; _status: 'draft' | 'published' },
): Promise<{ id: number; slug: string }> {
  const created = await fetch(
    `${cmsUrl}/api/news${data._status === 'draft' ? '?draft=true' : ''}`,
    {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', origin: cmsUrl },
      body: JSON.stringify({ ...data, publishedAt: new Date().toISOString() }),
    },
  )
  if (created.status !== 201) throw new Error(`news not created: ${created.status}`)
  return ((await created.json()) as { doc: { id: number; slug: string } }).doc
}

/** A seeded CMS and a portal it notifies, once `useOwnStack`'s before-all hook has run. */
export interface OwnStack {
  cms: Server
  portal: Server
  /** The CMS's SQLite file. */
  database: string
}

/**
 * Gives a spec a seeded CMS and a portal of its own (ports and database from
 * `ownStack`), started before its tests and stopped, database removed, after.
 */
export function useOwnStack(
  offset: number,
  name: string,
  options: { cmsEnv?: Record<string, string> } = {},
): OwnStack {
  const { cmsPort, webPort, database } = ownStack(offset, name)
  const own = { database } as OwnStack
  test.beforeAll(async () => {
    test.setTimeout(300_000)
    removeDatabase(database)
    own.cms = await startCms({
      port: cmsPort,
      database,
      seed: true,
      portalUrl: `http://localhost:${webPort}`,
      env: options.cmsEnv,
    })
    own.portal = await startPortal({ port: webPort, cmsUrl: own.cms.url })
  })
  test.afterAll(async () => {
    test.setTimeout(60_000)
    await own.portal?.stop()
    await own.cms?.stop()
    removeDatabase(database)
  })
  return own
}
