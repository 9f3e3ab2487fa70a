import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Locale } from '@portal/shared/locales'
import { afterEach, beforeEach } from 'vitest'
import { lookupInquiry } from '../../../src/lib/inquiries/cms-api'
import { processInquiry, type InquiryContext } from '../../../src/lib/inquiries/handler'
import { createOutbox } from '../../../src/lib/inquiries/outbox'
import { createRateLimit, issueFormToken } from '../../../src/lib/inquiries/protection'
import { fakeCms, memoryLog } from './fake-cms'
import { SAMPLE_PROJECT_POST } from '@portal/shared/testing'

// The inquiry handlers from Request to outcome, with the real outbox on a
// temporary folder and a fake CMS behind it.
export const SITE = 'https://invest.example.gov.cn'
const SECRET = 'handler-test-secret'
export const NOW = Date.parse('2026-11-28T02:00:00.000Z')
/** Dependencies of both handlers on a fresh outbox folder and a fake CMS. */
function setupIn(dir: string, options: { limit?: number } = {}) {
  const cms = fakeCms()
  const outbox = createOutbox({
    dir,
    cmsUrl: 'http://cms.test',
    apiKey: cms.apiKey,
    fetch: cms.fetch,
    firstAttemptTimeoutMs: 200,
    now: () => new Date(NOW),
    log: memoryLog(),
  })
  const deps = {
    submit: outbox.submit,
    limit: createRateLimit({ points: options.limit ?? 5, windowMinutes: 10, prefix: 'h' }),
    secret: SECRET,
    siteUrl: SITE,
    maxBodyBytes: 16 * 1024,
    minFillMs: 3000,
    now: () => NOW,
  }
  const lookupDeps = {
    lookup: (query: { trackingNumber: string; contact: string }) =>
      lookupInquiry(query, { cmsUrl: 'http://cms.test', apiKey: cms.apiKey, fetch: cms.fetch }),
    findWaiting: outbox.findWaiting,
    limit: createRateLimit({ points: options.limit ?? 20, windowMinutes: 10, prefix: 'l' }),
    siteUrl: SITE,
    maxBodyBytes: 16 * 1024,
  }
  return { cms, outbox, deps, lookupDeps }
}

/** A token shown 10 s ago: a person's pace. */
export const token = (type = 'project', age = 10_000) => issueFormToken(SECRET, type, NOW - age)

export const projectPost = { ...SAMPLE_PROJECT_POST, website: '' }

/** The form's urlencoded POST, from this site unless `origin` says otherwise. */
export function formPost(
  fields: Record<string, string>,
  options: { origin?: string | null; path?: string } = {},
): Request {
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
  }
  if (options.origin !== null) headers.origin = options.origin ?? SITE
  return new Request(`${SITE}${options.path ?? '/projects/jin-shan-shang-ye-guang-chang'}`, {
    method: 'POST',
    headers,
    body: new URLSearchParams(fields).toString(),
  })
}

export const projectContext = (locale: Locale = 'zh'): InquiryContext => ({
  locale,
  type: 'project',
  project: 'jin-shan-shang-ye-guang-chang',
  clientAddress: '203.0.113.7',
})

/**
 * A fresh outbox folder for each test of the calling file: `setup` builds the
 * handlers' dependencies on it, `files` lists the inquiries waiting in it.
 */
export function inquiryHarness() {
  let dir = ''
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'inquiry-handler-'))
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))
  return {
    setup: (options: { limit?: number } = {}) => setupIn(dir, options),
    files: async () => (await readdir(dir)).filter((name) => name.endsWith('.json')),
  }
}

/** Posts `fields` (the valid project inquiry by default) with a fresh token, at a person's pace. */
export const sendProject = (
  deps: ReturnType<typeof setupIn>['deps'],
  context: InquiryContext = projectContext(),
  fields: Record<string, string> = projectPost,
) => processInquiry(formPost({ ...fields, formToken: token() }), context, deps)
