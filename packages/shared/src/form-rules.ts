import { z } from 'zod'

/**
 * The building blocks of the public forms' zod contracts (inquiries, market
 * posts): every rule says why it refused with a code that `inquiryErrors`
 * turns into a sentence in the visitor's language. Zod carries the code (and
 * a limit) in the issue's message as `code` or `code:limit`.
 */

/** The issue message for an error code, with its limit when it has one. */
export const issue = (code: string, limit?: number) =>
  limit === undefined ? code : `${code}:${limit}`

/** Trimmed text, empty when the input is missing or not a string. */
export const text = z.preprocess((v) => (typeof v === 'string' ? v.trim() : ''), z.string())

/** Text that may be left empty (null then); when given, between `min` and `max` characters. */
export const optionalText = (max: number, min = 0) =>
  text
    .pipe(
      z
        .string()
        .max(max, { error: issue('too_long', max) })
        .refine((v) => v === '' || v.length >= min, { error: issue('too_short', min) }),
    )
    .transform((v) => (v === '' ? null : v))

/** Text that must be given, at most `max` characters. */
export const requiredText = (max: number) =>
  text.pipe(
    z
      .string()
      .min(1, { error: issue('required') })
      .max(max, { error: issue('too_long', max) }),
  )

/** One of `values`. */
export const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  text.pipe(z.enum(values, { error: issue('choice') }))

/** One of `values`, or null when nothing was chosen. */
export const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  text
    .pipe(z.union([z.literal(''), z.enum(values)], { error: issue('choice') }))
    .transform((v) => (v === '' ? null : (v as T[number])))

/** True when a form value counts as given. */
export const filled = (value: unknown) =>
  value !== null && value !== undefined && value !== '' && value !== false
