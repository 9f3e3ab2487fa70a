import assert from 'node:assert/strict'
import { test } from 'node:test'
import { SYSTEM_CHROMIUM, resolveChromium } from '../browser.mjs'

/**
 * @param {Record<string, string>} env
 * @param {string[]} files
 * @param {boolean} installs
 */
function attempt(env, files, installs) {
  /** @type {string[]} */
  const lines = []
  let installed = 0
  const result = resolveChromium(env, {
    exists: (file) => files.includes(file),
    install: () => {
      installed += 1
      return installs
    },
    log: (line) => lines.push(line),
  })
  return { result, installed, output: lines.join('\n') }
}

test('CHROMIUM_PATH wins when the file is there, and nothing is downloaded', () => {
  const { result, installed } = attempt(
    { CHROMIUM_PATH: '/opt/chrome' },
    ['/opt/chrome', SYSTEM_CHROMIUM],
    true,
  )
  assert.deepEqual(result, { CHROMIUM_PATH: '/opt/chrome' })
  assert.equal(installed, 0)
})

test('a CHROMIUM_PATH naming no file is an error, not a silent fallback', () => {
  const { result, installed, output } = attempt(
    { CHROMIUM_PATH: '/nowhere' },
    [SYSTEM_CHROMIUM],
    true,
  )
  assert.equal(result, null)
  assert.equal(installed, 0)
  assert.match(output, /\/nowhere/)
})

test("Debian's Chromium is used when CHROMIUM_PATH is not set", () => {
  const { result, installed } = attempt({}, [SYSTEM_CHROMIUM], true)
  assert.deepEqual(result, { CHROMIUM_PATH: SYSTEM_CHROMIUM })
  assert.equal(installed, 0)
})

test("without either, Playwright's Chromium is installed, and the run is told to use it", () => {
  const { result, installed, output } = attempt({}, [], true)
  assert.deepEqual(result, { PLAYWRIGHT_BUNDLED_CHROMIUM: '1' })
  assert.equal(installed, 1)
  assert.match(output, /npx playwright install chromium/)
})

test('when the download fails too, the message names both ways', () => {
  const { result, output } = attempt({}, [], false)
  assert.equal(result, null)
  assert.match(output, /apt-get install chromium/)
  assert.match(output, /CHROMIUM_PATH/)
  assert.match(output, /npx playwright install chromium/)
})
