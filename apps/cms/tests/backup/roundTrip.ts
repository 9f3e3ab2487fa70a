import { spawn } from 'node:child_process'
import { createReadStream, createWriteStream } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { createGunzip, createGzip } from 'node:zlib'
import { packTar, readTar, type TarInput } from '../../src/backup/tar'
import { appDir } from '../../src/paths'
import { freshDatabaseUri, onEmulator } from '../support/database'

/** Secrets a restore target runs with: production's rules, and the source's PAYLOAD_SECRET. */
export const TEST_SECRET = 'backup-test-payload-secret-0123456789abcdef0123456789abcdef'
export const TEST_PORTAL_KEY = 'backup-test-portal-api-key-0123456789abcdef'
export const TEST_HOOK_SECRET = 'backup-test-hook-secret-0123456789abcdef0123'

/**
 * The variables a restore target runs with: its own new database (a SQLite
 * file in `dir`, or on MongoDB a database of its own) and folders under
 * `dir`, and the secrets above.
 */
export function restoreEnv(dir: string, databaseUri = freshDatabaseUri(dir, 'portal')) {
  return {
    DATABASE_URI: databaseUri,
    MEDIA_DIR: path.join(dir, 'media'),
    MAIL_DIR: path.join(dir, 'mail'),
    PAYLOAD_SECRET: TEST_SECRET,
    PORTAL_API_KEY: TEST_PORTAL_KEY,
    PORTAL_HOOK_SECRET: TEST_HOOK_SECRET,
  }
}

const EMULATOR_PRELOAD = path.join(appDir, 'tests/support/mongodb-emulator-preload.mjs')

export interface RunResult {
  code: number | null
  stdout: string
  stderr: string
  ms: number
}

/**
 * Runs one of the CMS's scripts the way the package scripts do
 * (`node --conditions=production scripts/run.mjs <entry> …`) in its own
 * process, with the test runner's variables left out and `env` added.
 */
export function runCms(
  entry: string,
  args: string[],
  env: Record<string, string>,
  timeoutMs = 120_000,
): Promise<RunResult> {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) =>
        !key.startsWith('VITEST') &&
        !['NODE_ENV', 'NODE_OPTIONS', 'DATABASE_URI', 'MEDIA_DIR', 'MAIL_DIR'].includes(key),
    ),
  )
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--conditions=production',
        // The test workers load this too on the emulator (vitest.config.ts).
        ...(onEmulator ? ['--import', EMULATOR_PRELOAD] : []),
        'scripts/run.mjs',
        entry,
        ...args,
      ],
      {
        cwd: appDir,
        env: { ...base, ...env } as NodeJS.ProcessEnv,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr, ms: Date.now() - started })
    })
  })
}

/** Every entry of a (small) archive, in memory. */
export async function readArchive(file: string): Promise<Map<string, Buffer>> {
  const entries = new Map<string, Buffer>()
  await pipeline(createReadStream(file), createGunzip(), async (source: AsyncIterable<Buffer>) => {
    for await (const entry of readTar(source)) {
      const chunks: Buffer[] = []
      for await (const chunk of entry.body) chunks.push(chunk)
      entries.set(entry.name, Buffer.concat(chunks))
    }
  })
  return entries
}

/** Writes a `.tar.gz` of the given entries, in their order, as the backup command packs them. */
export async function writeArchive(
  file: string,
  entries: Map<string, Buffer> | Iterable<TarInput> | AsyncIterable<TarInput>,
): Promise<void> {
  const inputs =
    entries instanceof Map
      ? [...entries].map(([name, body]) => ({ name, size: body.length, body }))
      : entries
  await pipeline(packTar(inputs), createGzip(), createWriteStream(file, { mode: 0o600 }))
}

export function jsonEntry<T>(entries: Map<string, Buffer>, name: string): T {
  const data = entries.get(name)
  if (!data) throw new Error(`${name} is not in the archive`)
  return JSON.parse(data.toString('utf8')) as T
}

/** Paths of every file under `dir`, relative to it, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const found: string[] = []
  async function walk(sub: string) {
    for (const entry of await readdir(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name
      if (entry.isDirectory()) await walk(rel)
      else found.push(rel)
    }
  }
  await walk('')
  return found.sort()
}

/** Whether two folders hold the same files with the same bytes; lists the differences. */
export async function folderDifferences(a: string, b: string): Promise<string[]> {
  const [left, right] = await Promise.all([listFiles(a), listFiles(b)])
  const problems: string[] = []
  for (const name of left) if (!right.includes(name)) problems.push(`only in source: ${name}`)
  for (const name of right) if (!left.includes(name)) problems.push(`only in target: ${name}`)
  for (const name of left.filter((n) => right.includes(n))) {
    const [x, y] = await Promise.all([readFile(path.join(a, name)), readFile(path.join(b, name))])
    if (!x.equals(y)) problems.push(`different bytes: ${name}`)
  }
  return problems
}
