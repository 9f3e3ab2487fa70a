import { randomInt, randomUUID } from 'node:crypto'
import { mkdir, readdir, rename, unlink } from 'node:fs/promises'
import path from 'node:path'
import { formatTrackingNumber, type InquiryFields } from '@portal/shared/inquiry'
import type { Locale } from '@portal/shared/locales'
import { deliverInquiry, type InquiryApiOptions } from './cms-api'
import {
  OutboxRecord,
  RECORD_NAME,
  isMissing,
  readRecord,
  removeStaleTempFiles,
  serialize,
  syncDir,
  writeFileAtomic,
} from './outbox-files'

export { resolveOutboxDir, writeFileAtomic, type OutboxRecord } from './outbox-files'

/**
 * The durable outbox (咨询发件箱). A visitor's inquiry is written to disk
 * before anything else happens, so a CMS that is down, slow or restarting
 * never loses one and never keeps the visitor waiting:
 *
 * 1. `submit` gives the inquiry an id (`submissionId`) and a tracking number,
 *    writes it as one JSON file (temp file, fsync, rename, fsync of the folder),
 *    then delivers it at once with a short timeout.
 * 2. Stored (201) or already stored (200): the file is removed.
 *    Number taken (409) on this first attempt: the visitor has not seen the
 *    number yet, so another one is drawn, the file rewritten and sent again.
 * 3. CMS unreachable, slow or failing: the file stays with `keepNumber: true`
 *    (the visitor now holds that number) and the visitor gets the number.
 * 4. A background loop (`start`) retries waiting files with a growing delay
 *    per file (`attempts`, `nextAttemptAt`) and removes each once the CMS
 *    confirms. A refusal of the inquiry itself (4xx other than 409) moves the
 *    file to `failed/` and logs loudly: it is never deleted.
 *
 * The same inquiry may reach the CMS twice (a timeout after the CMS stored it,
 * a crash before the file was removed); the CMS stores each `submissionId`
 * once, which makes delivery exactly-once. Within a process a lock per file
 * keeps the loop and a waiting visitor from sending one file at the same time;
 * several processes may share a folder, at the price of a duplicate send the
 * CMS recognises.
 *
 * Files are named `<submittedAt>-<submissionId>.json`, so a listing is in
 * arrival order; temp files start with a dot and end in `.tmp`. They hold
 * personal data, so the folder is 0700 and the files 0600.
 */

type Submission = OutboxRecord['submission']

export interface OutboxLog {
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}

export interface OutboxOptions extends Omit<InquiryApiOptions, 'timeoutMs'> {
  /** The outbox folder; `failed/` is created inside it. */
  dir: string
  /** Time the CMS has to answer while the visitor waits. */
  firstAttemptTimeoutMs?: number
  /** Time the CMS has to answer a background retry. */
  retryTimeoutMs?: number
  /** How often a first attempt draws a new number after a 409. */
  maxRenumbers?: number
  /** Delay before the next try, after `attempts` failed tries. */
  backoffMs?: (attempts: number) => number
  now?: () => Date
  /** The four-digit serial of a tracking number. */
  serial?: () => number
  log?: OutboxLog
}

/** What a visitor's submission came to. */
export type SubmitResult =
  /** The CMS has it. */
  | { kind: 'delivered'; trackingNumber: string }
  /** On disk, to be delivered by the background loop; the number is final. */
  | { kind: 'queued'; trackingNumber: string }
  /** Refused by the CMS (kept in `failed/` for staff) or not writable: the visitor must try again. */
  | { kind: 'failed'; reason: string }

export interface DrainReport {
  delivered: number
  /** Still waiting: retry failed, or not due yet. */
  waiting: number
  failed: number
  /** Being sent by someone else in this process. */
  busy: number
}

/** Backoff: 5 s, 10 s, 20 s … capped at 5 minutes, so a recovered CMS is caught up soon. */
export const defaultBackoffMs = (attempts: number) =>
  Math.min(5000 * 2 ** Math.max(0, attempts - 1), 5 * 60 * 1000)

/** Files being handled in this process (absolute paths), across outbox instances. */
const locks = new Set<string>()
/** The drain running per folder, shared by concurrent callers. */
const drains = new Map<string, Promise<DrainReport>>()

function lock(file: string): boolean {
  if (locks.has(file)) return false
  locks.add(file)
  return true
}

