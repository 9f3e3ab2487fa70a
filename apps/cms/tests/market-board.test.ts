import { addDays, today } from '@portal/shared/market'
import type { MarketPost, ServiceAccount } from '@portal/shared/payload-types'
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { intakeInquiry, lookupInquiry } from '../src/collections/Inquiries/intake'
import { inquiryNotice } from '../src/collections/Inquiries/mail'
import { anonymiseExpiredInquiries } from '../src/collections/Inquiries/retention'
import { createContactFromInquiry } from '../src/collections/Investors/matching'
import { marketFigures } from '../src/collections/MarketPosts/figures'
import { asUser, makeServiceAccount, submission, type Staff, useStaff } from './helpers'
import { idType } from './support/database'

// The supply and demand board (农产品供求): posts filed through the inquiry
// intake, reviewed by chamber staff, public only while approved and unexpired,
// and never with the poster's name or contact, for the public or the portal.
let payload: Payload
let users: Staff<'admin' | 'chamber' | 'editor' | 'officer'>
let portal: ServiceAccount

useStaff(['admin', 'chamber', 'editor', 'officer'], (booted) => {
  ;({ payload, users } = booted)
})
beforeAll(async () => {
  portal = await makeServiceAccount(payload)
})

const PHONE = '13912345678'
const EMAIL = 'coop@example.com'

/** A tea co-operative's post as the portal sends it. */
function teaPost(extra: Record<string, unknown> = {}) {
  return submission({
    type: 'market-post',
    name: '高山茶叶专业合作社',
    phone: PHONE,
    email: EMAIL,
    message: '合作社自有茶园 300 亩，春茶 3 月开采，可提供样品。',
    post: {
      kind: 'supply',
      category: 'tea',
      variety: '高山绿茶',
      quantity: 5,
      unit: 'tonne',
      price: null,
      township: '金山镇',
      availableFrom: today(),
      availableUntil: null,
      certifications: ['green-food'],
      expiresAt: addDays(today(), 30),
      ...extra,
    },
  })
}

/** Files a post through the intake and returns the market post it became (full access). */
async function filePost(extra: Record<string, unknown> = {}) {
  const sent = teaPost(extra)
  const result = await intakeInquiry(payload, portal, sent)
  expect(result.status).toBe(201)
  const found = await payload.find({
    collection: 'market-posts',
    where: { trackingNumber: { equals: sent.trackingNumber } },
    depth: 0,
  })
  expect(found.docs).toHaveLength(1)
  return { sent, post: found.docs[0] as MarketPost }
}

const review = (id: number, data: Partial<MarketPost>, user = users.chamber) =>
  payload.update({ collection: 'market-posts', id, data, ...asUser(user) })

/** The ids a reader finds on the board. */
async function boardIds(user?: (typeof users)[keyof typeof users] | ServiceAccount) {
  const found = await payload.find({ collection: 'market-posts', depth: 0, ...asUser(user) })
  return found.docs.map((doc) => doc.id)
}

describe('posting through the inquiry intake', () => {
  it('files a post awaiting review, linked to its inquiry, and a second delivery adds nothing', async () => {
    const { sent, post } = await filePost()
    expect(post).toMatchObject({
      reviewStatus: 'pending',
      kind: 'supply',
      category: 'tea',
      quantity: 5,
      township: '金山镇',
      poster: { name: '高山茶叶专业合作社', phone: PHONE, email: EMAIL, locale: 'zh' },
    })
    expect(post.title).toContain('高山绿茶')
    const again = await intakeInquiry(payload, portal, sent)
    expect(again).toMatchObject({ status: 200, body: { duplicate: true } })
    const count = await payload.count({
      collection: 'market-posts',
      where: { trackingNumber: { equals: sent.trackingNumber } },
    })
    expect(count.totalDocs).toBe(1)
  })

  it('refuses a post whose goods break the shared contract, storing nothing', async () => {
    const before = (await payload.count({ collection: 'market-posts' })).totalDocs
    const result = await intakeInquiry(payload, portal, teaPost({ quantity: -3, unit: 'cartload' }))
    expect(result.status).toBe(400)
    const paths = (result.body as { errors: { path: string }[] }).errors.map((e) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['fields.post.quantity', 'fields.post.unit']))
    expect((await payload.count({ collection: 'market-posts' })).totalDocs).toBe(before)
  })
})

