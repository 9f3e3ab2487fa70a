import { afterEach, describe, expect, it, vi } from 'vitest'
import { Overloaded, createRenderGate } from '../../server/render-gate'
import { PageStore } from '../../server/page-store'
import { busyPage } from '../../server/respond'

/** A render the test finishes by hand. */
function deferred() {
  let finish: (value: string) => void = () => {}
  const promise = new Promise<string>((resolve) => (finish = resolve))
  return { promise, finish }
}

describe('render gate', () => {
  afterEach(() => vi.useRealTimers())

  it('runs up to its limit, queues the next, refuses past the queue at once', async () => {
    const gate = createRenderGate({ limit: 2, queue: 1, queueMs: 60_000 })
    const first = deferred()
    const second = deferred()
    const started: string[] = []
    const run = (name: string, work: Promise<string>) =>
      gate.run(() => {
        started.push(name)
        return work
      })
    const a = run('a', first.promise)
    const b = run('b', second.promise)
    const c = run('c', Promise.resolve('c'))
    await expect(run('d', Promise.resolve('d'))).rejects.toEqual(new Overloaded('queue-full'))
    expect(started).toEqual(['a', 'b'])
    expect(gate.stats()).toEqual({ running: 2, waiting: 1, refused: 1 })
    first.finish('a')
    await expect(a).resolves.toBe('a')
    await expect(c).resolves.toBe('c')
    expect(started).toEqual(['a', 'b', 'c'])
    second.finish('b')
    await expect(b).resolves.toBe('b')
    expect(gate.stats()).toEqual({ running: 0, waiting: 0, refused: 1 })
  })

  it('gives up on a wait longer than queueMs, and frees the slot of a failed render', async () => {
    vi.useFakeTimers()
    const gate = createRenderGate({ limit: 1, queue: 5, queueMs: 3000 })
    const held = deferred()
    const running = gate.run(() => held.promise)
    const waiting = gate.run(() => Promise.resolve('late'))
    const refused = expect(waiting).rejects.toEqual(new Overloaded('queue-timeout'))
    await vi.advanceTimersByTimeAsync(3000)
    await refused
    expect(gate.stats()).toMatchObject({ running: 1, waiting: 0, refused: 1 })
    held.finish('done')
    await running
    await expect(gate.run(() => Promise.reject(new Error('CMS down')))).rejects.toThrow('CMS down')
    await expect(gate.run(() => Promise.resolve('next'))).resolves.toBe('next')
    expect(gate.stats().running).toBe(0)
  })
})

describe('busy page', () => {
  it("answers 503 with Retry-After in the visitor's language, and is never stored", () => {
    const zh = busyPage('/projects')
    const en = busyPage('/en/projects')
    expect(zh.status).toBe(503)
    expect(zh.headers).toContainEqual(['retry-after', '5'])
    expect(zh.body.toString()).toContain('lang="zh-CN"')
    expect(zh.body.toString()).toContain('请几秒钟后刷新重试')
    expect(en.body.toString()).toContain('lang="en"')
    expect(en.body.toString()).toContain('try again in a few seconds')
    expect(new PageStore({ maxBytes: 1e6, ttlMs: 60_000 }).set('/projects', zh)).toBeNull()
  })
})