export function createOutbox(options: OutboxOptions) {
  const dir = path.resolve(options.dir)
  const failedDir = path.join(dir, 'failed')
  const now = options.now ?? (() => new Date())
  const serial = options.serial ?? (() => randomInt(10000))
  const backoff = options.backoffMs ?? defaultBackoffMs
  const maxRenumbers = options.maxRenumbers ?? 5
  const log = options.log ?? console
  let timer: ReturnType<typeof setInterval> | null = null

  const fileOf = (submission: Submission) =>
    path.join(
      dir,
      `${submission.submittedAt.replace(/[-:.]/g, '')}-${submission.submissionId}.json`,
    )
  const label = (submission: Submission) =>
    `inquiry ${submission.trackingNumber} (${submission.submissionId})`

  async function ensureDirs(): Promise<void> {
    await mkdir(failedDir, { recursive: true, mode: 0o700 })
  }

  /** A tracking number for the day of `at` that is not among `tried`. */
  function newNumber(at: Date, tried: ReadonlySet<string>): string {
    let number = formatTrackingNumber(at, serial())
    for (let i = 0; i < 50 && tried.has(number); i++) number = formatTrackingNumber(at, serial())
    return number
  }

  async function remove(file: string): Promise<void> {
    try {
      await unlink(file)
      await syncDir(dir)
    } catch (error) {
      // Left behind, it is sent again and the CMS answers "duplicate": no harm.
      if (!isMissing(error)) log.warn(`[outbox] could not remove ${file}: ${String(error)}`)
    }
  }

  async function moveToFailed(
    file: string | null,
    record: OutboxRecord,
    reason: string,
  ): Promise<void> {
    record.lastError = reason
    record.failedAt = now().toISOString()
    const target = path.join(failedDir, path.basename(file ?? fileOf(record.submission)))
    try {
      await ensureDirs()
      await writeFileAtomic(target, serialize(record))
      if (file) await remove(file)
      log.error(
        `[outbox] PERMANENT FAILURE: the CMS refused ${label(record.submission)}. ` +
          `It is kept in ${target} for staff to file by hand. ${reason}`,
      )
    } catch (error) {
      log.error(
        `[outbox] PERMANENT FAILURE: the CMS refused ${label(record.submission)} (${reason}) ` +
          `and it could not be moved to ${failedDir}: ${String(error)}` +
          (file ? `; it stays in ${file}` : ''),
      )
    }
  }

  type Attempt =
    | { kind: 'delivered'; trackingNumber: string }
    | { kind: 'waiting'; trackingNumber: string }
    | { kind: 'failed'; reason: string }

  /**
   * Delivers one record, drawing new numbers after a 409 while the number is
   * not yet promised (`keepNumber` false). `file` is null only when the outbox
   * could not be written: then nothing can wait for a retry.
   */
  async function attempt(
    file: string | null,
    record: OutboxRecord,
    visitorWaiting: boolean,
  ): Promise<Attempt> {
    const submission = record.submission
    const tried = new Set([submission.trackingNumber])
    const persist = async () => {
      if (file) await writeFileAtomic(file, serialize(record))
    }
    let renumbered = 0
    for (;;) {
      const result = await deliverInquiry(submission, {
        cmsUrl: options.cmsUrl,
        apiKey: options.apiKey,
        fetch: options.fetch,
        timeoutMs: visitorWaiting
          ? (options.firstAttemptTimeoutMs ?? 3000)
          : (options.retryTimeoutMs ?? 10_000),
      })
      if (result.kind === 'stored') {
        if (result.trackingNumber !== submission.trackingNumber) {
          log.warn(
            `[outbox] the CMS stored ${label(submission)} as ${result.trackingNumber}; using its number`,
          )
        }
        if (file) await remove(file)
        if (record.attempts > 0) {
          log.info(`[outbox] delivered ${label(submission)} after ${record.attempts} retries`)
        }
        return { kind: 'delivered', trackingNumber: result.trackingNumber }
      }
      if (result.kind === 'number-taken' && !submission.keepNumber) {
        if (renumbered < maxRenumbers) {
          renumbered += 1
          submission.trackingNumber = newNumber(new Date(submission.submittedAt), tried)
          tried.add(submission.trackingNumber)
          await persist()
          continue
        }
        // No free number in several draws: keep this one. The CMS then stores
        // it beside the other, and the contact given tells the two apart.
        log.warn(`[outbox] no free tracking number after ${renumbered} draws; keeping one`)
        submission.keepNumber = true
        await persist()
        continue
      }
      if (result.kind === 'retry') {
        record.attempts += 1
        record.nextAttemptAt = new Date(now().getTime() + backoff(record.attempts)).toISOString()
        record.lastError = result.reason
        // The visitor is about to be shown this number: it must not change any more.
        if (visitorWaiting) submission.keepNumber = true
        if (!file) return { kind: 'failed', reason: result.reason }
        await persist()
        log.warn(
          `[outbox] ${label(submission)} waits for the CMS (try ${record.attempts}): ${result.reason}`,
        )
        return { kind: 'waiting', trackingNumber: submission.trackingNumber }
      }
      const reason =
        result.kind === 'refused'
          ? result.reason
          : 'the CMS answered 409 for a number the visitor already holds'
      await moveToFailed(file, record, reason)
      return { kind: 'failed', reason }
    }
  }

  /** Files an inquiry: on disk first, then to the CMS. See the module comment. */
  async function submit(fields: InquiryFields, locale: Locale): Promise<SubmitResult> {
    const at = now()
    const record: OutboxRecord = OutboxRecord.parse({
      version: 1,
      submission: {
        submissionId: randomUUID(),
        trackingNumber: newNumber(at, new Set()),
        submittedAt: at.toISOString(),
        locale,
        keepNumber: false,
        fields,
      },
      attempts: 0,
      nextAttemptAt: at.toISOString(),
      createdAt: at.toISOString(),
      lastError: null,
    })
    let file: string | null = fileOf(record.submission)
    lock(file)
    try {
      try {
        await ensureDirs()
        await writeFileAtomic(file, serialize(record))
      } catch (error) {
        // Without the outbox the inquiry can still go straight through; it just cannot wait.
        log.error(`[outbox] could not write to ${dir}: ${String(error)}`)
        locks.delete(file)
        file = null
      }
      const result = await attempt(file, record, true)
      return result.kind === 'waiting' ? { ...result, kind: 'queued' } : result
    } finally {
      if (file) locks.delete(file)
    }
  }

  async function drainOnce(): Promise<DrainReport> {
    const report: DrainReport = { delivered: 0, waiting: 0, failed: 0, busy: 0 }
    let names: string[]
    try {
      names = (await readdir(dir)).filter((name) => RECORD_NAME.test(name)).sort()
    } catch (error) {
      if (isMissing(error)) return report
      throw error
    }
    let cmsAway = false
    for (const name of names) {
      const file = path.join(dir, name)
      if (!lock(file)) {
        report.busy += 1
        continue
      }
      try {
        let record: OutboxRecord
        try {
          record = await readRecord(file)
        } catch (error) {
          if (isMissing(error)) continue // delivered meanwhile
          await ensureDirs()
          await rename(file, path.join(failedDir, name))
          log.error(
            `[outbox] PERMANENT FAILURE: ${file} is not a readable inquiry (${String(error)}); ` +
              `moved to ${failedDir}`,
          )
          report.failed += 1
          continue
        }
        // One unreachable CMS is enough to know: the rest wait for the next round.
        if (cmsAway || Date.parse(record.nextAttemptAt) > now().getTime()) {
          report.waiting += 1
          continue
        }
        const result = await attempt(file, record, false)
        if (result.kind === 'delivered') report.delivered += 1
        else if (result.kind === 'failed') report.failed += 1
        else {
          report.waiting += 1
          cmsAway = true
        }
      } finally {
        locks.delete(file)
      }
    }
    return report
  }

  /** Tries every waiting inquiry that is due. Concurrent calls share one run. */
  function drain(): Promise<DrainReport> {
    const running = drains.get(dir)
    if (running) return running
    const run = drainOnce().finally(() => drains.delete(dir))
    drains.set(dir, run)
    return run
  }

  /** Starts the background delivery loop (once); returns a function that stops it. */
  function start(intervalMs = 5000): () => void {
    const stop = () => {
      if (timer) clearInterval(timer)
      timer = null
    }
    if (timer) return stop
    const tick = () => {
      drain().catch((error: unknown) =>
        log.error(`[outbox] delivery round failed: ${String(error)}`),
      )
    }
    void removeStaleTempFiles(dir, now)
    timer = setInterval(tick, intervalMs)
    timer.unref()
    tick()
    return stop
  }

  /**
   * A waiting inquiry with this number and contact (phone or e-mail), so a
   * visitor checking on it before the CMS has it is told it was received.
   */
  async function findWaiting(trackingNumber: string, contact: string): Promise<Submission | null> {
    let names: string[]
    try {
      names = (await readdir(dir)).filter((name) => RECORD_NAME.test(name))
    } catch {
      return null
    }
    for (const name of names) {
      try {
        const { submission } = await readRecord(path.join(dir, name))
        const { phone, email } = submission.fields
        if (
          submission.trackingNumber === trackingNumber &&
          (phone === contact || email === contact)
        )
          return submission
      } catch {
        // delivered meanwhile, or unreadable: the loop deals with it
      }
    }
    return null
  }

  return { dir, submit, drain, start, findWaiting }
}

export type Outbox = ReturnType<typeof createOutbox>
