import type { CollectionBeforeChangeHook } from 'payload'
import { chinaYear, siteFigures } from '#cms/siteHealth/figures'

/**
 * Fills the report's figures from the data of its year on every save, so the
 * published report carries the figures as they stood when staff published it
 * (a later change to the data shows on the next save, not silently).
 */
export const computeFigures: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const year = Number(data.year ?? originalDoc?.year)
  if (!Number.isInteger(year)) return data
  const { from, to } = chinaYear(year)
  data.figures = await siteFigures(req.payload, from, to)
  return data
}
