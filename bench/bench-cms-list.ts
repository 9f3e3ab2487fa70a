// The CMS's filtered project list through Payload's Local API, in one process,
// 10 calls at a time for a few seconds per variant: what the read costs without
// HTTP, with the public's access rules and without them, at depth 1 and 0, with
// and without the count. A read-only custom endpoint on the Local API could do
// no better than these figures plus its HTTP handling.
//
// With `--serve <port>` it then stays up as such an endpoint, to be measured
// over HTTP: `GET /cards?sector=…&stage=…&page=…` answers the portal's list
// read through the Local API, in plain `node:http` (no Next.js, no Payload
// REST handling, its own query parameters); `GET /health` answers once it is
// ready. It stops on SIGTERM.
//
// Run by bench/cms-list.mjs through the CMS's bundling runner:
//   node --conditions=production apps/cms/scripts/run.mjs ../../bench/bench-cms-list.ts --out <file.json> --seconds <n>
// with DATABASE_URI pointing at the benchmark database.
import { writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { performance } from 'node:perf_hooks'
import { getPayload, type Payload } from 'payload'
import { CARD_MEDIA_FIELDS, PROJECT_CARD_FIELDS } from '@portal/shared/content'

const CONCURRENCY = 10

type FindArgs = Parameters<Payload['find']>[0]

const select = Object.fromEntries(PROJECT_CARD_FIELDS.map((field) => [field, true]))
const populate = { media: Object.fromEntries(CARD_MEDIA_FIELDS.map((field) => [field, true])) }

/** The portal's list read (page 3 of manufacturing projects at the signed stage), as the public makes it. */
const portalList = {
  collection: 'projects',
  where: { and: [{ sector: { equals: 'manufacturing' } }, { stage: { equals: 'signed' } }] },
  sort: '-updatedAt',
  limit: 12,
  page: 3,
  locale: 'all',
  draft: false,
  depth: 1,
  select,
  populate,
  overrideAccess: false,
} as FindArgs

const variants: [string, (payload: Payload) => Promise<unknown>][] = [
  ['as the portal asks: access rules, depth 1, counted', (p) => p.find(portalList)],
  ['without access rules (overrideAccess)', (p) => p.find({ ...portalList, overrideAccess: true })],
  ['depth 0', (p) => p.find({ ...portalList, depth: 0 })],
  ['no count (pagination: false)', (p) => p.find({ ...portalList, pagination: false })],
  [
    'no access rules, depth 0, no count',
    (p) => p.find({ ...portalList, overrideAccess: true, depth: 0, pagination: false }),
  ],
  ['the count alone', (p) => p.count({ collection: 'projects', where: portalList.where })],
]

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN

/** `CONCURRENCY` loops calling `run` until `seconds` are up; the duration of every call. */
async function underLoad(run: () => Promise<unknown>, seconds: number) {
  const ms: number[] = []
  const deadline = performance.now() + seconds * 1000
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now()
        await run()
        ms.push(performance.now() - t)
      }
    }),
  )
  const elapsed = (performance.now() - started) / 1000
  ms.sort((a, b) => a - b)
  return {
    calls: ms.length,
    perSecond: ms.length / elapsed,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
  }
}

/**
 * A read-only endpoint for the portal's list on the Local API: the filters,
 * page and fields are its own, so nothing but the page number and two filter
 * values is read from the request.
 */
function serveCards(payload: Payload, port: number): Promise<void> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (url.pathname === '/health') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok')
      return
    }
    if (url.pathname !== '/cards' || req.method !== 'GET') {
      res.writeHead(404).end()
      return
    }
    const page = Number(url.searchParams.get('page') ?? '1')
    const and = ['sector', 'stage'].flatMap((field) => {
      const value = url.searchParams.get(field)
      return value ? [{ [field]: { equals: value } }] : []
    })
    payload
      .find({ ...portalList, where: { and }, page: Number.isInteger(page) && page > 0 ? page : 1 })
      .then((result) => {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result))
      })
      .catch((error: unknown) => {
        console.error(error)
        res.writeHead(500).end()
      })
  })
  return new Promise((resolve, reject) => {
    server.on('error', reject)
    server.listen(port, '127.0.0.1', () => {
      console.log(`serving the list on http://127.0.0.1:${port}/cards`)
      process.once('SIGTERM', () => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    })
  })
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  const serve = argv.includes('--serve') ? Number(argv[argv.indexOf('--serve') + 1]) : null
  if (serve !== null && !(Number.isInteger(serve) && serve > 0)) {
    throw new Error('--serve takes a port')
  }
  const out = argv[argv.indexOf('--out') + 1]
  if (serve === null && (!argv.includes('--out') || !out)) {
    throw new Error('--out <file.json> is required')
  }
  const seconds = Number(argv[argv.indexOf('--seconds') + 1] ?? '10')
  const { default: config } = await import('@portal/cms/config')
  const payload = await getPayload({ config })
  if (serve !== null) {
    try {
      await serveCards(payload, serve)
    } finally {
      await payload.destroy()
    }
    return
  }
  const results = []
  try {
    // Two rounds over every variant; the second is kept. In one process, the
    // first variants otherwise also pay for warming up the code and the heap.
    for (const round of [1, 2]) {
      for (const [name, run] of variants) {
        const result = await underLoad(() => run(payload), seconds)
        console.log(
          `  round ${round}, ${name}: ${result.perSecond.toFixed(0)} calls/s, p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms`,
        )
        if (round === 2) results.push({ name, ...result })
      }
    }
  } finally {
    await payload.destroy()
  }
  writeFileSync(out as string, JSON.stringify(results, null, 2))
}

await main()
