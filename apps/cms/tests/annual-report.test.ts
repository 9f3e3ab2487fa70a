import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { AnnualReport, ResponseRecord } from '@portal/shared/inspection'
import type { ServiceAccount } from '@portal/shared/payload-types'
import { responseRecord } from '../src/collections/Inquiries/record'
import { median } from '../src/siteHealth/figures'
import { asUser, makeServiceAccount, type Staff, useStaff } from './helpers'
import { fileInquiry, writeRaw } from './support/inquiries'

// The annual report (政府网站工作年度报表) and the published response record:
// figures computed from dated documents, one function for both.
let payload: Payload
let users: Staff<'editor'>
let portal: ServiceAccount

useStaff(['editor'], (booted) => {
  ;({ payload, users } = booted)
})

/** An inquiry submitted at `submittedAt`, first answered at `repliedAt` (or not). */
async function inquiryAt(
  submittedAt: string,
  repliedAt: string | null,
  fields: Parameters<typeof fileInquiry>[2] = {},
) {
  const doc = await fileInquiry(payload, portal, fields)
  await writeRaw(payload, doc.id, {
    submittedAt,
    repliedAt,
    status: repliedAt ? 'closed' : 'received',
  })
}

const news = (title: string, category: 'investment' | 'notice', publishedAt: string) =>
  payload.create({
    collection: 'news',
    data: { title, category, publishedAt, _status: 'published' },
  })

beforeAll(async () => {
  portal = await makeServiceAccount(payload)
  await news('招商动态一', 'investment', '2025-03-02T02:00:00.000Z')
  await news('招商动态二', 'investment', '2025-07-02T02:00:00.000Z')
  // 2026-01-01 00:30 in China: next year's, though still 2025 in UTC.
  await news('新年通知', 'notice', '2025-12-31T16:30:00.000Z')
  await payload.create({
    collection: 'news',
    draft: true,
    data: { title: '草稿', category: 'investment', publishedAt: '2025-05-01T02:00:00.000Z' },
  })
  // Monday 2025-03-03: answered the next working day, and after a week-end (3 working days).
  await inquiryAt('2025-03-03T02:00:00.000Z', '2025-03-04T02:00:00.000Z')
  await inquiryAt('2025-03-06T02:00:00.000Z', '2025-03-11T02:00:00.000Z')
  await inquiryAt('2025-11-03T02:00:00.000Z', null)
  await inquiryAt('2025-06-02T02:00:00.000Z', '2025-06-03T02:00:00.000Z', {
    type: 'error-report',
    pagePath: '/news',
    message: '新闻页面的日期显示错误。',
  })
  await inquiryAt('2024-12-30T02:00:00.000Z', '2024-12-31T02:00:00.000Z')
})

const reportData = {
  year: 2025,
  siteName: '示范县招商引资服务平台',
  siteCode: '1234000001',
  domain: 'https://zs.example.gov.cn',
  organiser: '示范县商务局',
  budget: { operatingBudget: 12, staffCount: 2, securityChecks: 4 },
}

describe('the annual report', () => {
  it('computes the year’s figures in China time; the public sees it only once published', async () => {
    const draft = await payload.create({
      collection: 'annual-reports',
      locale: 'zh',
      draft: true,
      data: { ...reportData, _status: 'draft' },
      ...asUser(users.editor),
    })
    const figures = AnnualReport.shape.figures.parse(draft.figures)
    const column = (key: string) => figures.columns.find((found) => found.key === key)?.published
    expect(column('news-investment')).toBe(2)
    expect(column('news-notice')).toBe(0)
    expect(figures.inquiries).toEqual({ received: 3, answered: 2, medianWorkingDays: 2 })
    expect(figures.errorReports).toEqual({ received: 1, fixed: 1 })
    // The board's figures come with them (counted in market-board.test.ts); none in 2025 here.
    expect(figures.market).toEqual({
      postsPublished: 0,
      supply: 0,
      demand: 0,
      contactsForwarded: 0,
    })

    const publicRead = () =>
      payload.find({
        collection: 'annual-reports',
        where: { year: { equals: 2025 } },
        ...asUser(undefined),
      })
    expect((await publicRead()).totalDocs).toBe(0)
    await payload.update({
      collection: 'annual-reports',
      id: draft.id,
      data: { _status: 'published' },
      ...asUser(users.editor),
    })
    const [published] = (await publicRead()).docs
    expect(published?.siteCode).toBe('1234000001')
  })

  it('refuses a second report for the same year', async () => {
    await expect(
      payload.create({
        collection: 'annual-reports',
        data: { ...reportData, _status: 'draft' },
        draft: true,
        ...asUser(users.editor),
      }),
    ).rejects.toThrow()
  })

  it('takes the median of an even count as the mean of the middle two', () => {
    expect(median([])).toBeNull()
    expect(median([3, 1])).toBe(2)
    expect(median([0, 5, 1])).toBe(1)
  })
})

describe('the response record', () => {
  it('gives the portal the promise and the last 90 days, without error reports', async () => {
    await payload.updateGlobal({ slug: 'inquiry-settings', data: { replyWorkingDays: 5 } })
    const now = new Date('2025-04-01T02:00:00.000Z')
    const result = await responseRecord(payload, portal, now)
    expect(result.status).toBe(200)
    expect(ResponseRecord.parse(result.body)).toEqual({
      promisedWorkingDays: 5,
      windowDays: 90,
      received: 2,
      answered: 2,
      medianWorkingDays: 2,
    })
  })

  it('answers only the portal’s service account', async () => {
    expect((await responseRecord(payload, undefined)).status).toBe(401)
    expect((await responseRecord(payload, users.editor)).status).toBe(403)
  })
})
