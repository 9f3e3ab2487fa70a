// The bulk of the benchmark's load: one loader process's share of the
// projects, policies and news, each created in Chinese and completed in
// English through Payload's Local API.
import { performance } from 'node:perf_hooks'
import { paragraphs } from '@portal/cms/rich-text'
import type { Payload } from 'payload'
import { news, policy, project } from './dataset'
import { costliest, traceSql } from './sql-trace'

/** What every worker needs from the set-up: how much to load, and the ids to link to. */
export interface Plan {
  sizes: { projects: number; policies: number; news: number }
  workers: number
  concurrency: number
  images: number[]
  parks: [string, number][]
}

export interface WorkerStats {
  worker: number
  docs: number
  phasesMs: Record<string, number>
  cpuMs: number
  /** With BENCH_TRACE_SQL=1: the costliest statements of the bulk load (diagnostics). */
  sql?: { sql: string; count: number; totalMs: number; maxMs: number }[]
}

/** Bulk writes tell the hooks they come from an import: no mail, no portal notification. */
const ZH_CONTEXT = { seeding: true, skipSearchIndex: true }
/** The English update is the last write of a document: it indexes both languages, once. */
const EN_CONTEXT = process.env.BENCH_NO_SEARCH
  ? { seeding: true, skipSearchIndex: true }
  : { seeding: true }

/** A progress line, which bench/run.mjs shows while the load runs. */
export const log = (message: string) => console.log(`[load] ${message}`)

/**
 * libsql prepares every statement anew and frees it in a finalizer that Node
 * runs from the event loop after the garbage collector has dropped the small JS
 * handle. A loop of awaited Local API calls is all microtasks and never lets
 * the event loop turn, so the native memory of Payload's large statements
 * piles up (about 1 MB per project: gigabytes at 10,000). Yielding once per
 * document, plus a full collection now and then (node --expose-gc, which
 * bench/run.mjs passes), keeps a loader at a few hundred MB.
 */
async function letFinalizersRun(done: number): Promise<void> {
  if (done % 500 === 0) (globalThis as { gc?: () => void }).gc?.()
  await new Promise((resolve) => setImmediate(resolve))
}

/** Runs `work(i)` for every i in `indexes`, at most `concurrency` at a time. */
async function inPool(
  indexes: number[],
  concurrency: number,
  label: string,
  work: (index: number) => Promise<void>,
): Promise<void> {
  let next = 0
  let done = 0
  const started = performance.now()
  const step = Math.max(100, Math.round(indexes.length / 4))
  const worker = async () => {
    while (next < indexes.length) {
      const index = indexes[next++]!
      await work(index)
      done += 1
      if (done % step === 0) {
        const memory = process.memoryUsage()
        const seconds = (performance.now() - started) / 1000
        log(
          `${label}: ${done}/${indexes.length} in ${seconds.toFixed(0)} s (${(done / seconds).toFixed(1)}/s), RSS ${Math.round(memory.rss / 1024 ** 2)} MB, heap ${Math.round(memory.heapUsed / 1024 ** 2)} MB`,
        )
      }
      await letFinalizersRun(done)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, indexes.length) }, worker))
}

/** Runs `run` and records its time as phase `name`. */
export async function timed<T>(
  phases: Record<string, number>,
  name: string,
  run: () => Promise<T>,
): Promise<T> {
  const started = performance.now()
  const result = await run()
  phases[name] = Math.round(performance.now() - started)
  log(`${name}: ${(phases[name] / 1000).toFixed(1)} s`)
  return result
}

