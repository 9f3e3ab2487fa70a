import type { PayloadRequest, Where } from 'payload'
import {
  normalizeEmail,
  normalizePhone,
  type InvestorSource,
  type InvestorType,
} from '@portal/shared/investors'
import type { Inquiry } from '@portal/shared/payload-types'

/** A contact offered to staff as the person behind an inquiry. */
export interface ContactSuggestion {
  id: number
  name: string
  company: string | null
  matchedOn: ('phone' | 'email')[]
}

/** The inquiry as `req.user` may read it (undefined when they may not). */
async function readInquiry(req: PayloadRequest, id: string | number) {
  return (await req.payload.findByID({
    collection: 'inquiries',
    id,
    depth: 0,
    disableErrors: true,
    overrideAccess: false,
    user: req.user,
  })) as Inquiry | null
}

/**
 * Contacts whose phone or e-mail is the inquiry's, for staff to confirm: a
 * match is never linked by itself (two people may share an office phone).
 * Both reads run with the caller's access, so nobody learns of an inquiry or
 * a contact they may not read.
 */
export async function suggestContacts(
  req: PayloadRequest,
  inquiryId: string | number,
): Promise<ContactSuggestion[] | undefined> {
  const inquiry = await readInquiry(req, inquiryId)
  if (!inquiry) return undefined
  const phone = normalizePhone(inquiry.phone)
  const email = normalizeEmail(inquiry.email)
  const or: Where[] = []
  if (phone) or.push({ phoneKey: { equals: phone } })
  if (email) or.push({ emailKey: { equals: email } })
  if (or.length === 0) return []
  const found = await req.payload.find({
    collection: 'contacts',
    where: { or },
    depth: 1,
    limit: 10,
    overrideAccess: false,
    user: req.user,
  })
  return found.docs.map((contact) => ({
    id: contact.id,
    name: contact.name,
    company: typeof contact.company === 'object' && contact.company ? contact.company.name : null,
    matchedOn: [
      ...(phone && contact.phoneKey === phone ? (['phone'] as const) : []),
      ...(email && contact.emailKey === email ? (['email'] as const) : []),
    ],
  }))
}

/** The company named in an inquiry: an existing one of exactly that name, else a new one. */
async function companyFor(
  req: PayloadRequest,
  name: string,
  investorType: InvestorType,
  source: InvestorSource,
) {
  const found = await req.payload.find({
    collection: 'companies',
    where: { name: { equals: name } },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user: req.user,
  })
  if (found.docs[0]) return found.docs[0].id
  const created = await req.payload.create({
    collection: 'companies',
    data: { name, investorType, source },
    overrideAccess: false,
    user: req.user,
  })
  return created.id
}

/**
 * One click on an inquiry: a contact (and the company it names, unless one of
 * that name exists) from what the visitor filed, linked to the inquiry. The
 * visitor's consent on the form is the recorded basis. Refused (undefined)
 * when the caller may not read the inquiry; Payload refuses the writes of
 * staff who may not create records.
 */
export async function createContactFromInquiry(
  req: PayloadRequest,
  inquiryId: string | number,
): Promise<number | undefined> {
  const inquiry = await readInquiry(req, inquiryId)
  if (!inquiry) return undefined
  const linked = inquiry.investorContact
  if (linked) return typeof linked === 'object' ? linked.id : linked
  const investorType: InvestorType = inquiry.type === 'returnee' ? 'returnee' : 'domestic'
  // A supply or demand post is filed as an inquiry too: its poster came through the board.
  const source: InvestorSource = inquiry.type === 'market-post' ? 'market' : 'inquiry'
  const company = inquiry.organisation
    ? await companyFor(req, inquiry.organisation, investorType, source)
    : undefined
  const contact = await req.payload.create({
    collection: 'contacts',
    data: {
      name: inquiry.name,
      phone: inquiry.phone,
      email: inquiry.email,
      company,
      investorType,
      source,
      homeProvince: inquiry.province,
      homeCity: inquiry.city,
      processingBasis: 'consent',
      retentionBasis: 'none',
      consentAt: inquiry.consentAt ?? inquiry.submittedAt,
    },
    overrideAccess: false,
    user: req.user,
  })
  await req.payload.update({
    collection: 'inquiries',
    id: inquiry.id,
    data: { investorContact: contact.id },
    overrideAccess: false,
    user: req.user,
  })
  return contact.id
}
