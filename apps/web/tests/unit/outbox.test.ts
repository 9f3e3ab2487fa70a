import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createOutbox, resolveOutboxDir, type OutboxRecord } from '../../src/lib/inquiries/outbox'
import { fakeCms, memoryLog, projectFields } from './support/fake-cms'

// The outbox against a fake CMS and a temporary folder: what is on disk after
// each kind of answer, and that every inquiry is stored exactly once however
// often it is sent.
let dir: string
let nowMs: number
const START = Date.parse('2026-11-28T02:00:00.000Z')

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'outbox-'))
  nowMs = START
})
afterEach(() => rm(dir, { recursive: true, force: true }))

function setup(options: { serials?: number[]; firstAttemptTimeoutMs?: number } = {}) {
  const cms = fakeCms()
  const log = memoryLog()
  const serials = [...(options.serials ?? [])]
  const outbox = createOutbox({
    dir,
    cmsUrl: 'http://cms.test',
    apiKey: cms.apiKey,
    fetch: cms.fetch,
    firstAttemptTimeoutMs: options.firstAttemptTimeoutMs ?? 100,
    retryTimeoutMs: 100,
    now: () => new Date(nowMs),
    serial: serials.length ? () => serials.shift() ?? 9999 : undefined,
    log,
  })
  return { cms, log, outbox }
}

const pending = async () => (await readdir(dir)).filter((name) => name.endsWith('.json'))
const failed = async () => readdir(path.join(dir, 'failed')).catch(() => [] as string[])
const readRecord = async (name: string) =>
  JSON.parse(await readFile(path.join(dir, name), 'utf8')) as OutboxRecord

describe('outbox: a visitor submits', () => {
  it('delivers at once and removes the file', async () => {
    const { cms, outbox } = setup()
    const result = await outbox.submit(projectFields, 'zh')
    expect(result).toMatchObject({ kind: 'delivered' })
    if (result.kind !== 'delivered') return
    expect(result.trackingNumber).toMatch(/^ZS-20261128-\d{4}$/)
    expect(await pending()).toEqual([])
    expect(cms.state.created).toBe(1)
    const [stored] = [...cms.stored.values()]
    expect(stored).toMatchObject({ locale: 'zh', keepNumber: false, fields: projectFields })
    expect(stored?.submittedAt).toBe('2026-11-28T02:00:00.000Z')
  })

  it('keeps the inquiry when the CMS is down, promises the number, and delivers it later exactly once', async () => {
    const { cms, outbox, log } = setup()
    cms.state.mode = 'down'
    const result = await outbox.submit(projectFields, 'en')
    expect(result).toMatchObject({ kind: 'queued' })
    if (result.kind !== 'queued') return
    const [name] = await pending()
    expect(name).toBeDefined()
    const record = await readRecord(name!)
    expect(record.submission.keepNumber).toBe(true)
    expect(record.submission.trackingNumber).toBe(result.trackingNumber)
    expect(record.attempts).toBe(1)
    expect(Date.parse(record.nextAttemptAt)).toBeGreaterThan(nowMs)
    expect(log.lines.warn.join('\n')).toMatch(/waits for the CMS/)
    // Personal data: only the portal's user may read the file.
    expect((await stat(path.join(dir, name!))).mode & 0o777).toBe(0o600)

    // Not due yet: the loop leaves it alone.
    expect(await outbox.drain()).toMatchObject({ waiting: 1, delivered: 0 })
    // Due, CMS still down: tried again, later again.
    nowMs += 60_000
    expect(await outbox.drain()).toMatchObject({ waiting: 1 })
    expect((await readRecord(name!)).attempts).toBe(2)
    // The CMS is back.
    cms.state.mode = 'up'
    nowMs += 60 * 60_000
    expect(await outbox.drain()).toMatchObject({ delivered: 1 })
    expect(await pending()).toEqual([])
    expect(cms.state.created).toBe(1)
    expect(cms.state.duplicates).toBe(0)
    expect([...cms.stored.values()][0]).toMatchObject({
      trackingNumber: result.trackingNumber,
      keepNumber: true,
      locale: 'en',
    })
    expect(log.lines.info.join('\n')).toMatch(/delivered inquiry .* after 2 retries/)
  })

  it('sends again after a lost answer and the CMS stores it only once', async () => {
    const { cms, outbox } = setup()
    cms.state.mode = 'stores-then-hangs'
    const result = await outbox.submit(projectFields, 'zh')
    expect(result).toMatchObject({ kind: 'queued' })
    expect(cms.state.created).toBe(1)
    cms.state.mode = 'up'
    nowMs += 60_000
    expect(await outbox.drain()).toMatchObject({ delivered: 1 })
    expect(cms.state).toMatchObject({ created: 1, duplicates: 1, calls: 2 })
    expect(await pending()).toEqual([])
  })

  it('draws a new number when the CMS says the first is taken', async () => {
    const { cms, outbox } = setup({ serials: [42, 42, 43] })
    cms.state.taken.add('ZS-20261128-0042')
    const result = await outbox.submit(projectFields, 'zh')
    expect(result).toEqual({ kind: 'delivered', trackingNumber: 'ZS-20261128-0043' })
    expect(cms.state.calls).toBe(2)
    expect(cms.state.created).toBe(1)
    expect(await pending()).toEqual([])
  })

  it('moves an inquiry the CMS refuses to failed/, never deletes it, and says so loudly', async () => {
    const { cms, outbox, log } = setup()
    cms.state.mode = 'refuses'
    const result = await outbox.submit(projectFields, 'zh')
    expect(result).toMatchObject({ kind: 'failed' })
    expect(await pending()).toEqual([])
    const [name] = await failed()
    expect(name).toMatch(/\.json$/)
    const record = JSON.parse(
      await readFile(path.join(dir, 'failed', name!), 'utf8'),
    ) as OutboxRecord
    expect(record.lastError).toMatch(/400/)
    expect(record.failedAt).toBeDefined()
    expect(record.submission.fields).toEqual(projectFields)
    expect(log.lines.error.join('\n')).toMatch(/PERMANENT FAILURE/)
  })

  it('leaves no temp files behind', async () => {
    const { cms, outbox } = setup()
    cms.state.mode = 'down'
    await outbox.submit(projectFields, 'zh')
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })
})

