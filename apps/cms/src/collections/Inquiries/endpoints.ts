import type { Endpoint, PayloadRequest } from 'payload'
import { intakeInquiry, lookupInquiry, type EndpointResult } from './intake'
import { responseRecord } from './record'

/** The request's JSON body, or undefined when there is none or it is not JSON. */
async function jsonBody(req: PayloadRequest): Promise<unknown> {
  try {
    return await req.json?.()
  } catch {
    return undefined
  }
}

const respond = ({ status, body }: EndpointResult, cacheControl = 'no-store') =>
  Response.json(body, { status, headers: { 'Cache-Control': cacheControl } })

/**
 * The portal's doors into inquiries, for its service account only
 * (`Authorization: service-accounts API-Key <key>`). The work is in
 * `intake.ts`; these only read the body and write the answer.
 */
export const inquiryEndpoints: Endpoint[] = [
  {
    path: '/intake',
    method: 'post',
    handler: async (req) =>
      respond(await intakeInquiry(req.payload, req.user, await jsonBody(req))),
  },
  {
    path: '/lookup',
    method: 'post',
    handler: async (req) =>
      respond(await lookupInquiry(req.payload, req.user, await jsonBody(req))),
  },
  {
    // Aggregates only, the same for every caller: the portal may keep it five minutes.
    path: '/record',
    method: 'get',
    handler: async (req) =>
      respond(await responseRecord(req.payload, req.user), 'private, max-age=300'),
  },
]
