import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { expect, test } from '@playwright/test'
import { PAGE_TYPES } from './support/pages'

// Government sites are inspected for valid markup: every page type, in both
// languages, is fetched as served and checked by the W3C Nu HTML Checker in one
// run (one JVM start for all files keeps this fast).
const vnuJar = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vnu-jar')),
  'build/dist/vnu.jar',
)

const pages = [...PAGE_TYPES, '/search?q=冷链', '/inquiry/received?n=ZS-20261128-0042']

interface VnuMessage {
  type: string
  url?: string
  lastLine?: number
  message: string
}

test('every page type validates with the Nu HTML Checker in both languages', async ({
  request,
}) => {
  test.setTimeout(120_000)
  const dir = mkdtempSync(path.join(os.tmpdir(), 'portal-html-'))
  try {
    const names = new Map<string, string>()
    // One known-bad file proves the checker read the folder: a run that read
    // nothing would report no errors too.
    const sentinel = path.join(dir, 'sentinel.html')
    writeFileSync(
      sentinel,
      '<!doctype html><html lang="en"><title>x</title><div aria-label="x"></div>',
    )
    for (const prefix of ['', '/en']) {
      for (const page of pages) {
        const address = `${prefix}${page}`
        const response = await request.get(address)
        expect(response.headers()['content-type'], address).toContain('text/html')
        const file = path.join(dir, `page-${names.size}.html`)
        writeFileSync(file, await response.body())
        names.set(`file:${file}`, address)
      }
    }
    const { stdout, stderr } = await promisify(execFile)(
      'java',
      ['-jar', vnuJar, '--errors-only', '--format', 'json', '--exit-zero-always', dir],
      { maxBuffer: 16 * 1024 * 1024 },
    )
    const report = JSON.parse(stderr || stdout) as { messages: VnuMessage[] }
    const errors = report.messages.filter(
      (m) => m.type === 'error' || m.type === 'non-document-error',
    )
    expect(errors.filter((m) => m.url === `file:${sentinel}`)).toHaveLength(1)
    const pageErrors = errors
      .filter((m) => m.url !== `file:${sentinel}`)
      .map((m) => `${names.get(m.url ?? '') ?? m.url} line ${m.lastLine}: ${m.message}`)
    expect(pageErrors).toEqual([])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
