// Resident memory of the portal under a flood of unique addresses (made-up
// 404 paths and, with a CMS, made-up searches), as reported by the portal's
// own health check. Prints one line per sample and a summary; asserts nothing.
// Needs the built portal (npm run build -w @portal/web).
//
// Usage: node bench/flood.mjs [--cms <url>] [--requests <n>] [--connections <n>]
//                             [--cache-mb <n>] [--port <n>]
//   --cms          a running CMS; without one only 404 pages are rendered (default: none)
//   --requests     unique addresses to ask for (default 17100, the adversarial run's count)
//   --connections  requests in flight at once (default 32)
//   --cache-mb     the portal's CACHE_MAX_MB (default 256)
import { performance } from 'node:perf_hooks'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
/**
 * @param {string} name
 * @param {string | null} fallback
 * @returns {string | null}
 */
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`)
  return at === -1 ? fallback : (args[at + 1] ?? fallback)
}
const cms = option('cms', null)
const requests = Number(option('requests', '17100'))
const connections = Number(option('connections', '32'))
const cacheMb = Number(option('cache-mb', '256'))
const port = Number(option('port', '4498'))
const url = `http://127.0.0.1:${port}`
const dataDir = mkdtempSync(path.join(tmpdir(), 'portal-flood-'))

const portal = spawn('node', ['dist/server.mjs'], {
  cwd: path.join(root, 'apps/web'),
  env: {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    CMS_URL: cms ?? 'http://127.0.0.1:9',
    CACHE_MAX_MB: String(cacheMb),
    CACHE_DIR: path.join(dataDir, 'page-cache'),
    OUTBOX_DIR: path.join(dataDir, 'outbox'),
    LOG_FORMAT: 'json',
    ASTRO_TELEMETRY_DISABLED: '1',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
})

async function health() {
  const answer = await fetch(`${url}/_portal/health`)
  const { checks } = await answer.json()
  return checks
}

for (let tries = 0; ; tries++) {
  try {
    await health()
    break
  } catch {
    if (tries > 200) throw new Error('the portal did not start')
    await sleep(100)
  }
}

/** @param {number} bytes */
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1)
/** @type {Record<string, string | number>[]} */
const samples = []
/** @param {number} done */
async function sample(done) {
  const { cache, memory } = await health()
  const line = {
    requests: done,
    rssMb: mb(memory.rssBytes),
    heapMb: mb(memory.heapUsedBytes),
    externalMb: mb(memory.externalBytes),
    cacheMb: mb(cache.bytes),
    pages: cache.tiers.pages.pages,
    variants: cache.tiers.variants.pages,
    errors: cache.tiers.errors.pages,
  }
  samples.push(line)
  console.log(
    Object.entries(line)
      .map(([k, v]) => `${k}=${v}`)
      .join(' '),
  )
}

await fetch(`${url}/`).then((r) => r.arrayBuffer())
await sample(0)
const started = performance.now()
let next = 0
/** @type {Record<number, number>} */
const statuses = {}
async function worker() {
  while (next < requests) {
    const i = next++
    const address = cms && i % 3 === 0 ? `/search?q=flood${i}` : `/flood-${i}-${Math.random()}`
    const answer = await fetch(`${url}${address}`)
    await answer.arrayBuffer()
    statuses[answer.status] = (statuses[answer.status] ?? 0) + 1
    if ((i + 1) % 1000 === 0) await sample(i + 1)
  }
}
await Promise.all(Array.from({ length: connections }, worker))
const seconds = (performance.now() - started) / 1000
await sample(requests)
const peak = Math.max(...samples.map((s) => Number(s.rssMb)))
console.log(
  `\n${requests} unique addresses in ${seconds.toFixed(1)} s (${(requests / seconds).toFixed(0)}/s), ` +
    `answers ${JSON.stringify(statuses)}; CACHE_MAX_MB=${cacheMb}; ` +
    `resident memory ${samples[0]?.rssMb} MB before, ${peak} MB at most, ${samples.at(-1)?.rssMb} MB after`,
)
portal.kill('SIGTERM')
rmSync(dataDir, { recursive: true, force: true })
