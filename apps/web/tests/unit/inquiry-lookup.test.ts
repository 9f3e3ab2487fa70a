import { describe, expect, it } from 'vitest'
import { lookupResponse, processLookup, type LookupDeps } from '../../src/lib/inquiries/handler'
import { SITE, inquiryHarness, sendProject } from './support/inquiry-fixture'

// The status lookup's POST from Request to outcome, after a real submission.
const { setup } = inquiryHarness()

describe('status lookup POST', () => {
  const lookupPost = (fields: Record<string, string>, origin = SITE) =>
    new Request(`${SITE}/inquiry/status`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin },
      body: new URLSearchParams(fields).toString(),
    })
  const context = { locale: 'zh' as const, clientAddress: '203.0.113.7' }
  /** Looks a number up with a contact, as a visitor in Chinese would. */
  const lookUp = (lookupDeps: LookupDeps, trackingNumber: string, contact: string) =>
    processLookup(lookupPost({ trackingNumber, contact }), context, lookupDeps)

  it('shows the status of an inquiry to whoever has its number and contact', async () => {
    const { deps, lookupDeps } = setup()
    const sent = await sendProject(deps)
    if (sent.kind !== 'sent') throw new Error('expected the inquiry to be sent')
    const number = sent.trackingNumber.toLowerCase().replace(/-/g, ' ')
    const found = await lookUp(lookupDeps, number, '+86 138-0013-8000')
    expect(found).toMatchObject({
      kind: 'found',
      view: { trackingNumber: sent.trackingNumber, status: 'answered' },
    })
  })

  it('reads the same for a wrong contact and for a number that does not exist', async () => {
    const { deps, lookupDeps } = setup()
    const sent = await sendProject(deps)
    if (sent.kind !== 'sent') throw new Error('expected the inquiry to be sent')
    const wrongContact = await lookUp(lookupDeps, sent.trackingNumber, '13900139000')
    const noSuchNumber = await lookUp(lookupDeps, 'ZS-20200101-0001', '13800138000')
    expect(wrongContact.kind).toBe('not-found')
    expect(noSuchNumber.kind).toBe('not-found')
  })

  it('reports an inquiry still in the outbox as received', async () => {
    const { cms, deps, lookupDeps } = setup()
    cms.state.mode = 'down'
    const sent = await sendProject(deps)
    if (sent.kind !== 'sent') throw new Error('expected the inquiry to be queued')
    const found = await lookUp(lookupDeps, sent.trackingNumber, '13800138000')
    expect(found).toMatchObject({ kind: 'found', view: { status: 'received', publicReply: null } })
    const other = await lookUp(lookupDeps, 'ZS-20261128-9999', '13800138000')
    expect(other.kind).toBe('unavailable')
    expect(lookupResponse(other, lookupPost({}))).toBeNull()
  })

  it('checks the fields and counts every lookup', async () => {
    const { lookupDeps } = setup({ limit: 2 })
    const invalid = await processLookup(
      lookupPost({ trackingNumber: '42', contact: '' }),
      { ...context, locale: 'en' },
      lookupDeps,
    )
    expect(invalid).toMatchObject({
      kind: 'refused',
      status: 400,
      errors: {
        trackingNumber: 'The tracking number looks like ZS-20261128-0042',
        contact: 'Please fill in: Mobile phone or e-mail',
      },
    })
    await lookUp(lookupDeps, 'ZS-20261128-0001', 'a@b.cn')
    expect(await lookUp(lookupDeps, 'ZS-20261128-0002', 'a@b.cn')).toMatchObject({ status: 429 })
  })
})
