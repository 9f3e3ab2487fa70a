import { describe, expect, it } from 'vitest'
import {
  NOTIFY_SIGNATURE_HEADER,
  NOTIFY_TIMESTAMP_HEADER,
  createPreviewToken,
  signNotification,
  verifyNotification,
  verifyPreviewToken,
} from '../src/signing'

const secret = 's'.repeat(40)
const body = JSON.stringify({ source: 'projects', id: 3, operation: 'publish' })

describe('change notifications', () => {
  const now = 1_800_000_000_000
  const headers = signNotification(secret, body, now)
  const timestamp = headers[NOTIFY_TIMESTAMP_HEADER]
  const signature = headers[NOTIFY_SIGNATURE_HEADER]

  it('verifies a notification signed with the shared secret', () => {
    expect(verifyNotification(secret, body, timestamp, signature, now + 1000)).toBe(true)
  })

  it('refuses another secret, a changed body, a missing or stale signature', () => {
    expect(verifyNotification('x'.repeat(40), body, timestamp, signature, now)).toBe(false)
    expect(verifyNotification(secret, body.replace('3', '4'), timestamp, signature, now)).toBe(
      false,
    )
    expect(verifyNotification(secret, body, timestamp, undefined, now)).toBe(false)
    expect(verifyNotification(secret, body, undefined, signature, now)).toBe(false)
    expect(verifyNotification(secret, body, timestamp, signature, now + 6 * 60 * 1000)).toBe(false)
    expect(verifyNotification(secret, body, 'yesterday', signature, now)).toBe(false)
  })
})

describe('preview tokens', () => {
  const now = 1_800_000_000_000
  const token = createPreviewToken(secret, { collection: 'news', id: 12, exp: now + 60_000 })

  it('carries the document until it expires', () => {
    expect(verifyPreviewToken(secret, token, now)).toEqual({
      collection: 'news',
      id: 12,
      exp: now + 60_000,
    })
    expect(verifyPreviewToken(secret, token, now + 60_001)).toBeNull()
  })

  it('refuses a token signed with another secret or edited to name another document', () => {
    expect(verifyPreviewToken('x'.repeat(40), token, now)).toBeNull()
    const [, signature] = token.split('.')
    const forged = Buffer.from(
      JSON.stringify({ collection: 'news', id: 13, exp: now + 60_000 }),
    ).toString('base64url')
    expect(verifyPreviewToken(secret, `${forged}.${signature}`, now)).toBeNull()
    expect(verifyPreviewToken(secret, 'garbage', now)).toBeNull()
    expect(verifyPreviewToken(secret, null, now)).toBeNull()
  })
})
