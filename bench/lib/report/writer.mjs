// The report's writer: lines of markdown, and how a figure is printed beside
// the same figure of an earlier run.
import { fmt } from '../format.mjs'

/**
 * @typedef {ReturnType<typeof reportWriter>} Writer
 * @typedef {import('../measure.mjs').LoadResult} LoadResult
 */

/**
 * Collects the report's lines for the results `r`, with `before` (or null) as the baseline.
 * @param {any} r
 * @param {any} before
 */
export function reportWriter(r, before) {
  /** @type {string[]} */
  const lines = []
  const add = (/** @type {string} */ line = '') => lines.push(line)
  /** " (before x)" when a baseline has the figure. */
  const was = (/** @type {(x: any) => number} */ pick, digits = 1) => {
    if (!before) return ''
    try {
      const value = pick(before)
      return Number.isFinite(value) ? ` (before ${fmt(value, digits)})` : ''
    } catch {
      return ''
    }
  }
  const ms = (/** @type {number | null | undefined} */ n) =>
    n === null || n === undefined || !Number.isFinite(n) ? 'n/a' : `${fmt(n)} ms`
  /** Why a page has no figure: it did not render, or it was not measured. */
  const notRendered = (/** @type {string} */ name) => {
    const first = r.firstRender[name]
    return first && first.status !== 200
      ? `page answers ${first.status || 'nothing'} (first render ${fmt(first.ms / 1000)} s)`
      : 'not measured'
  }
  /**
   * Starts the section of a step's results `part`: nothing when the step is
   * not in the results, its heading and why when it did not run. True when
   * the step's figures follow.
   */
  const section = (/** @type {string} */ title, /** @type {any} */ part) => {
    if (!part) return false
    add(`## ${title}`)
    add()
    if (!part.skipped) return true
    add(`Not run: ${part.skipped}.`)
    add()
    return false
  }
  return { lines, add, was, ms, notRendered, section }
}
