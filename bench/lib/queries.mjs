// The CMS queries of the portal's project list, from the same field lists the
// portal uses (TypeScript: bench/run.mjs loads this through tsx).
import { CARD_MEDIA_FIELDS, PROJECT_CARD_FIELDS } from '@portal/shared/content'

/** `select` of the project list: the fields its cards show. */
export const CARD_SELECT = PROJECT_CARD_FIELDS.map((field) => `select[${field}]=true`).join('&')

/** `select` and `populate` of the project list: the card's fields and, of each image, what an <img> needs. */
export const PORTAL_LIST_SELECT = [
  CARD_SELECT,
  ...CARD_MEDIA_FIELDS.map((field) => `populate[media][${field}]=true`),
].join('&')
