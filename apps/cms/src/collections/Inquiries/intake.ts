import type { Payload } from 'payload'
import {
  InquiryForm,
  InquiryLookup,
  InquirySubmission,
  NUMBER_TAKEN,
  type InquiryReceipt,
  type InquiryStatusView,
} from '@portal/shared/inquiry'
import type { z } from 'zod'
import { isPortalService } from '#cms/access/roles'
import { relationId } from '#cms/lib/relationId'
import { fileMarketPost, findMarketPost } from '../MarketPosts/intake'

/** What an inquiry endpoint answers: an HTTP status and a JSON body. */
export interface EndpointResult {
  status: number
  body: unknown
}

/** A refused body: where and why, never the values sent (they hold personal data). */
function invalid(error: z.ZodError, prefix: string[] = []): EndpointResult {
  return {
    status: 400,
    body: {
      errors: error.issues.map((issue) => ({
        path: [...prefix, ...issue.path.map(String)].join('.'),
        message: issue.message,
      })),
    },
  }
}

/** Only the portal's service account may file or look up inquiries, or read their record. */
export function refuse(user: unknown): EndpointResult | null {
  if (!user) return { status: 401, body: { error: 'unauthorized' } }
  if (!isPortalService(user)) return { status: 403, body: { error: 'forbidden' } }
  return null
}

/**
 * An endpoint for the portal's service account: any other caller, and a body
 * `schema` refuses, get their answer here; `answer` sees only a parsed body.
 */
function portalEndpoint<T>(
  schema: z.ZodType<T>,
  answer: (payload: Payload, data: T) => Promise<EndpointResult>,
) {
  return async (payload: Payload, user: unknown, body: unknown): Promise<EndpointResult> => {
    const refused = refuse(user)
    if (refused) return refused
    const parsed = schema.safeParse(body)
    return parsed.success ? answer(payload, parsed.data) : invalid(parsed.error)
  }
}

async function findBySubmission(payload: Payload, submissionId: string) {
  const found = await payload.find({
    collection: 'inquiries',
    where: { submissionId: { equals: submissionId } },
    limit: 1,
    depth: 0,
    pagination: false,
    select: { trackingNumber: true, marketPost: true },
  })
  return found.docs[0] ?? null
}

/**
 * Files an inquiry the portal received (`POST /api/inquiries/intake`).
 *
 * - 401 / 403 unless `user` is the service account;
 * - 400 `{ errors }` when the body is not an `InquirySubmission` whose fields
 *   pass the form's own rules (the CMS checks again what the portal checked);
 * - 200 `{ trackingNumber, duplicate: true }` when this `submissionId` was
 *   filed before (the portal's outbox may deliver twice; it is stored once);
 * - 409 `{ error: NUMBER_TAKEN }` when another inquiry has the number and the
 *   portal did not ask to keep it;
 * - 201 `{ trackingNumber, duplicate: false }` once stored.
 */
