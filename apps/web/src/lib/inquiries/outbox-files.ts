import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { open, readFile, readdir, rename, stat, unlink } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { InquirySubmission } from '@portal/shared/inquiry'
import { z } from 'zod'

/**
 * The outbox's files: the record each inquiry is kept in, and the writes that
 * survive a crash or a power cut. How the outbox uses them: `./outbox`.
 */

export const OutboxRecord = z.object({
  version: z.literal(1),
  submission: InquirySubmission,
  /** Deliveries tried by the background loop or the first attempt that failed. */
  attempts: z.number().int().min(0),
  nextAttemptAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
  lastError: z.string().nullable(),
  failedAt: z.iso.datetime().optional(),
})
export type OutboxRecord = z.output<typeof OutboxRecord>

/** Names of record files; temp files start with a dot and end in `.tmp`. */
export const RECORD_NAME = /^[^.].*\.json$/

export const isMissing = (error: unknown) => (error as NodeJS.ErrnoException)?.code === 'ENOENT'

/** fsync of a folder, so a rename or unlink in it survives a power cut. */
export async function syncDir(dir: string): Promise<void> {
  let handle
  try {
    handle = await open(dir, 'r')
    await handle.sync()
  } catch (error) {
    // Some platforms (Windows) cannot open or sync a folder; the rename is still atomic there.
    const code = (error as NodeJS.ErrnoException).code
    if (!['EISDIR', 'EPERM', 'EINVAL', 'EBADF', 'EACCES'].includes(code ?? '')) throw error
  } finally {
    await handle?.close()
  }
}

/** Writes a file so that it either exists complete or not at all, even after a crash. */
export async function writeFileAtomic(file: string, data: string): Promise<void> {
  const dir = path.dirname(file)
  const temp = path.join(dir, `.${path.basename(file)}.${randomUUID()}.tmp`)
  const handle = await open(temp, 'wx', 0o600)
  try {
    await handle.writeFile(data, 'utf8')
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await rename(temp, file)
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  }
  await syncDir(dir)
}

export const serialize = (record: OutboxRecord) => `${JSON.stringify(record, null, 2)}\n`

/** The app folder (`apps/web`): the nearest folder above this module whose package is @portal/web. */
function appDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
        name?: string
      }
      if (pkg.name === '@portal/web') return dir
    } catch {
      // no package.json here: keep climbing
    }
    const parent = path.dirname(dir)
    if (parent === dir) return process.cwd()
    dir = parent
  }
}

/**
 * The outbox folder. OUTBOX_DIR when set (a relative value is relative to the
 * working directory, like any path given on a command line); otherwise
 * `data/outbox` in the portal's app folder (`apps/web/data/outbox`), found
 * from this module's own location so that it is the same under `astro dev`,
 * the built server and the tests, whatever the working directory. The one
 * place that decides it: the portal server's health check and its page-cache
 * folder (beside this one) read it from here too.
 */
export function resolveOutboxDir(configured: string | undefined): string {
  return configured ? path.resolve(configured) : path.join(appDir(), 'data', 'outbox')
}

/** The record stored in an outbox file, checked against its schema. */
export async function readRecord(file: string): Promise<OutboxRecord> {
  return OutboxRecord.parse(JSON.parse(await readFile(file, 'utf8')))
}

/** Temp files of writes a crash interrupted; their inquiry was never confirmed to anyone. */
export async function removeStaleTempFiles(dir: string, now: () => Date): Promise<void> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return
  }
  for (const name of names.filter((n) => n.startsWith('.') && n.endsWith('.tmp'))) {
    const file = path.join(dir, name)
    const info = await stat(file).catch(() => null)
    if (info && now().getTime() - info.mtimeMs > 10 * 60 * 1000) await unlink(file).catch(() => {})
  }
}
