/**
 * Published security advisories against the installed dependency tree.
 *
 * `security/advisories.json` lists the advisories that concern this stack with
 * the first fixed version of each release line. For every advisory this test
 * reads the version actually installed (the root `node_modules/<package>`, and
 * any nested copy that package-lock.json marks as a production dependency) and
 * fails when that version is below the fix for its release line.
 *
 * Which fixed version applies (the rule documented in docs/security.md):
 * 1. `introduced` set and the installed version is below it: not affected.
 * 2. A fixed version with the installed major.minor: that one.
 * 3. Else fixed versions with the installed major: if one has a higher minor,
 *    the installed minor line never got the fix, so the lowest of those higher
 *    ones applies (and fails); otherwise the installed line came after the
 *    newest fixed line of its major and already carries the fix (the highest
 *    of them applies, and passes).
 * 4. Else fixed versions of a higher major: the installed major never got the
 *    fix, so the lowest of them applies (and fails).
 * 5. Else every fixed line is of an older major: not affected.
 * For 0.x packages the minor plays the part of the major as usual, and the
 * same rule gives the same answer because the minor lines are compared first.
 *
 * `npm audit` cannot reach the registry's advisory endpoint from the build
 * machines, which is why this list is kept by hand.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))
const advisoriesFile = join(repoRoot, 'security', 'advisories.json')
const lockFile = join(repoRoot, 'package-lock.json')

interface Advisory {
  id: string
  aliases?: string[]
  package: string
  severity?: string
  summary: string
  introduced?: string
  fixed: string[]
  source: string
  note?: string
  /**
   * A risk the maintainers accepted for a while, with why: the test then
   * checks that the acceptance has not expired instead of the version.
   */
  accepted?: { until: string; reason: string }
}

interface Version {
  major: number
  minor: number
  patch: number
  prerelease: string[]
  text: string
}

const VERSION = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/

function parseVersion(text: string): Version | undefined {
  const match = VERSION.exec(text.trim())
  if (!match) return undefined
  const [, major, minor, patch, prerelease] = match
  return {
    major: Number(major),
    minor: Number(minor),
    patch: Number(patch),
    prerelease: prerelease ? prerelease.split('.') : [],
    text: text.trim(),
  }
}

function compareIdentifiers(a: string, b: string): number {
  const numericA = /^\d+$/.test(a)
  const numericB = /^\d+$/.test(b)
  if (numericA && numericB) return Number(a) - Number(b)
  if (numericA) return -1
  if (numericB) return 1
  return a < b ? -1 : a > b ? 1 : 0
}

/** Semver precedence: negative when a < b, 0 when equal, positive when a > b. */
function compareVersions(a: Version, b: Version): number {
  if (a.major !== b.major) return a.major - b.major
  if (a.minor !== b.minor) return a.minor - b.minor
  if (a.patch !== b.patch) return a.patch - b.patch
  // A pre-release sorts before its release.
  if (a.prerelease.length === 0 || b.prerelease.length === 0) {
    return b.prerelease.length - a.prerelease.length
  }
  const length = Math.max(a.prerelease.length, b.prerelease.length)
  for (let i = 0; i < length; i++) {
    const left = a.prerelease[i]
    const right = b.prerelease[i]
    if (left === undefined) return -1
    if (right === undefined) return 1
    const order = compareIdentifiers(left, right)
    if (order !== 0) return order
  }
  return 0
}

const lowest = (versions: Version[]): Version | undefined => [...versions].sort(compareVersions)[0]
const highest = (versions: Version[]): Version | undefined =>
  [...versions].sort(compareVersions).at(-1)

/**
 * The fixed version that applies to an installed version (see the rule at the
 * top of this file), or undefined when the installed version is not affected.
 */
function applicableFix(
  installed: Version,
  fixed: Version[],
  introduced?: Version,
): Version | undefined {
  if (introduced && compareVersions(installed, introduced) < 0) return undefined
  const sameLine = fixed.filter((v) => v.major === installed.major && v.minor === installed.minor)
  if (sameLine.length > 0) return lowest(sameLine)
  const sameMajor = fixed.filter((v) => v.major === installed.major)
  if (sameMajor.length > 0) {
    const later = sameMajor.filter((v) => v.minor > installed.minor)
    return later.length > 0 ? lowest(later) : highest(sameMajor)
  }
  const laterMajors = fixed.filter((v) => v.major > installed.major)
  return lowest(laterMajors)
}

