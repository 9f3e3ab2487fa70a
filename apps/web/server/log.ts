import { writeSync } from 'node:fs'

/**
 * The portal's request log: one line per request. `console.log` formats and
 * writes each line synchronously, which cost the cached-page path about a
 * third of its CPU under load (docs/benchmarks.md). Lines are gathered and
 * written once per turn of the event loop instead, in one write; whatever is
 * still waiting when the process exits is written synchronously then.
 */
export interface LineLog {
  /** Queues one line (without its newline). */
  line(text: string): void
  /** Writes every queued line now, synchronously. */
  flush(): void
}

export function createLineLog(
  write: (chunk: string) => void,
  writeNow: (chunk: string) => void = write,
): LineLog {
  let queued: string[] = []
  let scheduled = false
  const take = () => {
    const chunk = queued.join('')
    queued = []
    scheduled = false
    return chunk
  }
  return {
    line(text) {
      queued.push(`${text}\n`)
      if (scheduled) return
      scheduled = true
      setImmediate(() => {
        if (queued.length) write(take())
        else scheduled = false
      })
    },
    flush() {
      if (queued.length) writeNow(take())
    },
  }
}

/** Standard output, batched; flushed on exit so the last lines are never lost. */
export function stdoutLineLog(): LineLog {
  const log = createLineLog(
    (chunk) => process.stdout.write(chunk),
    (chunk) => writeSync(1, chunk),
  )
  process.on('exit', () => log.flush())
  return log
}

/** The request log's writer: one JSON object per line, or `key=value` pairs for people. */
export function createRequestLog(json: boolean, lines: LineLog = stdoutLineLog()) {
  return (fields: Record<string, unknown>): void => {
    if (json) lines.line(JSON.stringify({ time: new Date().toISOString(), ...fields }))
    else
      lines.line(
        Object.entries(fields)
          .map(([k, v]) => `${k}=${String(v)}`)
          .join(' '),
      )
  }
}