/** Loads this worker's share (every `plan.workers`-th document) of each collection. */
export async function loadShare(
  payload: Payload,
  plan: Plan,
  worker: number,
): Promise<WorkerStats> {
  const phases: Record<string, number> = {}
  const cpu = process.cpuUsage()
  const trace = process.env.BENCH_TRACE_SQL ? traceSql(payload.db) : null
  const share = (count: number) =>
    Array.from({ length: count }, (_, i) => i).filter((i) => i % plan.workers === worker)
  const imageId = (index: number): number => plan.images[index % plan.images.length]!
  const parkFor = (location: string): number | undefined =>
    plan.parks.find(([match]) => location.includes(match))?.[1]

  /** Creates the Chinese version, then adds the English one to the same document. */
  async function bilingual(
    collection: 'projects' | 'policies' | 'news',
    zh: Record<string, unknown>,
    en: Record<string, unknown>,
  ): Promise<void> {
    const created = await payload.create({
      collection,
      locale: 'zh',
      draft: false,
      depth: 0,
      context: ZH_CONTEXT,
      data: { ...zh, _status: 'published' } as never,
    })
    await payload.update({
      collection,
      id: created.id,
      locale: 'en',
      draft: false,
      depth: 0,
      context: EN_CONTEXT,
      data: { ...en, _status: 'published' } as never,
    })
  }

  let docs = 0
  /**
   * Loads this worker's share of a collection as one timed phase: `languages`
   * gives a document's Chinese and English fields, created by `bilingual`.
   */
  function loadAll(
    collection: 'projects' | 'policies' | 'news',
    languages: (i: number) => [zh: Record<string, unknown>, en: Record<string, unknown>],
  ): Promise<void> {
    const mine = share(plan.sizes[collection])
    docs += mine.length
    return timed(phases, collection, () =>
      inPool(mine, plan.concurrency, `${collection}[${worker}]`, (i) =>
        bilingual(collection, ...languages(i)),
      ),
    )
  }

  await loadAll('projects', (i) => {
    const p = project(i, plan.images.length)
    return [
      {
        slug: p.slug,
        title: p.zh.title,
        summary: p.zh.summary,
        location: p.zh.location,
        body: paragraphs(p.zh.body),
        highlights: p.zh.highlights.map((text) => ({ text })),
        sector: p.sector,
        stage: p.stage,
        park: parkFor(p.parkMatch),
        investment: { amount: p.amount, unit: p.unit },
        landArea: { amount: p.landMu, unit: 'mu' },
        cooperationModes: p.cooperationModes,
        gallery: p.images.map(imageId),
        contact: { name: '县投资促进中心', phone: '0000-1234567' },
        featured: p.featured,
      },
      {
        title: p.en.title,
        summary: p.en.summary,
        location: p.en.location,
        body: paragraphs(p.en.body),
        contact: { name: 'County Investment Promotion Centre' },
      },
    ]
  })
  await loadAll('policies', (i) => {
    const p = policy(i)
    return [
      {
        slug: p.slug,
        title: p.zh.title,
        summary: p.zh.summary,
        body: paragraphs(p.zh.body),
        docNumber: p.docNumber,
        issuer: p.zh.issuer,
        topic: p.topic,
        issuedAt: p.issuedAt,
        effectiveAt: p.effectiveAt,
        expiresAt: p.expiresAt,
      },
      {
        title: p.en.title,
        summary: p.en.summary,
        body: paragraphs(p.en.body),
        issuer: p.en.issuer,
      },
    ]
  })
  await loadAll('news', (i) => {
    const n = news(i, plan.images.length)
    return [
      {
        slug: n.slug,
        title: n.zh.title,
        excerpt: n.zh.excerpt,
        body: paragraphs(n.zh.body),
        category: n.category,
        publishedAt: n.publishedAt,
        author: n.zh.author,
        cover: imageId(n.image),
      },
      {
        title: n.en.title,
        excerpt: n.en.excerpt,
        body: paragraphs(n.en.body),
        author: n.en.author,
      },
    ]
  })
  const used = process.cpuUsage(cpu)
  trace?.stop()
  return {
    sql: trace
      ? costliest(trace, 40).map(({ sql, count, totalMs, maxMs }) => ({
          sql,
          count,
          totalMs,
          maxMs,
        }))
      : undefined,
    worker,
    docs,
    phasesMs: phases,
    cpuMs: Math.round((used.user + used.system) / 1000),
  }
}
