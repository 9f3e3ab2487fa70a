import type { Endpoint, PayloadRequest } from 'payload'
import { isStaffUser } from '#cms/access/roles'
import { createContactFromInquiry, suggestContacts } from './matching'

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

const NOT_FOUND = { error: '留言不存在或无权查看 / Inquiry not found' }

/** The inquiry id from the route, or undefined when it is not one. */
function inquiryId(req: PayloadRequest): number | undefined {
  const id = Number(req.routeParams?.inquiry)
  return Number.isInteger(id) && id > 0 ? id : undefined
}

/**
 * The inquiry view's two actions on investor records (components/InvestorMatch.tsx):
 * list the contacts that match its phone or e-mail, and create a record from it.
 * Staff only; each read and write runs with the caller's own access.
 */
export const investorEndpoints: Endpoint[] = [
  {
    path: '/suggest/:inquiry',
    method: 'get',
    handler: async (req) => {
      const id = inquiryId(req)
      if (!isStaffUser(req.user)) return json({ error: '请先登录 / Sign in first' }, 401)
      const suggestions = id === undefined ? undefined : await suggestContacts(req, id)
      return suggestions ? json({ suggestions }) : json(NOT_FOUND, 404)
    },
  },
  {
    path: '/from-inquiry/:inquiry',
    method: 'post',
    handler: async (req) => {
      const id = inquiryId(req)
      if (!isStaffUser(req.user)) return json({ error: '请先登录 / Sign in first' }, 401)
      const contact = id === undefined ? undefined : await createContactFromInquiry(req, id)
      return contact === undefined ? json(NOT_FOUND, 404) : json({ contact }, 201)
    },
  },
]
