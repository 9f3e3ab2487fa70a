import { describe, expect, it } from 'vitest'
import { createLineLog } from '../../server/log'

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

describe('the request log writer', () => {
  it('writes the lines of one turn of the event loop in one write, in order', async () => {
    const writes: string[] = []
    const log = createLineLog((chunk) => writes.push(chunk))
    log.line('{"path":"/"}')
    log.line('{"path":"/projects"}')
    log.line('{"path":"/news"}')
    expect(writes).toEqual([])
    await nextTurn()
    expect(writes).toEqual(['{"path":"/"}\n{"path":"/projects"}\n{"path":"/news"}\n'])
    log.line('{"path":"/chamber"}')
    await nextTurn()
    expect(writes).toEqual([
      '{"path":"/"}\n{"path":"/projects"}\n{"path":"/news"}\n',
      '{"path":"/chamber"}\n',
    ])
  })

  it('writes what is waiting at once when flushed, and nothing twice', async () => {
    const later: string[] = []
    const now: string[] = []
    const log = createLineLog(
      (chunk) => later.push(chunk),
      (chunk) => now.push(chunk),
    )
    log.line('a')
    log.line('b')
    log.flush()
    expect(now).toEqual(['a\nb\n'])
    await nextTurn()
    expect(later).toEqual([])
    log.flush()
    expect(now).toHaveLength(1)
    log.line('c')
    await nextTurn()
    expect(later).toEqual(['c\n'])
  })
})
