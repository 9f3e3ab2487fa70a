// Ids that tie the inquiry form's labels, hints and error messages to their
// controls, shared by the form's field renderers.

/** The id of a field's control, which labels and the error summary point at (`post.unit` → `inquiry-post-unit`). */
export const fieldId = (name: string) => `inquiry-${name.replace(/\./g, '-')}`

/** The id of a field's error message. */
export const errorId = (name: string) => `${fieldId(name)}-error`

/** An `aria-describedby` value from the ids given, or none. */
export const ids = (...values: (string | false | null | undefined)[]) =>
  values.filter(Boolean).join(' ') || undefined
