import type { GlobalConfig } from 'payload'
import { staffOnly } from '../access/staff'

/**
 * What the site-health jobs last found, written by them only: the link
 * check's results (the check takes minutes, the view must not wait for it)
 * and the levels the last digest reported, so the next one mails only what
 * turned amber or red since.
 */
export const SiteHealthState: GlobalConfig = {
  slug: 'site-health-state',
  label: { zh: '站点体检记录', en: 'Site health record' },
  access: { read: staffOnly, update: () => false },
  admin: { hidden: true },
  fields: [
    { name: 'linksCheckedAt', type: 'date' },
    { name: 'brokenLinks', type: 'json' },
    { name: 'unreachableLinks', type: 'json' },
    { name: 'digestLevels', type: 'json' },
    { name: 'digestAt', type: 'date' },
  ],
}
