import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy, securityHeaders } from '../../server/security-headers'

const options = { https: false, previewFrameOrigin: 'https://cms.example.gov.cn', preview: false }
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

describe('contentSecurityPolicy', () => {
  const html =
    '<style>a{color:red}</style><script>window.x=1</script>' +
    '<script type="module" src="/_astro/a.js"></script><p>text</p>'

  it('allows exactly the inline scripts and styles of the page, by hash', () => {
    const csp = contentSecurityPolicy(html, options)
    expect(csp).toContain(`script-src 'self' ${sha('window.x=1')}`)
    expect(csp).toContain(`style-src 'self' ${sha('a{color:red}')}`)
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).toContain("frame-ancestors 'none'")
  })

  it('does not allow a script the page did not render', () => {
    const csp = contentSecurityPolicy(html, options)
    expect(csp).not.toContain(sha('alert(1)'))
  })

  it('lets only the CMS frame a preview, and upgrades requests under HTTPS', () => {
    const csp = contentSecurityPolicy(html, { ...options, preview: true, https: true })
    expect(csp).toContain('frame-ancestors https://cms.example.gov.cn')
    expect(csp).toContain('upgrade-insecure-requests')
  })
})

describe('securityHeaders', () => {
  it('sends HSTS only over HTTPS and never lets a page be framed', () => {
    const plain = Object.fromEntries(securityHeaders('text/html', Buffer.from(''), options))
    expect(plain['strict-transport-security']).toBeUndefined()
    expect(plain['x-frame-options']).toBe('DENY')
    expect(plain['x-content-type-options']).toBe('nosniff')
    const secure = Object.fromEntries(
      securityHeaders('text/html', Buffer.from(''), { ...options, https: true }),
    )
    expect(secure['strict-transport-security']).toContain('max-age=31536000')
  })

  it('gives feeds and files a frame policy but no page CSP', () => {
    const rss = Object.fromEntries(
      securityHeaders('application/rss+xml', Buffer.from('<rss/>'), options),
    )
    expect(rss['content-security-policy']).toBe("frame-ancestors 'none'")
    expect(rss['x-frame-options']).toBeUndefined()
  })
})
