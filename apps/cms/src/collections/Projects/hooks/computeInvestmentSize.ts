import type { CollectionBeforeChangeHook } from 'payload'
import { investmentIn10kCny } from '@portal/shared/constants'
import type { Project } from '@portal/shared/payload-types'

/** Keeps `investmentSize` (万元) in step with the amount and unit, for the size filter and sorting. */
export const computeInvestmentSize: CollectionBeforeChangeHook<Project> = ({
  data,
  originalDoc,
}) => {
  const amount = data.investment?.amount ?? originalDoc?.investment?.amount
  const unit = data.investment?.unit ?? originalDoc?.investment?.unit
  if (typeof amount === 'number' && unit) {
    data.investmentSize = Math.round(investmentIn10kCny(amount, unit) * 100) / 100
  }
  return data
}
