// The two ways a restore stops before it changes anything; the restore command
// tells them apart by their exit codes (3 and 1).

/** The target holds content and `force` was not given. */
export class RestoreRefused extends Error {
  override name = 'RestoreRefused'
}

/** The archive is damaged, too large, from another kind of database, or does not fit this CMS. */
export class ArchiveError extends Error {
  override name = 'ArchiveError'
}
