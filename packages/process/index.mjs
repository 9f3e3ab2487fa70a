// Starts a server process, waits until its URL answers and stops it again with
// everything it started. The demo and test runners (scripts/), the end-to-end
// tests and the benchmark all start the apps this way. Plain Node with no
// dependencies: `npm run demo` loads it before `npm ci` has run, so scripts/
// import this file by its path; TypeScript code imports `@portal/process`,
// typed by index.d.ts.
import { spawn } from 'node:child_process'
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs'
import { clearTimeout, setTimeout } from 'node:timers'
import { setTimeout as delay } from 'node:timers/promises'

/** How much of a process's output is kept for error messages. */
const TAIL_BYTES = 20_000

/** Telemetry switches of every tool the repository runs: nothing it starts phones home. */
export const TELEMETRY_OFF = Object.freeze({
  NEXT_TELEMETRY_DISABLED: '1',
  ASTRO_TELEMETRY_DISABLED: '1',
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
})

/** Not running: exited, killed, or never started (a command that was not found). */
const notRunning = (/** @type {import('node:child_process').ChildProcess} */ child) =>
  child.pid === undefined || child.exitCode !== null || child.signalCode !== null

/** The last `TAIL_BYTES` of a file, read without loading a long log whole. */
function fileTail(/** @type {string} */ file) {
  try {
    const fd = openSync(file, 'r')
    try {
      const size = fstatSync(fd).size
      const length = Math.min(size, TAIL_BYTES)
      const buffer = Buffer.alloc(length)
      readSync(fd, buffer, 0, length, size - length)
      return buffer.toString('utf8')
    } finally {
      closeSync(fd)
    }
  } catch {
    return ''
  }
}

/**
 * Starts `command`, by default in a process group of its own, so that stopping
 * it also stops what it starts (`next start` under `npm start`).
 * @param {string} command
 * @param {readonly string[]} args
 * @param {import('./index').StartOptions} [options]
 * @returns {import('./index').StartedProcess}
 */
export function startProcess(command, args, options = {}) {
  const { cwd, env = {}, logFile, onOutput, detached = true } = options
  // With only a log file the output goes straight to it: a server answering
  // thousands of requests a second logs a lot, and this process, which may be
  // the one measuring it, should not have to read every line.
  const piped = logFile === undefined || onOutput !== undefined
  const fd = logFile === undefined ? undefined : openSync(logFile, 'a')
  const sink = piped || fd === undefined ? 'pipe' : fd
  const child = spawn(command, [...args], {
    cwd,
    env: { ...process.env, ...TELEMETRY_OFF, ...env },
    stdio: ['ignore', sink, sink],
    detached,
  })
  let tail = ''
  if (piped) {
    const take = (/** @type {'stdout' | 'stderr'} */ stream) => (/** @type {Buffer} */ chunk) => {
      if (fd !== undefined) writeSync(fd, chunk)
      const text = chunk.toString()
      tail = (tail + text).slice(-TAIL_BYTES)
      onOutput?.(text, stream)
    }
    child.stdout?.on('data', take('stdout'))
    child.stderr?.on('data', take('stderr'))
    if (fd !== undefined) {
      let open = true
      const close = () => {
        if (open) closeSync(fd)
        open = false
      }
      // 'close' comes after the last output; a command that could not start only has 'error'.
      child.once('close', close)
      child.once('error', close)
    }
  } else if (fd !== undefined) {
    // The child has its own copy of the descriptor.
    closeSync(fd)
  }

  /** @type {Promise<import('./index').Exit>} */
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }))
    // A command that cannot start (not found) emits 'error' and may never emit 'exit'.
    child.once('error', (error) => resolve({ code: null, signal: null, error }))
  })
  const output = () => (piped ? tail : fileTail(/** @type {string} */ (logFile)))
  return {
    child,
    exited,
    output,
    logFile,
    stop: (stopOptions) => stopProcess(child, stopOptions),
  }
}

/**
 * Sends `signal` to the child's process group, or to the child alone when it
 * has none of its own; false when nothing was left to signal.
 * @param {import('node:child_process').ChildProcess} child
 * @param {NodeJS.Signals} signal
 */
export function signalGroup(child, signal) {
  const pid = child.pid
  if (pid === undefined) return false
  try {
    process.kill(-pid, signal)
    return true
  } catch {
    // no group of its own (not started detached), or the group is gone
  }
  // Once reaped, its pid may belong to another process already.
  if (notRunning(child)) return false
  try {
    process.kill(pid, signal)
    return true
  } catch {
    return false
  }
}

/** Resolves true when the child exits within `ms`, false otherwise. */
function exitWithin(/** @type {import('node:child_process').ChildProcess} */ child, ms = 0) {
  if (notRunning(child)) return Promise.resolve(true)
  return new Promise((resolve) => {
    const onExit = () => {
      clearTimeout(timer)
      resolve(true)
    }
    const timer = setTimeout(() => {
      child.off('exit', onExit)
      resolve(false)
    }, ms)
    child.once('exit', onExit)
  })
}

/**
 * Stops a child and its process group: SIGTERM, then SIGKILL when it is still
 * running after `graceMs`; resolves once it has exited (or given up after `killWaitMs`).
 * @param {import('node:child_process').ChildProcess} child
 * @param {import('./index').StopOptions} [options]
 */
export async function stopProcess(child, { graceMs = 10_000, killWaitMs = 5_000 } = {}) {
  if (!signalGroup(child, 'SIGTERM')) return
  if (!(await exitWithin(child, graceMs))) {
    signalGroup(child, 'SIGKILL')
    await exitWithin(child, killWaitMs)
  }
  // The leader has exited; whatever it started and left behind in its group
  // would otherwise outlive the stop (and hold its port).
  signalGroup(child, 'SIGKILL')
}

/** How a process ended, for messages. */
function describeExit(/** @type {import('node:child_process').ChildProcess} */ child) {
  if (child.pid === undefined) return 'it did not start'
  return child.signalCode ? `signal ${child.signalCode}` : `code ${child.exitCode}`
}

/**
 * Polls `url` until its status satisfies `ready` (by default: below 500). Fails
 * at once when the watched process exits first, and after `timeoutMs` otherwise,
 * with the end of the process's output in the message.
 * @param {string} url
 * @param {import('./index').WaitOptions} options
 */
export async function waitForUrl(url, options) {
  const { timeoutMs, process: watched, ready = (status) => status < 500 } = options
  const intervalMs = options.intervalMs ?? 250
  const context = () => {
    if (!watched?.output) return ''
    const where = watched.logFile ? ` (output in ${watched.logFile})` : ''
    return `${where}:\n${watched.output().slice(-3000)}`
  }
  const child = watched?.child
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child && notRunning(child)) {
      throw new Error(
        `${url}: the process exited before answering (${describeExit(child)})${context()}`,
      )
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) })
      await response.body?.cancel()
      if (ready(response.status)) return
    } catch {
      // not up yet
    }
    // The next attempt, or at once when the process exits meanwhile.
    if (child) await exitWithin(child, intervalMs)
    else await delay(intervalMs)
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s${context()}`)
}
