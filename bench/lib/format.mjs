// Figures as the console and the report print them.

/** A number with `digits` decimals, or "n/a". */
export const fmt = (/** @type {number} */ n, digits = 1) =>
  Number.isFinite(n) ? n.toFixed(digits) : 'n/a'

/** Bytes as kilobytes. */
export const kb = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} KB`

/** A target's verdict. */
export const pass = (/** @type {boolean} */ ok) => (ok ? '✅ pass' : '❌ fail')
