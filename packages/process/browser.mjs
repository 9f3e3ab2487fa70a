// Finds the Chromium the end-to-end tests drive. In order: `CHROMIUM_PATH`,
// Debian's `/usr/bin/chromium`, and, when neither exists, Playwright's own
// Chromium, which the caller downloads (`npx playwright install chromium`).
import { existsSync } from 'node:fs'

export const SYSTEM_CHROMIUM = '/usr/bin/chromium'

/**
 * Picks the browser for the end-to-end tests. Returns the variables the
 * Playwright run needs (`CHROMIUM_PATH`, or `PLAYWRIGHT_BUNDLED_CHROMIUM=1` once
 * `install()` succeeded), or null after printing both ways to get a browser.
 * @param {Record<string, string | undefined>} env
 * @param {{ install: () => boolean, exists?: (file: string) => boolean, log?: (line: string) => void }} options
 * @returns {Record<string, string> | null}
 */
export function resolveChromium(env, { install, exists = existsSync, log = console.log }) {
  if (env.CHROMIUM_PATH) {
    if (exists(env.CHROMIUM_PATH)) return { CHROMIUM_PATH: env.CHROMIUM_PATH }
    log(`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, but there is no file there.`)
    return null
  }
  if (exists(SYSTEM_CHROMIUM)) return { CHROMIUM_PATH: SYSTEM_CHROMIUM }
  log(
    `No Chromium at ${SYSTEM_CHROMIUM} and CHROMIUM_PATH is not set: installing Playwright's own Chromium (npx playwright install chromium).`,
  )
  if (install()) return { PLAYWRIGHT_BUNDLED_CHROMIUM: '1' }
  log(
    [
      'The end-to-end tests need Chromium, and none was found and the download failed. Either:',
      `  - install your system's package (Debian/Ubuntu: apt-get install chromium) so that ${SYSTEM_CHROMIUM} exists,`,
      '    or set CHROMIUM_PATH to a Chromium or Chrome executable; or',
      '  - let Playwright download its own: run `npx playwright install chromium` in apps/web where the network allows it.',
    ].join('\n'),
  )
  return null
}
