// Small helpers shared by the demo and test runners (plain Node: they run before install).
import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Environment with every tool's telemetry switched off: nothing here phones home. */
export const quietEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
}

/** Runs a command in the foreground; returns true when it exits 0. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: quietEnv,
    ...options,
  })
  return result.status === 0
}

/**
 * Starts a long-running command with its output prefixed by a label. With
 * `detached`, it gets its own process group, so stopping it also stops what
 * it started (`next start` under npm).
 */
export function start(label, command, args, env, { detached = false } = {}) {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...quietEnv, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached,
  })
  const prefix = (chunk) =>
    chunk
      .toString()
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => `[${label}] ${line}\n`)
      .join('')
  child.stdout.on('data', (chunk) => process.stdout.write(prefix(chunk)))
  child.stderr.on('data', (chunk) => process.stderr.write(prefix(chunk)))
  return child
}

/** Polls a URL until it answers 2xx, or fails after `timeoutMs`. */
export async function waitForUrl(url, timeoutMs, child) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${url}: the server exited early`)
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) })
      if (response.ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}
