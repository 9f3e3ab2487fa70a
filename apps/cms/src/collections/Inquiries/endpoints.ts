import type { Endpoint, PayloadRequest } from 'payload'
import { intakeInquiry, lookupInquiry, type EndpointResult } from './intake'

/** The request's JSON body, or undefined when there is none or it is not JSON. */
async function jsonBody(req: PayloadRequest): Promise<unknown> {
  try {
    return await req.json?.()
  } catch {
    return undefined
  }
}

const respond = ({ status, body }: EndpointResult) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * The portal's two doors into inquiries, for its service account only
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
]
