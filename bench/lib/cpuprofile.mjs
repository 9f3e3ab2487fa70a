// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time per function
// and per package, so a report can say where a process spent its CPU.
import { readFileSync } from 'node:fs'

/**
 * @typedef {{ id: number, callFrame: { functionName: string, url: string, lineNumber: number },
 *   children?: number[] }} ProfileNode
 * @typedef {{ nodes: ProfileNode[], samples: number[], timeDeltas: number[],
 *   startTime: number, endTime: number }} Profile
 */

/** The package (or app folder) a script URL belongs to. */
export function packageOf(/** @type {string} */ url) {
  if (!url) return '(native / idle / gc)'
  const modules = url.lastIndexOf('node_modules/')
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/')
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url)
  }
  if (url.startsWith('node:')) return 'node (core)'
  const app = /\/(apps\/[^/]+\/(?:dist\/server|build|\.next\/server)?)/.exec(url)
  return app ? (app[1] ?? url) : url.replace(/^file:\/\//, '')
}

/**
 * Calls `visit` with each sample of the profile inside the window: the node
 * the sample landed in and the milliseconds it stands for.
 * @param {Profile} profile
 * @param {{ from?: number, to?: number }} window microseconds since profile start
 * @param {(node: ProfileNode, ms: number) => void} visit
 */
function eachSample(profile, window, visit) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  let at = 0
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0
    at += delta
    if (
      (window.from !== undefined && at < window.from) ||
      (window.to !== undefined && at > window.to)
    )
      return
    const node = byId.get(id)
    if (node) visit(node, delta / 1000)
  })
}

/**
 * Self time (ms) per function and per package, and the total sampled time.
 * @param {string} file
 * @param {{ from?: number, to?: number }} [window] microseconds since profile start
 */
export function summarise(file, window = {}) {
  /** @type {Profile} */
  const profile = JSON.parse(readFileSync(file, 'utf8'))
  /** @type {Map<string, number>} */
  const functions = new Map()
  /** @type {Map<string, number>} */
  const packages = new Map()
  let total = 0
  let idle = 0
  eachSample(profile, window, (node, ms) => {
    const name = node.callFrame.functionName || '(anonymous)'
    if (name === '(idle)') {
      idle += ms
      return
    }
    total += ms
    const pkg =
      name === '(garbage collector)' ? '(garbage collector)' : packageOf(node.callFrame.url)
    const key = `${name} (${pkg}${node.callFrame.url ? `:${node.callFrame.lineNumber + 1}` : ''})`
    functions.set(key, (functions.get(key) ?? 0) + ms)
    packages.set(pkg, (packages.get(pkg) ?? 0) + ms)
  })
  const top = (/** @type {Map<string, number>} */ map, /** @type {number} */ n) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, ms]) => ({ name, ms: Math.round(ms), share: total ? ms / total : 0 }))
  return {
    busyMs: Math.round(total),
    idleMs: Math.round(idle),
    functions: top(functions, 15),
    packages: top(packages, 12),
  }
}

/**
 * Inclusive time (the function and everything it called) of the named
 * functions, as a share of the busy time in the window: where a request's
 * time goes, e.g. `log` (the request log line) or `zlibBufferSync`.
 * @param {string} file
 * @param {string[]} names function names to report
 * @param {{ from?: number, to?: number }} [window] microseconds since profile start
 */
export function inclusive(file, names, window = {}) {
  /** @type {Profile} */
  const profile = JSON.parse(readFileSync(file, 'utf8'))
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  /** @type {Map<number, number>} */
  const parent = new Map()
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id)
  const wanted = new Set(names)
  /** @type {Map<string, number>} */
  const totals = new Map()
  let busy = 0
  eachSample(profile, window, (node, ms) => {
    if (node.callFrame.functionName === '(idle)') return
    busy += ms
    /** @type {Set<string>} */
    const seen = new Set()
    /** @type {number | undefined} */
    let current = node.id
    while (current !== undefined) {
      const name = byId.get(current)?.callFrame.functionName ?? ''
      if (wanted.has(name) && !seen.has(name)) {
        seen.add(name)
        totals.set(name, (totals.get(name) ?? 0) + ms)
      }
      current = parent.get(current)
    }
  })
  return {
    busyMs: Math.round(busy),
    functions: names.map((name) => ({
      name,
      ms: Math.round(totals.get(name) ?? 0),
      share: busy ? (totals.get(name) ?? 0) / busy : 0,
    })),
  }
}

// `node bench/lib/cpuprofile.mjs <file.cpuprofile>` prints the summary.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '')) {
  const file = process.argv[2]
  if (file) console.log(JSON.stringify(summarise(file), null, 2))
}
