// Small helpers shared by the demo and test runners (plain Node: they run before install).
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
// By path, not by package name: before `npm ci` there is no node_modules to resolve it from.
import {
  TELEMETRY_OFF,
  startProcess,
  waitForUrl as waitUntilUp,
} from '../packages/process/index.mjs'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Environment with every tool's telemetry switched off: nothing here phones home. */
export const quietEnv = { ...process.env, ...TELEMETRY_OFF }

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
  const prefix = (text) =>
    text
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => `[${label}] ${line}\n`)
      .join('')
  const { child } = startProcess(command, args, {
    cwd: root,
    env,
    detached,
    onOutput: (text, stream) => process[stream].write(prefix(text)),
  })
  return child
}

/** Polls a URL until it answers 2xx, or fails after `timeoutMs` (or when `child` exits first). */
export function waitForUrl(url, timeoutMs, child) {
  return waitUntilUp(url, {
    timeoutMs,
    process: child ? { child } : undefined,
    ready: (status) => status >= 200 && status < 300,
    intervalMs: 500,
  })
}