export const intakeInquiry = portalEndpoint(
  InquirySubmission,
  async (payload, submission): Promise<EndpointResult> => {
    const form = InquiryForm.safeParse(submission.fields)
    if (!form.success) return invalid(form.error, ['fields'])
    const fields = form.data

    // A repeated delivery also finishes a market post an interrupted one left unfiled.
    const duplicate = async (stored: {
      id: number | string
      trackingNumber: string
      marketPost?: unknown
    }): Promise<EndpointResult> => {
      await fileMarketPost(payload, stored, fields, submission)
      return {
        status: 200,
        body: { trackingNumber: stored.trackingNumber, duplicate: true } satisfies InquiryReceipt,
      }
    }
    const earlier = await findBySubmission(payload, submission.submissionId)
    if (earlier) return duplicate(earlier)

    if (!submission.keepNumber) {
      const taken = await payload.count({
        collection: 'inquiries',
        where: { trackingNumber: { equals: submission.trackingNumber } },
      })
      if (taken.totalDocs > 0) return { status: 409, body: { error: NUMBER_TAKEN } }
    }

    // Published or not: the visitor may have followed a link to a project since unpublished.
    const project = fields.project
      ? await payload
          .find({
            collection: 'projects',
            where: { slug: { equals: fields.project } },
            limit: 1,
            depth: 0,
            pagination: false,
            select: { slug: true },
          })
          .then((found) => found.docs[0] ?? null)
      : null

    const marketPost = await findMarketPost(payload, fields.marketPost)

    try {
      const created = await payload.create({
        collection: 'inquiries',
        overrideAccess: true,
        data: {
          submissionId: submission.submissionId,
          trackingNumber: submission.trackingNumber,
          submittedAt: submission.submittedAt,
          locale: submission.locale,
          type: fields.type,
          project: project?.id ?? null,
          projectSlug: fields.project,
          pagePath: fields.pagePath,
          marketPost,
          name: fields.name,
          phone: fields.phone,
          email: fields.email,
          organisation: fields.organisation,
          province: fields.province,
          city: fields.city,
          industry: fields.industry,
          intent: fields.intent,
          message: fields.message,
          consent: true,
          consentAt: submission.submittedAt,
          status: 'received',
        },
      })
      await fileMarketPost(payload, created, fields, submission)
      return {
        status: 201,
        body: { trackingNumber: created.trackingNumber, duplicate: false } satisfies InquiryReceipt,
      }
    } catch (error) {
      // Two deliveries of one submission at once: the unique index lets one in.
      const winner = await findBySubmission(payload, submission.submissionId)
      if (winner) return await duplicate(winner)
      throw error
    }
  },
)

/** The project an inquiry is about, titled in both languages, as the status page names it. */
async function projectOf(
  payload: Payload,
  inquiry: { project?: unknown; projectSlug?: string | null },
): Promise<InquiryStatusView['project']> {
  const id = relationId(inquiry.project)
  const project =
    id === null
      ? null
      : await payload.findByID({
          collection: 'projects',
          id,
          depth: 0,
          locale: 'all',
          disableErrors: true,
          select: { slug: true, title: true },
        })
  const title = project?.title as unknown as { zh?: string; en?: string | null } | undefined
  if (project && title?.zh)
    return { slug: project.slug ?? '', title: { zh: title.zh, en: title.en ?? null } }
  return inquiry.projectSlug ? { slug: inquiry.projectSlug, title: null } : null
}

/**
 * A visitor's status lookup (`POST /api/inquiries/lookup`): the inquiry with
 * this number whose phone or e-mail is the contact given. Answers the
 * `InquiryStatusView` and nothing more, or 404 alike whether the number
 * exists or the contact is wrong.
 */
export const lookupInquiry = portalEndpoint(
  InquiryLookup,
  async (payload, { trackingNumber, contact }): Promise<EndpointResult> => {
    const found = await payload.find({
      collection: 'inquiries',
      where: {
        and: [
          { trackingNumber: { equals: trackingNumber } },
          { or: [{ phone: { equals: contact } }, { email: { equals: contact } }] },
        ],
      },
      sort: '-submittedAt',
      limit: 1,
      depth: 0,
      pagination: false,
      select: {
        trackingNumber: true,
        type: true,
        status: true,
        submittedAt: true,
        publicReply: true,
        repliedAt: true,
        message: true,
        project: true,
        projectSlug: true,
        pagePath: true,
      },
    })
    const inquiry = found.docs[0]
    if (!inquiry) return { status: 404, body: { error: 'not-found' } }
    const view: InquiryStatusView = {
      trackingNumber: inquiry.trackingNumber,
      type: inquiry.type,
      status: inquiry.status,
      submittedAt: inquiry.submittedAt,
      publicReply: inquiry.publicReply ?? null,
      repliedAt: inquiry.repliedAt ?? null,
      message: inquiry.message || null,
      project: await projectOf(payload, inquiry),
      pagePath: inquiry.pagePath ?? null,
    }
    return { status: 200, body: view }
  },
)
