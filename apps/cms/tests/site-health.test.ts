import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ServiceAccount } from '@portal/shared/payload-types'
import { gatherHealthData } from '../src/siteHealth/gather'
import { siteHealth, type HealthLevel } from '../src/siteHealth/rules'
import { DEFAULT_THRESHOLDS } from '../src/siteHealth/thresholds'
import { guideData, makeServiceAccount, useStaff } from './helpers'
import { onMongo } from './support/database'
import { fileInquiry, writeRaw } from './support/inquiries'

// Each rule of the site-health view (站点体检), driven from green to red by
// dated documents in a real database and the moment the rules are read at.
let payload: Payload
let portal: ServiceAccount

useStaff([], (booted) => {
  ;({ payload } = booted)
})
beforeAll(async () => {
  portal = await makeServiceAccount(payload)
})

const DAY = 24 * 60 * 60 * 1000
const T0 = new Date('2026-06-01T02:00:00.000Z') // a Monday in China
const after = (days: number) => new Date(T0.getTime() + days * DAY)

/** The level of one item, read from the database at `now`. */
async function levelAt(key: string, now: Date): Promise<HealthLevel> {
  const { data, thresholds } = await gatherHealthData(payload)
  const item = siteHealth(data, now, thresholds).find((found) => found.key === key)
  if (!item) throw new Error(`no health item ${key}`)
  return item.level
}

const completeGuide = guideData('外资审批')

describe('columns and the home page', () => {
  it('an empty column is red until something is published in it', async () => {
    expect(await levelAt('column:news-investment', T0)).toBe('red')
    expect(await levelAt('home', T0)).toBe('red')
    await payload.create({
      collection: 'news',
      data: {
        title: '招商动态一则',
        category: 'investment',
        publishedAt: T0.toISOString(),
        _status: 'published',
      },
    })
    expect(await levelAt('column:news-investment', after(1))).toBe('green')
    expect(await levelAt('home', after(1))).toBe('green')
  })

  it('a news column goes amber at 10 days and red at 2 weeks; the home page with it', async () => {
    expect(await levelAt('column:news-investment', after(9))).toBe('green')
    expect(await levelAt('column:news-investment', after(10))).toBe('amber')
    expect(await levelAt('column:news-investment', after(14))).toBe('red')
    expect(await levelAt('home', after(10))).toBe('amber')
    expect(await levelAt('home', after(14))).toBe('red')
  })

  it('a draft does not count as an update', async () => {
    await payload.create({
      collection: 'news',
      draft: true,
      data: { title: '草稿', category: 'investment', publishedAt: after(13).toISOString() },
    })
    expect(await levelAt('column:news-investment', after(14))).toBe('red')
  })

  it('the policy column is held to six months, not two weeks', async () => {
    await payload.create({
      collection: 'policies',
      data: {
        title: '若干政策措施',
        topic: 'tax',
        issuedAt: T0.toISOString(),
        _status: 'published',
      },
    })
    expect(await levelAt('column:policies', after(30))).toBe('green')
    expect(await levelAt('column:policies', after(150))).toBe('amber')
    expect(await levelAt('column:policies', after(183))).toBe('red')
  })

  it('follows stricter thresholds set by an admin', async () => {
    await payload.updateGlobal({
      slug: 'site-health-settings',
      data: { ...DEFAULT_THRESHOLDS, newsAmberDays: 3, newsStaleDays: 5 },
    })
    expect(await levelAt('column:news-investment', after(4))).toBe('amber')
    expect(await levelAt('column:news-investment', after(5))).toBe('red')
    await payload.updateGlobal({ slug: 'site-health-settings', data: DEFAULT_THRESHOLDS })
  })
})

describe('inquiries and error reports', () => {
  it('an unanswered inquiry goes amber past its deadline and red after three months', async () => {
    const inquiry = await fileInquiry(payload, portal, {})
    await writeRaw(payload, inquiry.id, {
      submittedAt: T0.toISOString(),
      replyDueAt: after(3).toISOString(),
    })
    expect(await levelAt('inquiries-overdue', after(1))).toBe('green')
    expect(await levelAt('inquiries-overdue', after(4))).toBe('amber')
    expect(await levelAt('inquiries-failing', after(90))).toBe('green')
    expect(await levelAt('inquiries-failing', after(91))).toBe('red')
    // A reply clears both.
    await payload.update({
      collection: 'inquiries',
      id: inquiry.id,
      data: { publicReply: '您好，已安排专人联系您。' },
    })
    expect(await levelAt('inquiries-overdue', after(91))).toBe('green')
    expect(await levelAt('inquiries-failing', after(91))).toBe('green')
  })

  it('an error report is red once its 3 working days have passed without a reply', async () => {
    const report = await fileInquiry(payload, portal, {
      type: 'error-report',
      pagePath: '/news',
      message: '新闻列表第二页的链接打不开。',
    })
    await writeRaw(payload, report.id, {
      submittedAt: T0.toISOString(),
      replyDueAt: new Date('2026-06-04T15:59:59.999Z').toISOString(),
    })
    expect(await levelAt('error-reports', after(2))).toBe('green')
    expect(await levelAt('error-reports', after(4))).toBe('red')
    // An error report is not counted among the ordinary inquiries.
    expect(await levelAt('inquiries-overdue', after(4))).toBe('green')
  })
})

describe('guides and policies', () => {
  it('a guide cannot be published without every checklist element; a draft can be saved', async () => {
    const { basis: _basis, ...withoutBasis } = completeGuide
    await expect(
      payload.create({
        collection: 'guides',
        locale: 'zh',
        data: { ...withoutBasis, _status: 'published' },
      }),
    ).rejects.toThrow(/设定依据|basis/i)
    const draft = await payload.create({
      collection: 'guides',
      locale: 'zh',
      draft: true,
      data: { ...withoutBasis, _status: 'draft' },
    })
    expect(draft.id).toBeTruthy()
  })

  it('a published guide missing a checklist element is red, naming the element', async () => {
    const guide = await payload.create({
      collection: 'guides',
      locale: 'zh',
      data: { ...completeGuide, _status: 'published' },
    })
    expect(await levelAt('guides', T0)).toBe('green')
    // As a guide published before the rule was stored: no legal basis.
    // Written past Payload (SQL, or the MongoDB model), because every save through it now refuses it.
    if (onMongo) {
      const guides = (payload.db as unknown as MongooseAdapter).collections.guides
      await guides?.updateOne({ _id: guide.id }, { $set: { 'basis.zh': null } })
    } else {
      const db = (payload.db as unknown as { drizzle: { run(query: unknown): Promise<unknown> } })
        .drizzle
      await db.run(
        sql.raw(`UPDATE guides_locales SET basis = NULL WHERE _parent_id = ${Number(guide.id)}`),
      )
    }
    const { data, thresholds } = await gatherHealthData(payload)
    const item = siteHealth(data, T0, thresholds).find((found) => found.key === 'guides')
    expect(item?.level).toBe('red')
    expect(item?.entries[0]?.note?.zh).toBe('缺：设定依据')
  })

  it('a policy past its expiry date that nothing replaced turns amber', async () => {
    await payload.create({
      collection: 'policies',
      data: {
        title: '三年行动方案',
        topic: 'tax',
        issuedAt: T0.toISOString(),
        expiresAt: after(30).toISOString(),
        _status: 'published',
      },
    })
    expect(await levelAt('policies-expired', after(29))).toBe('green')
    expect(await levelAt('policies-expired', after(31))).toBe('amber')
  })
})
