import type { CollectionBeforeChangeHook } from 'payload'
import type { Inquiry } from '@portal/shared/payload-types'
import { isStaffUser } from '#cms/access/roles'

type Note = NonNullable<Inquiry['internalNotes']>[number]

/**
 * Internal notes are a log: a saved note keeps its text, author and time, and
 * cannot be removed; new rows get the signed-in staff member and the time.
 */
export const stampInternalNotes: CollectionBeforeChangeHook<Inquiry> = ({
  data,
  originalDoc,
  req,
}) => {
  const stored: Note[] = (originalDoc?.internalNotes ?? []).map((row) => ({ ...row }))
  if (data.internalNotes === undefined) {
    if (originalDoc) data.internalNotes = stored
    return data
  }
  const known = new Set(stored.map((row) => row.id))
  const staff = isStaffUser(req.user) ? req.user : null
  const now = new Date().toISOString()
  const added = (data.internalNotes ?? [])
    .filter((row) => !row.id || !known.has(row.id))
    .filter((row) => typeof row.note === 'string' && row.note.trim() !== '')
    .map((row): Note => ({
      ...(row.id ? { id: row.id } : {}),
      note: row.note.trim(),
      // Generated types say number (SQLite ids); on MongoDB the id is a string, stored the same way.
      author: staff ? (staff.id as number) : (row.author ?? null),
      at: staff ? now : (row.at ?? now),
    }))
  data.internalNotes = [...stored, ...added]
  return data
}
