// Processes of a run: every one started here is stopped again, whatever happens.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { signalGroup, startProcess, stopProcess } from '@portal/process'
import { logsDir, root } from './config.mjs'

/** @type {Set<import('node:child_process').ChildProcess>} */
const children = new Set()

/** Lines of a loader's or profiler's output worth showing while it runs. */
function echoProgress(/** @type {string} */ text) {
  for (const line of text.split('\n')) {
    if (/^\[(load|profile)\]|Error|error:/.test(line)) console.log(`  ${line}`)
  }
}

/**
 * Starts a process in its own process group (so stopping it stops what it
 * starts, like `next start` under npm), its output appended to logs/<name>.log.
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: Record<string, string>, echo?: boolean }} [opts]
 */
export function launch(name, command, args, opts = {}) {
  mkdirSync(logsDir, { recursive: true })
  const started = startProcess(command, args, {
    cwd: opts.cwd ?? root,
    env: opts.env,
    logFile: path.join(logsDir, `${name}.log`),
    onOutput: opts.echo ? echoProgress : undefined,
  })
  children.add(started.child)
  started.child.on('exit', () => children.delete(started.child))
  return started
}

/** Stops every process this run started and has not stopped yet. */
export async function stopAll() {
  await Promise.all([...children].map((child) => stopProcess(child)))
}

/** Stops everything on Ctrl+C and the like; kills what is left when the run exits anyway. */
export function stopOnExit() {
  let stopping = false
  for (const name of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) {
    process.on(name, () => {
      if (stopping) return
      stopping = true
      console.error(`\nbench: ${name}, stopping everything it started`)
      stopAll().finally(() => process.exit(130))
    })
  }
  process.on('exit', () => {
    // Last resort (an exception on the way out): nothing started here outlives the run.
    for (const child of children) signalGroup(child, 'SIGKILL')
  })
}

/**
 * Runs a command to completion; throws with the end of its log on failure.
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: Record<string, string>, echo?: boolean }} [opts]
 */
export async function runToEnd(name, command, args, opts = {}) {
  const started = launch(name, command, args, opts)
  const { code, signal } = await started.exited
  if (code !== 0) {
    const tail = started.output().split('\n').slice(-40).join('\n')
    throw new Error(
      `${name} failed (${code ?? signal}); last lines of ${started.logFile}:\n${tail}`,
    )
  }
}