/** Leaves an inquiry waiting while the CMS is down; a minute later the CMS is in `mode`. */
async function waitThen(
  { cms, outbox }: Pick<ReturnType<typeof setup>, 'cms' | 'outbox'>,
  mode: ReturnType<typeof setup>['cms']['state']['mode'],
): Promise<void> {
  cms.state.mode = 'down'
  await outbox.submit(projectFields, 'zh')
  cms.state.mode = mode
  nowMs += 60_000
}

describe('outbox: the delivery loop', () => {
  it('moves a waiting inquiry to failed/ when the CMS refuses it', async () => {
    const { cms, outbox } = setup()
    await waitThen({ cms, outbox }, 'refuses')
    expect(await outbox.drain()).toMatchObject({ failed: 1 })
    expect(await pending()).toEqual([])
    expect(await failed()).toHaveLength(1)
  })

  it('keeps retrying while the CMS refuses the portal’s key (an operator fixes that)', async () => {
    const { cms, outbox } = setup()
    cms.state.mode = 'bad-key'
    expect(await outbox.submit(projectFields, 'zh')).toMatchObject({ kind: 'queued' })
    cms.state.mode = 'up'
    nowMs += 60_000
    expect(await outbox.drain()).toMatchObject({ delivered: 1 })
    expect(await failed()).toEqual([])
  })

  it('renumbers a file a crash left before the visitor saw its number', async () => {
    const { cms, outbox } = setup({ serials: [7] })
    // Written by a process that died before its first delivery: keepNumber still false.
    const record: OutboxRecord = {
      version: 1,
      submission: {
        submissionId: '0b7c6c1e-5f0e-4a39-9a43-6f4c2b2f3a11',
        trackingNumber: 'ZS-20261128-0001',
        submittedAt: '2026-11-28T01:00:00.000Z',
        locale: 'zh',
        keepNumber: false,
        fields: projectFields,
      },
      attempts: 0,
      nextAttemptAt: '2026-11-28T01:00:00.000Z',
      createdAt: '2026-11-28T01:00:00.000Z',
      lastError: null,
    }
    await writeFile(path.join(dir, 'crashed.json'), JSON.stringify(record))
    cms.state.taken.add('ZS-20261128-0001')
    expect(await outbox.drain()).toMatchObject({ delivered: 1 })
    expect([...cms.stored.values()][0]?.trackingNumber).toBe('ZS-20261128-0007')
  })

  it('moves an unreadable file to failed/', async () => {
    const { outbox, log } = setup()
    await writeFile(path.join(dir, 'broken.json'), '{ not json')
    expect(await outbox.drain()).toMatchObject({ failed: 1 })
    expect(await failed()).toEqual(['broken.json'])
    expect(log.lines.error.join('\n')).toMatch(/not a readable inquiry/)
  })

  it('does not send one file twice when drains run at the same time', async () => {
    const { cms, outbox } = setup()
    cms.state.mode = 'down'
    for (let i = 0; i < 3; i++) await outbox.submit(projectFields, 'zh')
    expect(await pending()).toHaveLength(3)
    cms.state.mode = 'up'
    cms.state.delayMs = 20
    nowMs += 60_000
    // Another outbox on the same folder in this process joins the same run.
    const other = createOutbox({
      dir,
      cmsUrl: 'http://cms.test',
      apiKey: cms.apiKey,
      fetch: cms.fetch,
      now: () => new Date(nowMs),
      log: memoryLog(),
    })
    const reports = await Promise.all([outbox.drain(), outbox.drain(), other.drain()])
    expect(new Set(reports).size).toBe(1)
    expect(reports[0]).toMatchObject({ delivered: 3 })
    expect(cms.state.calls).toBe(3) // the first attempts never reached the CMS
    expect(cms.state).toMatchObject({ created: 3, duplicates: 0 })
    expect(await pending()).toEqual([])
  })

  it('leaves alone a file whose visitor is still waiting for the CMS', async () => {
    // The CMS holds its answer until the drain has looked at the folder, so
    // the visitor's own attempt is certainly still running then.
    const { cms, outbox } = setup({ firstAttemptTimeoutMs: 10_000 })
    let release = () => {}
    cms.state.hold = new Promise<void>((resolve) => (release = resolve))
    const submitting = outbox.submit(projectFields, 'zh')
    await expect.poll(() => cms.state.held).toBe(1)
    expect(await pending()).toHaveLength(1)
    const report = await outbox.drain()
    release()
    expect(report).toMatchObject({ busy: 1, delivered: 0 })
    expect(await submitting).toMatchObject({ kind: 'delivered' })
    expect(cms.state).toMatchObject({ calls: 1, created: 1, duplicates: 0 })
  })

  it('stops a round at the first unreachable CMS instead of waiting on every file', async () => {
    const { cms, outbox } = setup()
    cms.state.mode = 'down'
    for (let i = 0; i < 3; i++) await outbox.submit(projectFields, 'zh')
    const before = cms.state.calls
    nowMs += 60_000
    cms.state.mode = 'overloaded'
    expect(await outbox.drain()).toMatchObject({ waiting: 3, delivered: 0 })
    expect(cms.state.calls - before).toBe(1)
  })

  it('runs in the background once started', async () => {
    const { cms, outbox } = setup()
    await waitThen({ cms, outbox }, 'up')
    const stop = outbox.start(10)
    try {
      await expect.poll(pending, { timeout: 2000 }).toEqual([])
    } finally {
      stop()
    }
    expect(cms.state.created).toBe(1)
  })

  it('finds a waiting inquiry by number and contact', async () => {
    const { cms, outbox } = setup()
    cms.state.mode = 'down'
    const result = await outbox.submit(projectFields, 'zh')
    if (result.kind !== 'queued') throw new Error('expected a queued inquiry')
    expect(await outbox.findWaiting(result.trackingNumber, '13800138000')).toMatchObject({
      trackingNumber: result.trackingNumber,
    })
    expect(await outbox.findWaiting(result.trackingNumber, '13900139000')).toBeNull()
  })
})

describe('outbox folder', () => {
  it('defaults to data/outbox in the portal’s app folder, whatever the working directory', () => {
    const appDir = path.resolve(import.meta.dirname, '../..')
    expect(resolveOutboxDir(undefined)).toBe(path.join(appDir, 'data', 'outbox'))
    expect(resolveOutboxDir('/srv/outbox')).toBe('/srv/outbox')
  })
})
