// What the kernel says about the servers of a run (Linux /proc): their
// processes, resident memory and CPU time.
import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { clearInterval, setInterval } from 'node:timers'

/** Every process below `pid` (children, grandchildren, …), from /proc. */
function descendants(/** @type {number} */ pid) {
  /** @type {Map<number, number[]>} */
  const children = new Map()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)])
    } catch {
      // gone meanwhile
    }
  }
  /** @type {number[]} */
  const out = []
  const walk = (/** @type {number} */ p) => {
    for (const child of children.get(p) ?? []) {
      out.push(child)
      walk(child)
    }
  }
  walk(pid)
  return out
}

/** CPU time (clock ticks) used so far by `pid` and every live process below it. */
export function treeCpuTicks(/** @type {number} */ pid) {
  return [pid, ...descendants(pid)].reduce((sum, each) => sum + readCpuTicks(each), 0)
}

/** The Next.js server process under the CMS's npm start. */
export function nextServerPid(/** @type {number} */ npmPid) {
  return descendants(npmPid).find((pid) => {
    try {
      return /next-server|next start/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))
    } catch {
      return false
    }
  })
}

/** Peak and sampled resident memory of a process, from /proc. */
export function memorySampler(/** @type {number} */ pid) {
  let peakSampledKb = 0
  const read = () => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8')
      const field = (/** @type {string} */ name) =>
        Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0)
      return { rss: field('VmRSS'), hwm: field('VmHWM') }
    } catch {
      return { rss: 0, hwm: 0 }
    }
  }
  const timer = setInterval(() => {
    peakSampledKb = Math.max(peakSampledKb, read().rss)
  }, 200)
  return {
    stop() {
      clearInterval(timer)
      const { rss, hwm } = read()
      return { rssKb: rss, peakKb: Math.max(hwm, peakSampledKb) }
    },
  }
}

/** Clock ticks per second, the unit of /proc/<pid>/stat times. */
export function clockTicks() {
  const answer = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })
  return Number(answer.stdout?.trim()) || 100
}

/** CPU time (clock ticks) a process has used so far. */
export function readCpuTicks(/** @type {number} */ pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
    return Number(fields[11] ?? 0) + Number(fields[12] ?? 0)
  } catch {
    return 0
  }
}