interface LockEntry {
  version?: string
  dev?: boolean
}

function readLockPackages(): Record<string, LockEntry> {
  if (!existsSync(lockFile)) return {}
  const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as {
    packages?: Record<string, LockEntry>
  }
  return lock.packages ?? {}
}

interface InstalledCopy {
  /** Folder relative to the repository root, e.g. node_modules/astro/node_modules/sharp. */
  where: string
  version: string
  devOnly: boolean
}

/**
 * The installed copies of a package: the root one (read from node_modules
 * whatever the lock file says) and every nested copy the lock file knows.
 */
function installedCopies(name: string, lock: Record<string, LockEntry>): InstalledCopy[] {
  const root = `node_modules/${name}`
  const folders = new Set([root])
  for (const key of Object.keys(lock)) {
    if (key.endsWith(`/node_modules/${name}`)) folders.add(key)
  }
  const copies: InstalledCopy[] = []
  for (const where of folders) {
    const manifest = join(repoRoot, where, 'package.json')
    if (!existsSync(manifest)) continue
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown }
    if (typeof version !== 'string') continue
    copies.push({ where, version, devOnly: lock[where]?.dev === true })
  }
  return copies
}

function loadAdvisories(): { advisories: Advisory[]; error?: string } {
  try {
    const parsed: unknown = JSON.parse(readFileSync(advisoriesFile, 'utf8'))
    if (!Array.isArray(parsed)) return { advisories: [], error: 'the file is not a JSON array' }
    return { advisories: parsed as Advisory[] }
  } catch (error) {
    return { advisories: [], error: String(error) }
  }
}

const { advisories, error: loadError } = loadAdvisories()

describe('the semver comparison and the release-line rule', () => {
  const v = (text: string): Version => {
    const parsed = parseVersion(text)
    if (!parsed) throw new Error(`not a version: ${text}`)
    return parsed
  }
  const fix = (installed: string, fixed: string[], introduced?: string): string | undefined =>
    applicableFix(v(installed), fixed.map(v), introduced ? v(introduced) : undefined)?.text

  it('orders versions by number, not by text, and pre-releases before releases', () => {
    expect(compareVersions(v('16.10.0'), v('16.9.9'))).toBeGreaterThan(0)
    expect(compareVersions(v('0.35.5'), v('0.35.5'))).toBe(0)
    expect(compareVersions(v('16.0.0-beta.2'), v('16.0.0'))).toBeLessThan(0)
    expect(compareVersions(v('16.0.0-beta.10'), v('16.0.0-beta.9'))).toBeGreaterThan(0)
    expect(parseVersion('latest')).toBeUndefined()
  })

  it('picks the fix of the same line, else the line the installed version must move to', () => {
    const lines = ['15.5.7', '16.0.7']
    expect(fix('15.5.4', lines)).toBe('15.5.7')
    expect(fix('16.4.6', lines)).toBe('16.0.7') // a later minor carries the 16.0 fix
    expect(fix('16.2.0', ['16.1.5', '16.3.3'])).toBe('16.3.3') // 16.2 never got it
    expect(fix('5.18.2', ['6.4.6'])).toBe('6.4.6') // no 5.x fix
    expect(fix('17.0.0', lines)).toBeUndefined() // newer than every fixed line
    expect(fix('0.34.5', ['0.35.0'])).toBe('0.35.0')
    expect(fix('0.25.12', ['0.28.1'], '0.27.3')).toBeUndefined() // before the flaw
  })
})

