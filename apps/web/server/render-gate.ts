/**
 * Bounds the page renders in flight. Every render of a page that is not in
 * the cache asks the CMS; a crawler walking filter combinations can start
 * hundreds at once, and then every one of them is slow and connections time
 * out. The gate runs `limit` renders at once, lets up to `queue` more wait
 * at most `queueMs`, and refuses the rest at once: the caller answers those
 * with a 503 and `Retry-After` (or the stale copy it holds), which a visitor
 * or a crawler can act on, instead of a connection that hangs.
 */

export class Overloaded extends Error {
  constructor(readonly reason: 'queue-full' | 'queue-timeout') {
    super(`too many renders in flight (${reason})`)
  }
}

export interface RenderGateOptions {
  limit: number
  queue: number
  queueMs: number
}

export interface RenderGate {
  /** Runs `task` when a slot is free; rejects with Overloaded when none comes in time. */
  run<T>(task: () => Promise<T>): Promise<T>
  stats(): { running: number; waiting: number; refused: number }
}

interface Waiter {
  start: () => void
  timer: ReturnType<typeof setTimeout>
}

/** Creates a gate with its own slots and queue. */
export function createRenderGate(options: RenderGateOptions): RenderGate {
  let running = 0
  let refused = 0
  const waiting: Waiter[] = []

  function release(): void {
    running -= 1
    const next = waiting.shift()
    if (next) {
      clearTimeout(next.timer)
      next.start()
    }
  }

  function slot(): Promise<void> {
    if (running < options.limit) {
      running += 1
      return Promise.resolve()
    }
    if (waiting.length >= options.queue) {
      refused += 1
      return Promise.reject(new Overloaded('queue-full'))
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        start: () => {
          running += 1
          resolve()
        },
        timer: setTimeout(() => {
          waiting.splice(waiting.indexOf(waiter), 1)
          refused += 1
          reject(new Overloaded('queue-timeout'))
        }, options.queueMs),
      }
      waiting.push(waiter)
    })
  }

  return {
    async run(task) {
      await slot()
      try {
        return await task()
      } finally {
        release()
      }
    },
    stats: () => ({ running, waiting: waiting.length, refused }),
  }
}
