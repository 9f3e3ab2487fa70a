import type { CollectionConfig } from 'payload'
import { hasRole } from '#cms/access/hasRole'
import { staffOnly } from '#cms/access/staff'

/**
 * Investor records follow the rules of a project's tracking fields: every
 * staff member reads them (chamber staff work with returnees too), the staff
 * who write projects write them, admins delete. The public and the portal's
 * service account get nothing: no rule here lets a non-staff account in.
 */
export const investorAccess: CollectionConfig['access'] = {
  read: staffOnly,
  create: hasRole('admin', 'editor', 'investment-officer'),
  update: hasRole('admin', 'editor', 'investment-officer'),
  delete: hasRole('admin'),
}
