import { EventEmitter } from 'node:events'
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

/** A response rendered by Astro and held in memory. */
export interface Rendered {
  status: number
  headers: Array<[string, string]>
  body: Buffer
}

/**
 * Just enough of Node's `ServerResponse` for Astro's `writeResponse` to write
 * into memory instead of a socket, so the page can be stored before it is sent.
 */
class CapturedResponse extends EventEmitter {
  statusCode = 200
  statusMessage = ''
  headersSent = false
  finished = false
  private readonly headerMap = new Map<string, string | string[]>()
  private readonly chunks: Buffer[] = []

  constructor(
    /**
     * The request being answered. Astro's `writeResponse` finds through it the
     * socket listener its `createRequest` added, and removes it on 'finish':
     * without it each render on a kept-alive connection left one behind.
     */
    readonly req: IncomingMessage,
    private readonly done: (rendered: Rendered) => void,
    private readonly failed: (error: Error) => void,
  ) {
    super()
  }

  setHeader(name: string, value: string | number | readonly string[]): this {
    this.headerMap.set(
      name.toLowerCase(),
      Array.isArray(value) ? [...(value as string[])] : String(value),
    )
    return this
  }

  getHeader(name: string): string | string[] | undefined {
    return this.headerMap.get(name.toLowerCase())
  }

  removeHeader(name: string): void {
    this.headerMap.delete(name.toLowerCase())
  }

  hasHeader(name: string): boolean {
    return this.headerMap.has(name.toLowerCase())
  }

  writeHead(status: number, ...rest: unknown[]): this {
    this.statusCode = status
    const headers = rest.find((arg) => arg && typeof arg === 'object') as
      OutgoingHttpHeaders | undefined
    for (const [name, value] of Object.entries(headers ?? {})) {
      if (value !== undefined) this.setHeader(name, value as string | number | string[])
    }
    this.headersSent = true
    return this
  }

  write(chunk: string | Uint8Array, encodingOrCallback?: unknown, callback?: unknown): boolean {
    this.chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk))
    const cb = typeof encodingOrCallback === 'function' ? encodingOrCallback : callback
    if (typeof cb === 'function') queueMicrotask(() => (cb as () => void)())
    return true
  }

  end(chunk?: unknown): this {
    if (typeof chunk === 'string' || chunk instanceof Uint8Array) this.write(chunk)
    if (this.finished) return this
    this.finished = true
    this.headersSent = true
    const headers: Array<[string, string]> = []
    for (const [name, value] of this.headerMap) {
      for (const one of Array.isArray(value) ? value : [value]) headers.push([name, one])
    }
    this.done({ status: this.statusCode, headers, body: Buffer.concat(this.chunks) })
    this.emit('finish')
    return this
  }

  destroy(error?: Error): this {
    if (!this.finished) {
      this.finished = true
      this.failed(error ?? new Error('render aborted'))
    }
    this.emit('close')
    return this
  }
}

export type NodeHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
  locals?: object,
) => Promise<void> | void

/** Runs Astro's handler for `req` and resolves with the whole response. */
export function renderToMemory(handler: NodeHandler, req: IncomingMessage): Promise<Rendered> {
  return new Promise<Rendered>((resolve, reject) => {
    const res = new CapturedResponse(req, resolve, reject)
    Promise.resolve(handler(req, res as unknown as ServerResponse, undefined, {})).catch(reject)
  })
}
