import type { ResponseRecord } from '@portal/shared/inspection'
import type { Payload } from 'payload'
import { RECORD_WINDOW_DAYS, recordWindow, siteFigures } from '#cms/siteHealth/figures'
import { DEFAULT_REPLY_WORKING_DAYS } from '#cms/globals/InquirySettings'
import { refuse, type EndpointResult } from './intake'

/**
 * The published response record (`GET /api/inquiries/record`, the portal's
 * service account only): the bureau's reply promise and, for the last 90
 * days, inquiries received, answered and the median working days to the
 * first reply. Aggregates only: nothing about any one visitor.
 */
export async function responseRecord(
  payload: Payload,
  user: unknown,
  now: Date = new Date(),
): Promise<EndpointResult> {
  const refused = refuse(user)
  if (refused) return refused
  const { from, to } = recordWindow(now)
  const [settings, figures] = await Promise.all([
    payload.findGlobal({ slug: 'inquiry-settings', depth: 0 }),
    siteFigures(payload, from, to),
  ])
  const body: ResponseRecord = {
    promisedWorkingDays: settings.replyWorkingDays ?? DEFAULT_REPLY_WORKING_DAYS,
    windowDays: RECORD_WINDOW_DAYS,
    ...figures.inquiries,
  }
  return { status: 200, body }
}
