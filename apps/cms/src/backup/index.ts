// Backup and restore of the whole CMS: database content and stored files in one
// `.tar.gz`. See format.ts for what the archive holds, files.ts for where stored
// files are read and written (local folder or bucket), unpack.ts for how an
// archive is read safely, and docs/backup.md.
export { ArchiveError, RestoreRefused } from './errors'
export { exportArchive, type BackupSummary } from './export'
export { importArchive, type RestoreOptions, type RestoreSummary } from './import'
export {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  REPLACED_WITHOUT_FORCE,
  RESTORE_CONTEXT,
  SKIPPED_COLLECTIONS,
  backedUpCollections,
  type Manifest,
} from './format'
