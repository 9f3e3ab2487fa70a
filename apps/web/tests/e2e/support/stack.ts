import { spawn, type ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'
import path from 'node:path'

/**
 * Extra CMS and portal processes for tests that must stop and start a server
 * (the outbox, the stale cache). They run the same built apps and start
 * commands as production; each gets its own ports, database and folders.
 */

export const root = path.resolve(import.meta.dirname, '../../../../..')

const quiet = {
  NEXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
}

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

async function waitUntilUp(url: string, child: ChildProcess, timeoutMs: number, log: () => string) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url} exited early:\n${log().slice(-3000)}`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) })
      if (response.status < 500) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms:\n${log().slice(-3000)}`)
}

function launch(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
): { child: ChildProcess; output: () => string } {
  let output = ''
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...quiet, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping it also stops `next start` under npm.
    detached: true,
  })
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  return { child, output: () => output }
}

function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    const signal = (name: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, name)
      } catch {
        // already gone
      }
    }
    signal('SIGTERM')
    const gaveUp = (ms: number) => new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), ms))
    if ((await Promise.race([exited, gaveUp(10_000)])) === 'timeout') {
      signal('SIGKILL')
      await Promise.race([exited, gaveUp(5_000)])
    }
  }
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
  const { child, output } = launch(
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
  await waitUntilUp(`${url}/api/health`, child, 180_000, output)
  return { url, child, output, stop: stopper(child) }
}

export interface PortalOptions {
  port: number
  cmsUrl: string
  env?: Record<string, string>
}

/** Starts the built portal server. */
export async function startPortal(options: PortalOptions): Promise<Server> {
  const url = `http://localhost:${options.port}`
  const { child, output } = launch('node', ['dist/server.mjs'], path.join(root, 'apps/web'), {
    CMS_URL: options.cmsUrl,
    SITE_URL: url,
    PORT: String(options.port),
    HOST: '127.0.0.1',
    CMS_API_KEY: secrets.portalApiKey,
    PORTAL_SECRET: secrets.portalSecret,
    PORTAL_HOOK_SECRET: secrets.hook,
    ...options.env,
  })
  await waitUntilUp(`${url}/_portal/health`, child, 60_000, output)
  return { url, child, output, stop: stopper(child) }
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
