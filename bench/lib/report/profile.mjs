// The report's profiles: where a cache miss spends its time in the portal and
// in the CMS, and the SQL behind the portal's reads.
import { fmt, kb } from '../format.mjs'

/**
 * Where a cache miss spends its time (when the run profiled).
 * @param {import('./writer.mjs').Writer} w
 * @param {any} r
 */
export function missProfile(w, r) {
  const { add, ms } = w
  if (r.profile) {
    const p = r.profile
    add('## Profile: where a cache miss spends its time')
    add()
    add(
      `The CMS calls behind the portal's pages, each timed alone against the CMS (15 requests). The filtered project list page as a whole, one miss at a time: ${p.missList ? `p50 ${ms(p.missList.p50)}` : 'does not render'}.`,
    )
    add()
    add('| CMS call | p50 | p95 | response |')
    add('| --- | --- | --- | --- |')
    for (const [name, x] of Object.entries(p.rest))
      add(
        `| ${name} | ${ms(x.p50)} | ${ms(x.p95)} | ${Number.isFinite(x.bytes) ? kb(x.bytes) : 'n/a'} |`,
      )
    add()
    if (p.profiledRun) {
      add(
        `Portal CPU per miss of ${p.profiledPage}: ${fmt(p.portalCpuMsPerRequest)} ms (from /proc; ${p.profiledRun.requests} misses one at a time on a portal run with --cpu-prof, which adds some overhead).`,
      )
    }
    const inclusiveLine = (/** @type {any} */ x) =>
      x?.inclusive
        ? x.inclusive.functions
            .filter((/** @type {{ share: number }} */ f) => f.share >= 0.02)
            .map(
              (/** @type {{ name: string, share: number }} */ f) =>
                `\`${f.name}\` ${fmt(f.share * 100, 0)} %`,
            )
            .join(', ')
        : ''
    if (p.hitProfile?.inclusive) {
      add()
      add(
        `Cache hits, share of the portal's busy CPU spent in (inclusive: the function and what it calls): ${inclusiveLine(p.hitProfile)}. ` +
          '`log` is the JSON request log line (gathered and written once per event-loop turn, server/log.ts), `writev` the socket write of the response, `send` the whole answer from the cache.',
      )
    }
    if (p.missProfile?.inclusive) {
      add()
      add(`Misses, the same: ${inclusiveLine(p.missProfile)}.`)
    }
    if (p.hitProfile?.summary) {
      const h = p.hitProfile
      add()
      add(
        `Portal CPU per cache hit of ${h.page}: ${fmt(h.cpuMsPerRequest, 3)} ms (${fmt(h.run.rps, 0)} req/s at ${r.options.connections} connections under --cpu-prof). Self time by package: ` +
          h.summary.packages
            .slice(0, 6)
            .map(
              (/** @type {{ name: string, share: number }} */ x) =>
                `${x.name} ${fmt(x.share * 100, 0)} %`,
            )
            .join(', ') +
          '. Top functions: ' +
          h.summary.functions
            .slice(0, 10)
            .map((/** @type {{ name: string, ms: number }} */ f) => `${f.name} ${f.ms} ms`)
            .join('; ') +
          '.',
      )
    }
    if (p.portalCpu) {
      add()
      add(`CPU profile of the misses above:`)
      add()
      add('| package (self time) | ms | share |')
      add('| --- | --- | --- |')
      for (const x of p.portalCpu.packages.slice(0, 8))
        add(`| ${x.name} | ${x.ms} | ${fmt(x.share * 100, 0)} % |`)
      add()
      add(
        `Busy ${p.portalCpu.busyMs} ms, idle ${p.portalCpu.idleMs} ms (idle = waiting for the CMS). Top functions: ` +
          p.portalCpu.functions
            .slice(0, 8)
            .map((/** @type {{ name: string, ms: number }} */ f) => `${f.name} ${f.ms} ms`)
            .join('; ') +
          '.',
      )
    }
    add()
  }
}

/**
 * The SQL behind the portal's CMS calls (when the run profiled).
 * @param {import('./writer.mjs').Writer} w
 * @param {any} r
 */
export function sqlProfile(w, r) {
  const { add, ms } = w
  if (r.sqlProfile) {
    const s = r.sqlProfile
    const variants = Object.keys(s.calls[0]?.sqlMs ?? {})
    const over = `> ${fmt(s.budgetMs / 1000, 0)} s`
    const sqlMs = (/** @type {number | null} */ n) => (n === null ? over : ms(n))
    add("## Profile: SQL behind the portal's CMS calls")
    add()
    add(
      "Each read the pages make, through Payload's Local API as the public reads it (`overrideAccess: false`, `locale: 'all'`), every SQL statement traced on the libsql client; " +
        `then every statement re-timed (median of up to ${s.runs} runs, in a child process that gives up after ${fmt(s.budgetMs / 1000, 0)} s) on the database as it is ("baseline") and on copies with each candidate fix. ` +
        '"Payload total" is the whole find on the copy with all fixes.',
    )
    add()
    add(
      `| call | Payload total (all fixes) | statements | ${variants.map((v) => `SQL ${v}`).join(' | ')} |`,
    )
    add(`| --- | --- | --- | ${variants.map(() => '---').join(' | ')} |`)
    for (const c of s.calls) {
      add(
        `| ${c.name} | ${ms(c.medianMs)} | ${c.statements} | ${variants.map((v) => sqlMs(c.sqlMs[v])).join(' | ')} |`,
      )
    }
    add()
    add('Full-table scans in the query plans (baseline) of the slowest statements:')
    add()
    /** @type {Map<string, string[]>} */
    const scans = new Map()
    for (const c of s.calls) {
      for (const st of c.slowest) {
        for (const line of st.scans) scans.set(line, [...(scans.get(line) ?? []), c.name])
      }
    }
    for (const [line, calls] of scans) add(`- \`${line}\`: ${[...new Set(calls)].join('; ')}`)
    add()
    const worst = s.calls.flatMap((/** @type {any} */ c) =>
      c.slowest.slice(0, 1).map((/** @type {any} */ st) => ({ call: c.name, ...st })),
    )
    const example = worst.find((/** @type {any} */ w) => w.call.startsWith('project list: sector'))
    if (example) {
      add(`Plan of the slowest statement of "${example.call}" (baseline):`)
      add()
      add('```')
      for (const line of example.plan) add(line)
      add('```')
      add()
    }
    add('Candidate fixes tried on copies:')
    add()
    for (const [name, statements] of Object.entries(s.experiments)) {
      const list = /** @type {string[]} */ (statements)
      add(`- **${name}**: ${list.length} statement(s), e.g. \`${list[0] ?? ''}\``)
    }
    add()
  }
}
