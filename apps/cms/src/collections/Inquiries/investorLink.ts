import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, Field } from 'payload'
import type { Inquiry } from '@portal/shared/payload-types'
import { relationId } from '#cms/lib/relationId'
import { NOT_ACTIVITY } from '../Investors/hooks/stampContact'
import { bySystem } from './fieldAccess'

/**
 * An inquiry's link to the investor resource database (客商资源库): the
 * person staff confirmed it comes from, and that person's company (kept in
 * step by `linkInvestorCompany`, so a company lists its inquiries too).
 */
export const investorLinkFields: Field[] = [
  {
    name: 'investorContact',
    type: 'relationship',
    relationTo: 'contacts',
    label: { zh: '关联客商', en: 'Investor record' },
    index: true,
    admin: {
      position: 'sidebar',
      components: { afterInput: ['/components/InvestorMatch#InvestorMatch'] },
    },
  },
  bySystem({
    name: 'investorCompany',
    type: 'relationship',
    relationTo: 'companies',
    label: { zh: '关联企业', en: 'Investor company' },
    index: true,
    admin: { position: 'sidebar' },
  }),
]

/** Sets the linked company from the linked contact whenever the link changes. */
export const linkInvestorCompany: CollectionBeforeChangeHook<Inquiry> = async ({
  data,
  originalDoc,
  req,
}) => {
  if (data.investorContact === undefined) return data
  const contactId = relationId(data.investorContact)
  if (contactId === relationId(originalDoc?.investorContact) && originalDoc?.investorCompany) {
    return data
  }
  if (contactId === null) {
    data.investorCompany = null
    return data
  }
  const contact = await req.payload.findByID({
    collection: 'contacts',
    id: contactId,
    depth: 0,
    disableErrors: true,
    req,
  })
  data.investorCompany = relationId(contact?.company) as number | null
  return data
}

/** A newly linked inquiry is activity: the contact's retention period starts again. */
export const touchInvestorContact: CollectionAfterChangeHook<Inquiry> = async ({
  doc,
  previousDoc,
  req,
}) => {
  const contactId = relationId(doc.investorContact)
  if (contactId === null || contactId === relationId(previousDoc?.investorContact)) return doc
  await req.payload.update({
    collection: 'contacts',
    id: contactId,
    data: {},
    req,
    // The save itself stamps the activity; only the retention run's writes are not activity.
    context: { [NOT_ACTIVITY]: false },
  })
  return doc
}
