import type { Bilingual } from '@portal/shared/locales'
import type { Payload, Where } from 'payload'
import { CHINA_OFFSET_MS, workingDaysBetween } from '../collections/Inquiries/workingDays'
import { COLUMNS, columnWhere } from './columns'

/**
 * The site's figures over a period, from the data alone: items published per
 * column, inquiries received and answered with the median working days to the
 * first reply, error reports received and closed. One function for the annual
 * report (政府网站工作年度报表), the published response record on the portal
 * and the health view, so the three never disagree.
 */

export interface InquiryRecord {
  received: number
  answered: number
  /** Median whole working days from submission to the first reply; null when none was answered. */
  medianWorkingDays: number | null
}

export interface SiteFigures {
  from: string
  to: string
  columns: { key: string; label: Bilingual; published: number }[]
  inquiries: InquiryRecord
  errorReports: { received: number; fixed: number }
}

/** The middle value (the mean of the two middle ones for an even count), to one decimal. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  const value =
    sorted.length % 2 === 1 ? sorted[mid]! : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
  return Math.round(value * 10) / 10
}

async function inquiryRecord(payload: Payload, period: Where): Promise<InquiryRecord> {
  const question: Where = { and: [period, { type: { not_equals: 'error-report' } }] }
  const [received, answered] = await Promise.all([
    payload.count({ collection: 'inquiries', where: question }),
    payload.find({
      collection: 'inquiries',
      where: { and: [question, { repliedAt: { exists: true } }] },
      pagination: false,
      depth: 0,
      select: { submittedAt: true, repliedAt: true },
    }),
  ])
  const days = answered.docs.map((doc) =>
    workingDaysBetween(new Date(doc.submittedAt), new Date(doc.repliedAt as string)),
  )
  return { received: received.totalDocs, answered: days.length, medianWorkingDays: median(days) }
}

/** The figures for inquiries submitted and items published in [from, to). */
export async function siteFigures(payload: Payload, from: Date, to: Date): Promise<SiteFigures> {
  const period: Where = {
    submittedAt: { greater_than_equal: from.toISOString(), less_than: to.toISOString() },
  }
  const reports: Where = { and: [period, { type: { equals: 'error-report' } }] }
  const [columns, inquiries, reportsReceived, reportsFixed] = await Promise.all([
    Promise.all(
      COLUMNS.map(async (column) => ({
        key: column.key,
        label: column.label,
        published: (
          await payload.count({
            collection: column.collection,
            where: columnWhere(column, { from, to }),
          })
        ).totalDocs,
      })),
    ),
    inquiryRecord(payload, period),
    payload.count({ collection: 'inquiries', where: reports }),
    payload.count({
      collection: 'inquiries',
      where: { and: [reports, { status: { in: ['answered', 'closed'] } }] },
    }),
  ])
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    columns,
    inquiries,
    errorReports: { received: reportsReceived.totalDocs, fixed: reportsFixed.totalDocs },
  }
}

/** A calendar year in China time, as the instants it starts and ends. */
export function chinaYear(year: number): { from: Date; to: Date } {
  return {
    from: new Date(Date.UTC(year, 0, 1) - CHINA_OFFSET_MS),
    to: new Date(Date.UTC(year + 1, 0, 1) - CHINA_OFFSET_MS),
  }
}

/** The window of the published response record: the 90 days up to `now`. */
export const RECORD_WINDOW_DAYS = 90

/** The 90 days up to `now`. */
export function recordWindow(now: Date): { from: Date; to: Date } {
  return { from: new Date(now.getTime() - RECORD_WINDOW_DAYS * 24 * 60 * 60 * 1000), to: now }
}
