/**
 * A `tel:` link for a phone number as staff typed it (`0571-8888 1234`,
 * `(0571) 88881234 转 8`): only digits and `+` are kept, so every phone dials
 * the number whatever spaces, dashes or words surround it.
 */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`
}
