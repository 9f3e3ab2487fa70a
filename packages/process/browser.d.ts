// Types of browser.mjs (plain JavaScript, so that scripts can run it before install).

export declare const SYSTEM_CHROMIUM: string

export interface ResolveOptions {
  /** Downloads Playwright's Chromium; true when it succeeded. */
  install: () => boolean
  exists?: (file: string) => boolean
  log?: (line: string) => void
}

/** The variables the Playwright run needs, or null when no browser can be had (both ways printed). */
export declare function resolveChromium(
  env: Record<string, string | undefined>,
  options: ResolveOptions,
): Record<string, string> | null
