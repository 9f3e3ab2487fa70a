import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { eventually, removeDatabase, root } from './support/stack'

// `npm run demo` supervises both apps: when one crashes, it is started again
// and the other keeps serving. This runs the demo script itself (on the built
// apps, its own ports, database and folders), kills each app the way a crash
// would, and watches it come back.
test.describe.configure({ mode: 'serial' })

const cmsPort = Number(process.env.E2E_CMS_PORT ?? 3100) + 7
const webPort = Number(process.env.E2E_WEB_PORT ?? 4400) + 7
const cmsUrl = `http://localhost:${cmsPort}`
const webUrl = `http://localhost:${webPort}`
const scratch = mkdtempSync(path.join(tmpdir(), 'portal-demo-'))
const database = path.join(scratch, 'demo.db')

let demo: ChildProcess
let output = ''

/** The pid the demo reported for the latest start of an app. */
function latestPid(label: 'cms' | 'web'): number | undefined {
  const starts = [
    ...output.matchAll(new RegExp(`\\[demo\\] ${label} started \\(pid (\\d+)\\)`, 'g')),
  ]
  const last = starts.at(-1)
  return last ? Number(last[1]) : undefined
}

function count(text: string): number {
  return output.split(text).length - 1
}

async function answers(url: string): Promise<number | undefined> {
  const response = await fetch(url, { signal: AbortSignal.timeout(5000) })
  return response.status
}

/** Kills an app's whole process group, as a crash would, and waits for the demo to notice. */
async function crash(label: 'cms' | 'web'): Promise<void> {
  process.kill(-latestPid(label)!, 'SIGKILL')
  await eventually(
    async () => (output.includes(`[demo] ${label} exited (signal SIGKILL)`) ? true : undefined),
    30_000,
    `the demo to see the ${label} crash`,
  )
}

/** Waits until `url` answers 200 again. */
function backUp(url: string, timeoutMs: number): Promise<boolean> {
  return eventually(
    async () => ((await answers(url)) === 200 ? true : undefined),
    timeoutMs,
    `${url} to answer again`,
  )
}

test.beforeAll(async () => {
  test.setTimeout(240_000)
  demo = spawn('node', ['scripts/demo.mjs'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DEMO_SKIP_BUILD: '1',
      CMS_PORT: String(cmsPort),
      WEB_PORT: String(webPort),
      DATABASE_URI: `file:${database}`,
      MAIL_DIR: path.join(scratch, 'mail'),
      OUTBOX_DIR: path.join(scratch, 'outbox'),
    },
  })
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-200_000)
  }
  demo.stdout?.on('data', keep)
  demo.stderr?.on('data', keep)
  await eventually(
    async () => {
      if (demo.exitCode !== null) throw new Error(`the demo exited:\n${output.slice(-3000)}`)
      return output.includes('The county investment portal is running') ? true : undefined
    },
    220_000,
    'the demo to start',
  )
})

test.afterAll(async () => {
  test.setTimeout(60_000)
  if (demo && demo.exitCode === null) {
    const exited = new Promise((resolve) => demo.once('exit', resolve))
    process.kill(-demo.pid!, 'SIGTERM')
    await exited
  }
  removeDatabase(database)
  rmSync(scratch, { recursive: true, force: true })
})

test('a crashed CMS is restarted while the portal keeps serving', async () => {
  test.setTimeout(240_000)
  // Pages visitors have seen are served from the portal's cache while the CMS is away.
  expect(await answers(`${webUrl}/`)).toBe(200)
  expect(await answers(`${webUrl}/en/`)).toBe(200)
  const cmsPid = latestPid('cms')
  const webPid = latestPid('web')
  expect(cmsPid).toBeDefined()
  // A crash: the CMS's whole process group dies at once, with no chance to clean up.
  await crash('cms')
  // The portal was not taken down with it: same process, still answering.
  expect(demo.exitCode).toBeNull()
  expect(await answers(`${webUrl}/`)).toBe(200)
  expect(await answers(`${webUrl}/en/`)).toBe(200)
  // The CMS comes back by itself, as a new process.
  await backUp(`${cmsUrl}/api/health`, 200_000)
  expect(latestPid('cms')).not.toBe(cmsPid)
  expect(latestPid('web')).toBe(webPid)
  expect(count('[demo] web exited')).toBe(0)
})

test('a crashed portal is restarted while the CMS keeps serving', async () => {
  test.setTimeout(120_000)
  const cmsPid = latestPid('cms')
  const webPid = latestPid('web')
  await crash('web')
  expect(await answers(`${cmsUrl}/api/health`)).toBe(200)
  await backUp(`${webUrl}/_portal/health`, 60_000)
  expect(latestPid('web')).not.toBe(webPid)
  expect(latestPid('cms')).toBe(cmsPid)
  expect(await answers(`${webUrl}/projects`)).toBe(200)
})
