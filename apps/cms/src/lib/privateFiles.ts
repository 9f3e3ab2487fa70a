import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs'

/** Owner only: the CMS's data holds inquiries (personal data) and password hashes. */
export const PRIVATE_DIR_MODE = 0o700
/** Owner read and write only. */
export const PRIVATE_FILE_MODE = 0o600

/**
 * Creates `dir` (and missing parents) readable by the CMS's own account only.
 * With `tighten`, an existing folder is brought down to that mode too: only
 * for folders that hold nothing but CMS data (the data, media and mail
 * folders), never a folder the operator chose to put a database file in.
 */
export function ensurePrivateDir(dir: string, options: { tighten: boolean }): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE })
  if (options.tighten) chmodSync(dir, PRIVATE_DIR_MODE)
}

/** Creates or tightens each folder that holds only CMS data (null entries are skipped). */
export function ensurePrivateDirs(dirs: ReadonlyArray<string | null>): void {
  for (const dir of dirs) if (dir) ensurePrivateDir(dir, { tighten: true })
}

/**
 * Makes the SQLite database file owner-only before it is opened: creates it
 * empty with that mode (SQLite then gives its `-wal` and `-shm` files the
 * database's own mode) and brings an existing database and its companions
 * down to it, for data folders created before this rule.
 */
export function ensurePrivateDatabaseFile(file: string): void {
  if (!existsSync(file)) closeSync(openSync(file, 'a', PRIVATE_FILE_MODE))
  for (const companion of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    if (existsSync(companion)) chmodSync(companion, PRIVATE_FILE_MODE)
  }
}