describe('security/advisories.json', () => {
  it('is a JSON array', () => {
    expect(loadError, `${advisoriesFile}: ${loadError}`).toBeUndefined()
    expect(advisories.length).toBeGreaterThan(0)
  })

  it('gives every advisory an id, a package, fixed versions and a source', () => {
    const problems: string[] = []
    const seen = new Set<string>()
    advisories.forEach((entry, index) => {
      const label = `entry ${index} (${String(entry?.id)})`
      if (typeof entry !== 'object' || entry === null) {
        problems.push(`${label}: not an object`)
        return
      }
      if (
        typeof entry.id !== 'string' ||
        !/^(GHSA(-[23456789cfghjmpqrvwx]{4}){3}|CVE-\d{4}-\d{4,})$/.test(entry.id)
      ) {
        problems.push(`${label}: id must be a GHSA or CVE id`)
      }
      if (typeof entry.package !== 'string' || entry.package.trim() === '') {
        problems.push(`${label}: package missing`)
      }
      if (typeof entry.summary !== 'string' || entry.summary.trim() === '') {
        problems.push(`${label}: summary missing`)
      }
      if (typeof entry.source !== 'string' || !/^https:\/\/\S+$/.test(entry.source)) {
        problems.push(`${label}: source must be an https URL`)
      }
      if (!Array.isArray(entry.fixed) || entry.fixed.length === 0) {
        problems.push(`${label}: fixed must list at least one version`)
      } else {
        const lines = new Set<string>()
        for (const text of entry.fixed) {
          const version = typeof text === 'string' ? parseVersion(text) : undefined
          if (!version) {
            problems.push(`${label}: fixed version ${String(text)} is not x.y.z`)
            continue
          }
          const line = `${version.major}.${version.minor}`
          if (lines.has(line)) problems.push(`${label}: two fixed versions for line ${line}`)
          lines.add(line)
        }
      }
      if (entry.introduced !== undefined && !parseVersion(String(entry.introduced))) {
        problems.push(`${label}: introduced ${String(entry.introduced)} is not x.y.z`)
      }
      const key = `${entry.id} ${entry.package}`
      if (seen.has(key)) problems.push(`${label}: listed twice for ${entry.package}`)
      seen.add(key)
    })
    expect(problems, problems.join('\n')).toEqual([])
  })
})

describe('installed production dependencies are not below a fixed version', () => {
  const lock = readLockPackages()

  for (const advisory of advisories) {
    const name = `${advisory.id} (${advisory.package})`
    const fixed = (advisory.fixed ?? []).map(parseVersion)
    if (fixed.some((v) => v === undefined)) continue // reported by the shape test above
    const fixedVersions = fixed as Version[]
    const introduced = advisory.introduced ? parseVersion(advisory.introduced) : undefined

    const copies = installedCopies(advisory.package, lock)
    if (copies.length === 0) {
      it.skip(`${name}: skipped, ${advisory.package} is not installed`, () => {})
      continue
    }

    for (const copy of copies) {
      if (copy.devOnly) {
        it.skip(`${name}: skipped, ${copy.where} is a dev-only dependency`, () => {})
        continue
      }
      it(`${name}: ${copy.where}@${copy.version}`, () => {
        const installed = parseVersion(copy.version)
        expect(installed, `${copy.where}: unreadable version ${copy.version}`).toBeDefined()
        if (!installed) return
        const required = applicableFix(installed, fixedVersions, introduced)
        const below = required !== undefined && compareVersions(installed, required) < 0
        const message =
          `${advisory.id} (${advisory.package}, ${advisory.severity ?? 'unknown'} severity): ` +
          `installed ${copy.version} at ${copy.where} is below ${required?.text}, ` +
          `the first fixed version for its release line (fixed in ${advisory.fixed.join(', ')}). ` +
          `${advisory.summary} Source: ${advisory.source}`
        if (below && advisory.accepted) {
          const { until, reason } = advisory.accepted
          expect(
            reason.length,
            `${advisory.id}: an accepted risk needs its reason`,
          ).toBeGreaterThan(40)
          const today = new Date().toISOString().slice(0, 10)
          expect(
            today <= until,
            `${message} The acceptance of this risk expired on ${until}: upgrade, or review and renew it.`,
          ).toBe(true)
          console.warn(`accepted until ${until}: ${advisory.id} (${advisory.package}) – ${reason}`)
          return
        }
        expect(below, message).toBe(false)
      })
    }
  }
})