describe('review', () => {
  it('keeps a pending post off the board and shows an approved one to the public and the portal', async () => {
    const { post } = await filePost()
    expect(await boardIds()).not.toContain(post.id)
    expect(await boardIds(portal)).not.toContain(post.id)
    expect(await boardIds(users.chamber)).toContain(post.id)
    const approved = await review(post.id, { reviewStatus: 'approved' })
    expect(approved.publishedAt).toBeTruthy()
    expect(await boardIds()).toContain(post.id)
    expect(await boardIds(portal)).toContain(post.id)
  })

  it('shows the poster the outcome and the reason of a refusal on their status lookup', async () => {
    const { sent, post } = await filePost()
    const lookup = () =>
      lookupInquiry(payload, portal, { trackingNumber: sent.trackingNumber, contact: PHONE })
    expect(await lookup()).toMatchObject({ status: 200, body: { status: 'received' } })

    await review(post.id, { reviewStatus: 'changes-requested', reviewNote: '请补充茶园位置。' })
    expect(await lookup()).toMatchObject({
      body: { status: 'in-progress', publicReply: expect.stringContaining('请补充茶园位置。') },
    })

    await review(post.id, { reviewStatus: 'rejected', reviewNote: '产品不属于本县。' })
    const refused = await lookup()
    expect(refused).toMatchObject({ body: { status: 'closed' } })
    expect((refused.body as { publicReply: string }).publicReply).toMatch(/未通过.*产品不属于本县/)
    expect(await boardIds()).not.toContain(post.id)
  })

  it('lets only the board’s reviewers review: editors and investment officers are refused', async () => {
    const { post } = await filePost()
    for (const user of [users.editor, users.officer]) {
      await expect(review(post.id, { reviewStatus: 'approved' }, user)).rejects.toThrow()
    }
    await expect(
      payload.update({
        collection: 'market-posts',
        id: post.id,
        data: { reviewStatus: 'approved' },
        ...asUser(portal),
      }),
    ).rejects.toThrow()
    const stored = await payload.findByID({ collection: 'market-posts', id: post.id })
    expect(stored.reviewStatus).toBe('pending')
  })

  it('approves several posts in one bulk edit, as the list view does', async () => {
    const posts = await Promise.all([filePost(), filePost()])
    const ids = posts.map(({ post }) => post.id)
    const result = await payload.update({
      collection: 'market-posts',
      where: { id: { in: ids } },
      data: { reviewStatus: 'approved' },
      ...asUser(users.chamber),
    })
    expect(result.errors).toEqual([])
    expect(result.docs.map((doc) => doc.reviewStatus)).toEqual(['approved', 'approved'])
    const board = await boardIds()
    for (const id of ids) expect(board).toContain(id)
  })
})

describe('expiry', () => {
  it('takes an approved post off the board once its day has ended, for the public and the portal alike', async () => {
    const { post } = await filePost()
    await review(post.id, { reviewStatus: 'approved' })
    expect(await boardIds()).toContain(post.id)
    // Expired yesterday: the board leaves it out at the next read, nobody has to act.
    await payload.update({
      collection: 'market-posts',
      id: post.id,
      data: { expiresAt: addDays(today(), -1) },
    })
    expect(await boardIds()).not.toContain(post.id)
    expect(await boardIds(portal)).not.toContain(post.id)
    const direct = await payload.find({
      collection: 'market-posts',
      where: { id: { equals: post.id } },
      ...asUser(undefined),
    })
    expect(direct.docs).toHaveLength(0)
    expect(await boardIds(users.chamber)).toContain(post.id)
  })

  it('keeps a post through the whole of its expiry day, China time', async () => {
    const { post } = await filePost({ expiresAt: today() })
    expect(post.expiresAt).toBe(new Date(`${today()}T23:59:59.999+08:00`).toISOString())
  })
})

