// The servers a run measures: the CMS, portals on it, and the static yardstick.
import path from 'node:path'
import { waitForUrl } from '@portal/process'
import {
  CMS_URL,
  PORTAL_URL,
  PORTS,
  STATIC_URL,
  benchDir,
  cmsEnv,
  resultsDir,
  secrets,
  webDist,
} from './config.mjs'
import { launch } from './processes.mjs'

/** True when nothing listens on `port` (a connection is refused). */
export async function portIsFree(/** @type {number} */ port) {
  try {
    await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) })
    return false
  } catch (error) {
    const code = /** @type {{ cause?: { code?: string } }} */ (error).cause?.code
    return code === 'ECONNREFUSED'
  }
}

/**
 * Starts a process and waits until `url` answers below 500.
 * @param {string} url
 * @param {number} timeoutMs
 * @param {Parameters<typeof launch>} how
 */
async function launchServer(url, timeoutMs, ...how) {
  const server = launch(...how)
  await waitForUrl(url, { timeoutMs, process: server, intervalMs: 300 })
  return server
}

/**
 * Starts a CMS on the benchmark database through its production start command
 * (by default the run's main CMS, which notifies the main portal). Resolves once
 * its health check answers; `url` is where it listens.
 * @param {{ name?: string, port?: number, portalUrl?: string }} [where]
 */
export async function startCms({ name = 'cms', port = PORTS.cms, portalUrl = PORTAL_URL } = {}) {
  const url = port === PORTS.cms ? CMS_URL : `http://127.0.0.1:${port}`
  const server = await launchServer(
    `${url}/api/health`,
    180_000,
    name,
    'npm',
    ['start', '-w', '@portal/cms'],
    {
      env: {
        ...cmsEnv,
        PORT: String(port),
        CMS_PUBLIC_URL: url,
        PORTAL_URL: portalUrl,
        PORTAL_NOTIFY_URLS: portalUrl,
      },
    },
  )
  return Object.assign(server, { url })
}

/**
 * Starts a portal server on the benchmark CMS.
 * @param {string} name
 * @param {number} port
 * @param {Record<string, string>} [env]
 * @param {string[]} [nodeArgs]
 */
export function startPortal(name, port, env = {}, nodeArgs = []) {
  return launchServer(
    `http://127.0.0.1:${port}/_portal/health`,
    60_000,
    name,
    'node',
    [...nodeArgs, path.join(webDist, 'server.mjs')],
    {
      cwd: resultsDir,
      env: {
        NODE_ENV: 'production',
        CMS_URL,
        SITE_URL: `http://127.0.0.1:${port}`,
        PORT: String(port),
        HOST: '127.0.0.1',
        CMS_API_KEY: secrets.portalApiKey,
        PORTAL_SECRET: secrets.portalSecret,
        PORTAL_HOOK_SECRET: secrets.hook,
        OUTBOX_DIR: path.join(resultsDir, `outbox-${name}`),
        ...env,
      },
    },
  )
}

/** Starts bench/static-server.mjs on the pages of a manifest file. */
export function startStatic(/** @type {string} */ manifestFile) {
  return launchServer(`${STATIC_URL}/`, 20_000, 'static', 'node', [
    path.join(benchDir, 'static-server.mjs'),
    manifestFile,
    String(PORTS.static),
  ])
}
