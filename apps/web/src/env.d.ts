/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The visitor's language, from the URL prefix (`/en/…` is English). */
    // A top-level import would turn this ambient file into a module and hide `App`.
    // eslint-disable-next-line @typescript-eslint/consistent-type-imports
    locale: import('@portal/shared/locales').Locale
    /** The requested path without the language prefix, e.g. `/projects`. */
    pathWithoutLocale: string
    /** Set on a draft preview: the signed token and the document's collection. */
    preview?: { token: string; collection: string }
  }
}
