import type { CollectionBeforeChangeHook } from 'payload'
import { marketFigures } from '#cms/collections/MarketPosts/figures'
import { chinaYear, siteFigures } from '#cms/siteHealth/figures'

/**
 * Fills the report's figures from the data of its year on every save, so the
 * published report carries the figures as they stood when staff published it
 * (a later change to the data shows on the next save, not silently). The
 * supply and demand board's figures are part of them (三结合: the board
 * reports beside the site's own work).
 */
export const computeFigures: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const year = Number(data.year ?? originalDoc?.year)
  if (!Number.isInteger(year)) return data
  const { from, to } = chinaYear(year)
  const [site, { year: _year, ...market }] = await Promise.all([
    siteFigures(req.payload, from, to),
    marketFigures(req.payload, year),
  ])
  data.figures = { ...site, market }
  return data
}
