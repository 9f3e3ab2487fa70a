// Keeps one app of the demo running: a crashed app is started again after a
// back-off while the other app keeps serving. Plain Node, like the other scripts.
import { clearTimeout, setTimeout } from 'node:timers'
// By path, like lib.mjs: the demo runs this before `npm ci` has linked the workspaces.
import { stopProcess } from '../packages/process/index.mjs'
import { start } from './lib.mjs'

/** An app that stayed up this long counts as healthy again: its back-off starts over. */
const HEALTHY_AFTER_MS = 60_000
const FIRST_BACKOFF_MS = 1000
const MAX_BACKOFF_MS = 30_000

/**
 * Starts `command` and restarts it whenever it exits, once `settle()` has said
 * that its first start came up; before that, an exit rejects `firstExit` so
 * the caller can report a broken start instead of looping on it.
 */
export function supervise(label, command, args, env) {
  let child
  let settled = false
  let stopping = false
  let failures = 0
  let timer
  let rejectFirst
  const firstExit = new Promise((_resolve, reject) => {
    rejectFirst = reject
  })
  firstExit.catch(() => undefined)

  const launch = () => {
    const startedAt = Date.now()
    child = start(label, command, args, env, { detached: true })
    console.log(`[demo] ${label} started (pid ${child.pid})`)
    child.on('exit', (code, signal) => {
      if (stopping) return
      const how = signal ? `signal ${signal}` : `code ${code}`
      if (!settled) {
        rejectFirst(new Error(`${label} exited during its first start (${how})`))
        return
      }
      if (Date.now() - startedAt > HEALTHY_AFTER_MS) failures = 0
      const wait = Math.min(FIRST_BACKOFF_MS * 2 ** failures, MAX_BACKOFF_MS)
      failures += 1
      console.log(`[demo] ${label} exited (${how}); restarting in ${wait / 1000} s`)
      timer = setTimeout(launch, wait)
    })
  }
  launch()

  return {
    get child() {
      return child
    },
    firstExit,
    /** The first start answered: from now on an exit is a crash to recover from. */
    settle() {
      settled = true
    },
    /** Stops the app (and stops restarting it); resolves when it has exited. */
    async stop() {
      stopping = true
      clearTimeout(timer)
      await stopProcess(child)
    },
  }
}
