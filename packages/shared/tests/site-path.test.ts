import { describe, expect, it } from 'vitest'
import { InquiryForm } from '../src/inquiry'
import { sameSitePath } from '../src/site-path'

describe('sameSitePath: the page an error report is about', () => {
  it.each(['/', '/news/kai-fa-qu', '/en/projects?page=2', '/policies/x#part'])(
    'keeps %s',
    (path) => {
      expect(sameSitePath(path)).toBe(path)
    },
  )

  it.each([
    'https://evil.example/',
    '//evil.example/x',
    '/\\evil.example',
    'javascript:alert(1)',
    'news',
    '/a\nb',
    `/${'a'.repeat(400)}`,
    '',
  ])('refuses %j', (value) => {
    expect(sameSitePath(value)).toBeNull()
  })

  it('leaves a report that names another site without a page, so it is refused', () => {
    const form = {
      type: 'error-report',
      pagePath: '//evil.example/phish',
      name: '张三',
      phone: '13800138000',
      message: '这个页面的电话号码写错了。',
      consent: 'on',
    }
    const result = InquiryForm.safeParse(form)
    expect(result.success).toBe(false)
    expect(result.error!.issues.map((problem) => problem.path[0])).toEqual(['pagePath'])
    expect(InquiryForm.parse({ ...form, pagePath: '/guides/wai-zi' }).pagePath).toBe(
      '/guides/wai-zi',
    )
  })
})
