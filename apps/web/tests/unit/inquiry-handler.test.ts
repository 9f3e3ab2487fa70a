import { describe, expect, it } from 'vitest'
import { inquiryResponse, processInquiry, refusalHeaders } from '../../src/lib/inquiries/handler'
import {
  NOW,
  SITE,
  formPost,
  inquiryHarness,
  projectContext,
  projectPost,
  sendProject,
  token,
} from './support/inquiry-fixture'

// The inquiry form's POST from Request to outcome.
const { setup, files } = inquiryHarness()

describe('inquiry POST', () => {
  it('files a valid inquiry and redirects to the receipt with its number', async () => {
    const { cms, deps } = setup()
    const request = formPost({ ...projectPost, formToken: token() })
    const outcome = await processInquiry(request, projectContext(), deps)
    expect(outcome).toMatchObject({ kind: 'sent', queued: false })
    if (outcome.kind !== 'sent') return
    expect(outcome.trackingNumber).toMatch(/^ZS-20261128-\d{4}$/)
    const response = inquiryResponse(outcome, request, 'zh')
    expect(response?.status).toBe(303)
    expect(response?.headers.get('location')).toBe(`/inquiry/received?n=${outcome.trackingNumber}`)
    expect(response?.headers.get('cache-control')).toBe('private, no-store')
    // Normalised by the shared schema before it left the portal.
    expect([...cms.stored.values()][0]?.fields).toMatchObject({
      name: '张三',
      phone: '13800138000',
      email: null,
      project: 'jin-shan-shang-ye-guang-chang',
    })
    expect(await files()).toEqual([])
  })

  it('redirects English visitors to the English receipt', async () => {
    const { deps } = setup()
    const request = formPost({ ...projectPost, formToken: token() })
    const outcome = await processInquiry(request, projectContext('en'), deps)
    expect(inquiryResponse(outcome, request, 'en')?.headers.get('location')).toMatch(
      /^\/en\/inquiry\/received\?n=ZS-20261128-\d{4}$/,
    )
  })

  it('takes the type and project from the page, not from the post', async () => {
    const { cms, deps } = setup()
    const request = formPost({
      ...projectPost,
      type: 'general',
      project: 'other',
      formToken: token(),
    })
    expect(await processInquiry(request, projectContext(), deps)).toMatchObject({ kind: 'sent' })
    expect([...cms.stored.values()][0]?.fields).toMatchObject({
      type: 'project',
      project: 'jin-shan-shang-ye-guang-chang',
    })
  })

  it('files an error report about the page the page names, never a page posted', async () => {
    const { cms, deps } = setup()
    const request = formPost({
      ...projectPost,
      project: '',
      pagePath: '//evil.example/phish',
      message: '页面上的联系电话少了一位数字。',
      formToken: token('error-report'),
    })
    const context = {
      ...projectContext(),
      type: 'error-report' as const,
      project: null,
      pagePath: '/guides/wai-zi',
    }
    expect(await processInquiry(request, context, deps)).toMatchObject({ kind: 'sent' })
    expect([...cms.stored.values()][0]?.fields).toMatchObject({
      type: 'error-report',
      pagePath: '/guides/wai-zi',
      project: null,
    })
  })

  it('still gives the visitor a number when the CMS is down, and keeps the inquiry', async () => {
    const { cms, deps } = setup()
    cms.state.mode = 'down'
    const outcome = await sendProject(deps)
    expect(outcome).toMatchObject({ kind: 'sent', queued: true })
    expect(await files()).toHaveLength(1)
  })

  it('refuses invalid fields with messages in Chinese and English, sending nothing', async () => {
    const { cms, deps } = setup()
    const bad = { ...projectPost, name: '', phone: '12345', message: '太短', consent: '' }
    const zh = await sendProject(deps, projectContext('zh'), bad)
    expect(zh).toMatchObject({
      kind: 'refused',
      status: 400,
      reason: 'invalid',
      errors: {
        name: '请填写姓名',
        phone: expect.stringContaining('请填写正确的手机号码'),
        message: '留言内容至少需要 10 个字',
        consent: '提交前请阅读并同意个人信息使用说明',
      },
    })
    // What the visitor typed comes back to the form.
    if (zh.kind === 'refused') expect(zh.values).toMatchObject({ phone: '12345', message: '太短' })
    const en = await sendProject(deps, projectContext('en'), bad)
    expect(en).toMatchObject({
      kind: 'refused',
      errors: { name: 'Please fill in: Name', message: 'Message: at least 10 characters' },
    })
    expect(cms.state.calls).toBe(0)
    expect(await files()).toEqual([])
    const request = formPost({ ...bad, formToken: token() })
    // An HTML form is rendered again by the page; a JSON client gets the errors.
    expect(inquiryResponse(zh, request, 'zh')).toBeNull()
  })

  it('does not count a post refused only for its fields against the limit', async () => {
    const { deps } = setup({ limit: 2 })
    const bad = { ...projectPost, name: '', formToken: token() }
    for (let i = 0; i < 4; i++) {
      expect(await processInquiry(formPost(bad), projectContext(), deps)).toMatchObject({
        reason: 'invalid',
      })
    }
    expect(await sendProject(deps)).toMatchObject({ kind: 'sent' })
  })

  it('refuses a filled honeypot with a generic message and stores nothing', async () => {
    const { cms, deps } = setup()
    const outcome = await sendProject(deps, projectContext(), {
      ...projectPost,
      website: 'https://spam.example',
    })
    expect(outcome).toMatchObject({ kind: 'refused', status: 400, reason: 'honeypot' })
    if (outcome.kind === 'refused') expect(outcome.message).toMatch(/留言未能提交/)
    expect(cms.state.calls).toBe(0)
    expect(await files()).toEqual([])
  })

  it('asks a visitor who was too fast to take a moment, keeping what they typed', async () => {
    const { cms, deps } = setup()
    const outcome = await processInquiry(
      formPost({ ...projectPost, formToken: token('project', 1000) }),
      projectContext('en'),
      deps,
    )
    expect(outcome).toMatchObject({ kind: 'refused', status: 400, reason: 'token-too-fast' })
    if (outcome.kind !== 'refused') return
    expect(outcome.message).toMatch(/Please take a moment/)
    expect(outcome.values).toMatchObject({ name: ' 张三 ', consent: 'on' })
    expect(outcome.errors).toEqual({})
    expect(cms.state.calls).toBe(0)
    // Anything else wrong is said at the same time.
    const both = await processInquiry(
      formPost({ ...projectPost, name: '', formToken: token('project', 1000) }),
      projectContext('en'),
      deps,
    )
    expect(both).toMatchObject({
      reason: 'token-too-fast',
      errors: { name: 'Please fill in: Name' },
    })
  })

  it('refuses missing, forged and stale tokens', async () => {
    const { deps } = setup()
    for (const formToken of [
      undefined,
      `${NOW - 10_000}.${'A'.repeat(43)}`,
      token('returnee'),
      token('project', 25 * 60 * 60 * 1000),
    ]) {
      const fields = formToken === undefined ? projectPost : { ...projectPost, formToken }
      expect(await processInquiry(formPost(fields), projectContext(), deps)).toMatchObject({
        reason: 'token-invalid',
        status: 400,
      })
    }
    expect(await files()).toEqual([])
  })

  it('refuses posts from other sites and oversized posts', async () => {
    const { cms, deps } = setup()
    const fields = { ...projectPost, formToken: token() }
    expect(
      await processInquiry(
        formPost(fields, { origin: 'https://evil.example' }),
        projectContext(),
        deps,
      ),
    ).toMatchObject({ status: 403, reason: 'origin' })
    expect(
      await processInquiry(formPost(fields, { origin: null }), projectContext(), deps),
    ).toMatchObject({ status: 403 })
    expect(
      await processInquiry(
        formPost({ ...fields, message: '很长'.repeat(10_000) }),
        projectContext(),
        deps,
      ),
    ).toMatchObject({ status: 413, reason: 'too-large' })
    expect(cms.state.calls).toBe(0)
  })

  it('answers 429 with Retry-After once a client has used its attempts', async () => {
    const { deps } = setup({ limit: 2 })
    const robot = { ...projectPost, website: 'x', formToken: token() }
    await processInquiry(formPost(robot), projectContext(), deps)
    await processInquiry(formPost(robot), projectContext(), deps)
    const outcome = await sendProject(deps)
    expect(outcome).toMatchObject({ kind: 'refused', status: 429, reason: 'rate-limited' })
    if (outcome.kind !== 'refused') return
    expect(outcome.message).toMatch(/请在 10 分钟后再试/)
    expect(outcome.values.message).toBe(projectPost.message)
    expect(refusalHeaders(outcome)['retry-after']).toMatch(/^\d+$/)
    // Another client is not affected.
    expect(
      await sendProject(deps, { ...projectContext(), clientAddress: '198.51.100.9' }),
    ).toMatchObject({ kind: 'sent' })
  })

  it('answers JSON posts with JSON', async () => {
    const { deps } = setup()
    const json = (body: unknown) =>
      new Request(`${SITE}/en/contact`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: SITE },
        body: JSON.stringify(body),
      })
    const good = json({ ...projectPost, consent: true, formToken: token('general') })
    const context = { ...projectContext('en'), type: 'general' as const, project: null }
    const sent = inquiryResponse(await processInquiry(good, context, deps), good, 'en')
    expect(sent?.status).toBe(201)
    expect(await sent?.json()).toMatchObject({
      trackingNumber: expect.stringMatching(/^ZS-/),
      receipt: expect.stringMatching(/^\/en\/inquiry\/received\?n=ZS-/),
    })
    const bad = json({ ...projectPost, email: 'nope', phone: '', formToken: token('general') })
    const refused = inquiryResponse(await processInquiry(bad, context, deps), bad, 'en')
    expect(refused?.status).toBe(400)
    expect(await refused?.json()).toMatchObject({
      error: 'invalid',
      errors: { email: 'This e-mail address is not valid' },
    })
  })
})