describe('contact relay', () => {
  it('never gives the poster’s name or contact to the public or the portal’s service key', async () => {
    const { post } = await filePost()
    await review(post.id, { reviewStatus: 'approved' })
    for (const reader of [undefined, portal, users.editor, users.officer]) {
      const list = await payload.find({ collection: 'market-posts', depth: 1, ...asUser(reader) })
      const single = await payload.findByID({
        collection: 'market-posts',
        id: post.id,
        depth: 1,
        ...asUser(reader),
      })
      const text = JSON.stringify([list, single])
      expect(text).not.toContain(PHONE)
      expect(text).not.toContain(EMAIL)
      expect(text).not.toContain('高山茶叶专业合作社')
      expect(single).not.toHaveProperty('poster')
      expect(single).not.toHaveProperty('inquiry')
      expect(single).not.toHaveProperty('trackingNumber')
    }
    // Nor can the contact be guessed by filtering on it: the query itself is refused.
    for (const reader of [undefined, portal]) {
      await expect(
        payload.find({
          collection: 'market-posts',
          where: { 'poster.phone': { equals: PHONE } },
          ...asUser(reader),
        }),
      ).rejects.toThrow(/poster\.phone/)
    }
    const reviewer = await payload.findByID({
      collection: 'market-posts',
      id: post.id,
      ...asUser(users.chamber),
    })
    expect(reviewer.poster?.phone).toBe(PHONE)
  })

  it('files a reply to a post as a market-contact inquiry linked to it, for the board’s staff', async () => {
    const { post } = await filePost()
    await review(post.id, { reviewStatus: 'approved' })
    const sent = submission({
      type: 'market-contact',
      marketPost: String(post.id),
      name: '冷链采购商',
      phone: '13700001111',
      message: '每周需要高山绿茶 200 公斤，请联系。',
    })
    expect((await intakeInquiry(payload, portal, sent)).status).toBe(201)
    const [inquiry] = (
      await payload.find({
        collection: 'inquiries',
        where: { submissionId: { equals: sent.submissionId } },
        depth: 0,
      })
    ).docs
    expect(inquiry).toMatchObject({ type: 'market-contact', marketPost: post.id })
    // The duty mail says which post to pass it on for.
    const notice = inquiryNotice(inquiry!, {
      reason: 'new-unassigned',
      cmsPublicUrl: 'http://localhost:3000',
    })
    expect(notice.text).toContain(`所涉供求信息：编号 ${post.id}`)
    const seen = async (user: (typeof users)[keyof typeof users]) =>
      (
        await payload.find({
          collection: 'inquiries',
          where: { id: { equals: inquiry?.id } },
          ...asUser(user),
        })
      ).docs.length
    expect(await seen(users.chamber)).toBe(1)
    expect(await seen(users.officer)).toBe(0)
    // Editors handle error reports only.
    expect(await seen(users.editor)).toBe(0)
  })
})

describe('retention', () => {
  it('removes the poster’s details from the post when its inquiry is anonymised', async () => {
    const { post } = await filePost()
    await review(post.id, { reviewStatus: 'rejected', reviewNote: '重复发布。' })
    const later = new Date(Date.now() + 20 * 365 * 86_400_000)
    await anonymiseExpiredInquiries(payload, { now: later })
    const stored = await payload.findByID({ collection: 'market-posts', id: post.id })
    expect(stored.poster).toMatchObject({ name: '已匿名', phone: null, email: null })
    expect(JSON.stringify(stored)).not.toContain(PHONE)
    expect(stored.variety).toBe('高山绿茶')
  })
})

describe('figures for the annual report', () => {
  it('counts posts published and replies forwarded in the year', async () => {
    const year = Number(today().slice(0, 4))
    const before = await marketFigures(payload, year)
    const { post } = await filePost()
    await review(post.id, { reviewStatus: 'approved' })
    const reply = submission({
      type: 'market-contact',
      marketPost: String(post.id),
      message: '想订购一批春茶，请转告合作社。',
    })
    await intakeInquiry(payload, portal, reply)
    const [inquiry] = (
      await payload.find({
        collection: 'inquiries',
        where: { submissionId: { equals: reply.submissionId } },
        depth: 0,
      })
    ).docs
    await payload.update({
      collection: 'inquiries',
      id: inquiry!.id,
      data: { publicReply: '已转达给供方，对方将直接与您联系。' },
      ...asUser(users.chamber),
    })
    const after = await marketFigures(payload, year)
    expect(after.postsPublished).toBe(before.postsPublished + 1)
    expect(after.supply).toBe(before.supply + 1)
    expect(after.contactsForwarded).toBe(before.contactsForwarded + 1)
    expect(await marketFigures(payload, year - 1)).toMatchObject({
      postsPublished: 0,
      contactsForwarded: 0,
    })
  })
})

describe('the poster as an investor record (三结合)', () => {
  it('is created from the post in one step, as met through the board, by staff who may', async () => {
    const { post } = await filePost({ variety: '明前绿茶' })
    const inquiry = post.inquiry as number
    // Chamber staff review posts but do not write investor records; officers may not read the post's inquiry.
    const attempt = async (user: (typeof users)[keyof typeof users]) =>
      createContactFromInquiry(await createLocalReq({ user }, payload), inquiry).then(
        (id) => id ?? 'not readable',
        (error: { status?: number }) => `refused ${error.status}`,
      )
    expect(await attempt(users.chamber)).toBe('refused 403')
    expect(await attempt(users.officer)).toBe('not readable')
    const contactId = await createContactFromInquiry(
      await createLocalReq({ user: users.admin }, payload),
      inquiry,
    )
    expect(contactId).toBeTypeOf(idType)
    const contact = await payload.findByID({ collection: 'contacts', id: contactId!, depth: 0 })
    expect(contact).toMatchObject({ name: '高山茶叶专业合作社', source: 'market', phoneKey: PHONE })
    const filed = await payload.findByID({ collection: 'inquiries', id: inquiry, depth: 0 })
    expect(filed.investorContact).toBe(contactId)
  })
})
