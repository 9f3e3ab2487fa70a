import { describe, expect, it } from 'vitest'
import { parseSender } from '../src/email'
import { inquiryNotice } from '../src/collections/Inquiries/mail'
import { isOverdue } from '../src/collections/Inquiries/status'
import { addWorkingDays, chinaDate } from '../src/collections/Inquiries/workingDays'
import { listUrl } from '../src/lib/listUrl'

// Plain functions behind the inquiry deadlines, the overdue marker, the dashboard links and the mails.
const china = (local: string) => new Date(`${local}+08:00`)

describe('addWorkingDays', () => {
  it('counts Monday to Friday after the day of submission, due at the end of the last day', () => {
    // Monday 23 November 2026
    expect(addWorkingDays(china('2026-11-23T09:00:00'), 3)).toEqual(
      china('2026-11-26T23:59:59.999'),
    )
  })

  it('skips the weekend', () => {
    // Thursday → Friday, Monday, Tuesday
    expect(chinaDate(addWorkingDays(china('2026-11-26T16:30:00'), 3))).toBe('2026-12-01')
    // Friday → Monday, Tuesday, Wednesday
    expect(chinaDate(addWorkingDays(china('2026-11-27T10:00:00'), 3))).toBe('2026-12-02')
  })

  it('counts from Monday for an inquiry sent at the weekend', () => {
    expect(chinaDate(addWorkingDays(china('2026-11-28T11:00:00'), 1))).toBe('2026-11-30')
    expect(chinaDate(addWorkingDays(china('2026-11-29T23:30:00'), 3))).toBe('2026-12-02')
  })

  it('uses the day in China, not in UTC', () => {
    // Friday 00:30 in China is still Thursday in UTC.
    const fridayMorning = china('2026-11-27T00:30:00')
    expect(fridayMorning.getUTCDay()).toBe(4)
    expect(chinaDate(addWorkingDays(fridayMorning, 1))).toBe('2026-11-30')
  })

  it('spans several weeks', () => {
    expect(chinaDate(addWorkingDays(china('2026-11-23T09:00:00'), 10))).toBe('2026-12-07')
  })
})

describe('isOverdue', () => {
  const now = new Date('2026-12-03T00:00:00Z')
  const due = '2026-12-02T15:59:59.999Z'
  it('marks open inquiries past their deadline', () => {
    expect(isOverdue({ status: 'received', replyDueAt: due }, now)).toBe(true)
    expect(isOverdue({ status: 'in-progress', replyDueAt: due }, now)).toBe(true)
  })
  it('never marks answered or closed ones, or ones still in time', () => {
    expect(isOverdue({ status: 'answered', replyDueAt: due }, now)).toBe(false)
    expect(isOverdue({ status: 'closed', replyDueAt: due }, now)).toBe(false)
    expect(isOverdue({ status: 'received', replyDueAt: '2026-12-04T00:00:00Z' }, now)).toBe(false)
    expect(isOverdue({ status: 'received', replyDueAt: null }, now)).toBe(false)
  })
})

describe('listUrl', () => {
  it('writes a where query the admin list reads', () => {
    expect(listUrl('inquiries', { status: { in: ['received', 'in-progress'] } })).toBe(
      '/admin/collections/inquiries?where[status][in][0]=received&where[status][in][1]=in-progress',
    )
    expect(
      listUrl('inquiries', {
        and: [
          { status: { equals: 'received' } },
          { replyDueAt: { less_than: '2026-12-01T00:00' } },
        ],
      }),
    ).toBe(
      '/admin/collections/inquiries?where[and][0][status][equals]=received&where[and][1][replyDueAt][less_than]=2026-12-01T00%3A00',
    )
  })
})

describe('mail', () => {
  it('splits the sender into name and address', () => {
    expect(parseSender('招商引资门户 <noreply@example.gov.cn>')).toEqual({
      name: '招商引资门户',
      address: 'noreply@example.gov.cn',
    })
    expect(parseSender('noreply@example.gov.cn')).toEqual({
      name: '',
      address: 'noreply@example.gov.cn',
    })
  })

  it('names the number and the project in the subject, never the visitor', () => {
    const notice = inquiryNotice(
      {
        id: 7,
        trackingNumber: 'ZS-20261128-0042',
        type: 'returnee',
        submittedAt: '2026-11-28T02:05:00.000Z',
        name: '刘建华',
        phone: '13700000004',
        email: null,
        organisation: null,
        province: 'guangdong',
        city: '东莞',
        industry: '电子',
        intent: 'start-business',
        message: '想回老家办个小厂。',
        replyDueAt: '2026-12-03T15:59:59.999Z',
        projectSlug: null,
        locale: 'zh',
      },
      { reason: 'new-unassigned', cmsPublicUrl: 'https://cms.example.gov.cn/' },
    )
    expect(notice.subject).toBe('[咨询留言] ZS-20261128-0042 返乡联络')
    expect(notice.text).toContain('提交时间：2026-11-28 10:05（北京时间）')
    expect(notice.text).toContain('现居：广东 东莞')
    expect(notice.text).toContain('意向：返乡创业')
    expect(notice.text).toContain('答复期限：2026-12-03')
    expect(notice.text).toContain('https://cms.example.gov.cn/admin/collections/inquiries/7')
  })
})
