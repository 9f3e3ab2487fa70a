import { addDays, today } from '@portal/shared/market'
import { describe, expect, it } from 'vitest'
import type { InquiryContext } from '../../src/lib/inquiries/handler'
import { processInquiry } from '../../src/lib/inquiries/handler'
import { formPost, inquiryHarness, token } from './support/inquiry-fixture'

// The board's two forms go through the inquiry pipeline: a post (market-post)
// with its goods posted as flat `post.<field>` controls, and a reply to a post
// (market-contact) whose post is the page's, not the visitor's to choose.
const { setup, files } = inquiryHarness()

const context = (type: InquiryContext['type'], marketPost: string | null = null) => ({
  locale: 'zh' as const,
  type,
  project: null,
  marketPost,
  clientAddress: '203.0.113.9',
})

const teaForm = {
  name: '高山茶叶专业合作社',
  phone: '139 1234 5678',
  email: '',
  organisation: '',
  'post.kind': 'supply',
  'post.category': 'tea',
  'post.variety': ' 高山绿茶 ',
  'post.quantity': '5',
  'post.unit': 'tonne',
  'post.price': '',
  'post.township': '金山镇',
  'post.availableFrom': today(),
  'post.availableUntil': '',
  'post.certifications.green-food': 'on',
  'post.certifications.organic': 'on',
  'post.expiresAt': addDays(today(), 30),
  message: '合作社自有茶园 300 亩，春茶 3 月开采。',
  consent: 'on',
  website: '',
}

describe('posting on the supply and demand board', () => {
  it('files the form’s flat controls as one post under the shared contract', async () => {
    const { cms, deps } = setup()
    const request = formPost({ ...teaForm, formToken: token('market-post') })
    const outcome = await processInquiry(request, context('market-post'), deps)
    expect(outcome).toMatchObject({ kind: 'sent' })
    expect([...cms.stored.values()][0]?.fields).toMatchObject({
      type: 'market-post',
      phone: '13912345678',
      post: {
        kind: 'supply',
        category: 'tea',
        variety: '高山绿茶',
        quantity: 5,
        price: null,
        availableUntil: null,
        certifications: ['green-food', 'organic'],
      },
    })
  })

  it('tells each wrong field of the post in the visitor’s language, sends nothing and keeps the entries', async () => {
    const { cms, deps } = setup()
    const request = formPost({
      ...teaForm,
      'post.quantity': '很多',
      'post.unit': 'cartload',
      'post.expiresAt': addDays(today(), 900),
      formToken: token('market-post'),
    })
    const outcome = await processInquiry(request, context('market-post'), deps)
    expect(outcome).toMatchObject({ kind: 'refused', status: 400, reason: 'invalid' })
    if (outcome.kind !== 'refused') return
    expect(Object.keys(outcome.errors).sort()).toEqual([
      'post.expiresAt',
      'post.quantity',
      'post.unit',
    ])
    expect(outcome.errors['post.quantity']).toBe('数量应为大于零的数字')
    expect(outcome.values['post.variety']).toBe(' 高山绿茶 ')
    expect(outcome.values['post.certifications.organic']).toBe('on')
    expect(cms.stored.size).toBe(0)
    expect(await files()).toEqual([])
  })

  it('files a reply to the post of the page it was sent from, whatever the form says', async () => {
    const { cms, deps } = setup()
    const request = formPost({
      name: '冷链采购商',
      phone: '13700001111',
      email: '',
      organisation: '',
      marketPost: '999',
      message: '每周需要高山绿茶 200 公斤，请联系。',
      consent: 'on',
      website: '',
      formToken: token('market-contact'),
    })
    const outcome = await processInquiry(request, context('market-contact', '12'), deps)
    expect(outcome).toMatchObject({ kind: 'sent' })
    expect([...cms.stored.values()][0]?.fields).toMatchObject({
      type: 'market-contact',
      marketPost: '12',
      post: null,
    })
  })
})
