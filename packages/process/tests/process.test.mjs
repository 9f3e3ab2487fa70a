// The process helper against real processes: a server that comes up, one that
// dies before answering, and process groups that ignore SIGTERM.
import assert from 'node:assert/strict'
import { once } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { after, test } from 'node:test'
import { startProcess, stopProcess, waitForUrl } from '../index.mjs'

const scratch = mkdtempSync(path.join(tmpdir(), 'portal-process-'))
/** Processes a failing test could leave behind. */
const leftovers = new Set()
after(() => {
  for (const pid of leftovers) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // already gone, as it should be
    }
  }
  rmSync(scratch, { recursive: true, force: true })
})

/** A port nothing listens on right now. */
async function freePort() {
  const server = createServer().listen(0, '127.0.0.1')
  await once(server, 'listening')
  const address = server.address()
  server.close()
  await once(server, 'close')
  assert.ok(address && typeof address === 'object')
  return address.port
}

/** Node running `code`, which ignores SIGTERM and stays up. */
const stubborn = (/** @type {string} */ code = '') =>
  `process.on('SIGTERM', () => {}); setInterval(() => {}, 1000); ${code}`

test('waits for the server to answer, then stops it', async () => {
  const port = await freePort()
  const server = startProcess(process.execPath, [
    '-e',
    `require('node:http').createServer((q, s) => s.end('ok')).listen(${port}, '127.0.0.1')`,
  ])
  await waitForUrl(`http://127.0.0.1:${port}/`, { timeoutMs: 30_000, process: server })
  await server.stop()
  assert.equal((await server.exited).signal, 'SIGTERM')
})

test('fails as soon as the process exits, with its output, instead of waiting out the timeout', async () => {
  const port = await freePort()
  const broken = startProcess(process.execPath, [
    '-e',
    "console.error('cannot open the database'); process.exit(3)",
  ])
  const started = Date.now()
  await assert.rejects(
    waitForUrl(`http://127.0.0.1:${port}/`, { timeoutMs: 120_000, process: broken }),
    (error) =>
      error instanceof Error &&
      error.message.includes('exited before answering (code 3)') &&
      error.message.includes('cannot open the database'),
  )
  assert.ok(Date.now() - started < 60_000, 'gave up long before the timeout')
})

test('a status the caller does not accept is not "up"', async () => {
  const port = await freePort()
  const unhealthy = startProcess(process.execPath, [
    '-e',
    `require('node:http').createServer((q, s) => { s.statusCode = 503; s.end() }).listen(${port}, '127.0.0.1')`,
  ])
  try {
    await assert.rejects(
      waitForUrl(`http://127.0.0.1:${port}/`, { timeoutMs: 1500, process: unhealthy }),
      /did not answer within 1.5 s/,
    )
  } finally {
    await unhealthy.stop()
  }
})

test('a process that ignores SIGTERM is killed after the grace period', async () => {
  const child = startProcess(process.execPath, ['-e', stubborn("console.log('up')")])
  await new Promise((resolve) => child.child.stdout?.once('data', resolve))
  await stopProcess(child.child, { graceMs: 200 })
  assert.equal((await child.exited).signal, 'SIGKILL')
})

test(
  'what the process started is stopped with it, even when it ignores SIGTERM',
  { timeout: 30_000 },
  async () => {
    // The shell exits on SIGTERM at once; the node it started holds the same
    // stdout, so the pipe closes only when that grandchild is gone too.
    const script = `${JSON.stringify(process.execPath)} -e ${JSON.stringify(stubborn("console.log('grandchild up', process.pid)"))} & wait`
    const group = startProcess('sh', ['-c', script])
    const [line] = await once(
      /** @type {import('node:stream').Readable} */ (group.child.stdout),
      'data',
    )
    leftovers.add(Number(/grandchild up (\d+)/.exec(String(line))?.[1]))
    const closed = once(group.child, 'close')
    await group.stop({ graceMs: 5000 })
    await closed
    assert.match(group.output(), /grandchild up/)
  },
)

test('output can go straight to a log file, and its end is still readable', async () => {
  const logFile = path.join(scratch, 'server.log')
  const child = startProcess(process.execPath, ['-e', "console.log('written to the log')"], {
    logFile,
  })
  assert.equal(child.child.stdout, null, 'the output is not piped through this process')
  await child.exited
  assert.match(child.output(), /written to the log/)
})

test('a command that cannot start fails the wait at once and resolves its exit', async () => {
  const missing = startProcess(path.join(scratch, 'no-such-command'), [], {
    logFile: path.join(scratch, 'missing.log'),
    onOutput: () => {},
  })
  await assert.rejects(
    waitForUrl('http://127.0.0.1:9/', { timeoutMs: 120_000, process: missing }),
    /it did not start/,
  )
  assert.equal((await missing.exited).error?.message.includes('ENOENT'), true)
})
