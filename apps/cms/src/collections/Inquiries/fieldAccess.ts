import type { Field } from 'payload'

/** An access rule that lets nobody in. */
export const never = () => false

/** What the visitor wrote (or the portal stamped): shown to staff, never changed after filing. */
export function asFiled<T extends Field>(field: T): T {
  return {
    ...field,
    access: { ...('access' in field ? field.access : {}), update: never },
    admin: { ...field.admin, readOnly: true },
  } as T
}

/** Written by hooks only: staff see it, requests cannot set it. */
export function bySystem<T extends Field>(field: T): T {
  return {
    ...field,
    access: { ...('access' in field ? field.access : {}), create: never, update: never },
    admin: { ...field.admin, readOnly: true },
  } as T
}

/** How the collection shows a moment: day and time, China style. */
export const dayAndTime = {
  date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'yyyy-MM-dd HH:mm' },
}
