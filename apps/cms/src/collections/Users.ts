import type { CollectionConfig } from 'payload'
import { STAFF_ROLES, STAFF_ROLE_LABELS } from '@portal/shared/constants'
import { adminOrSelf } from '../access/adminOrSelf'
import { fieldHasRole, hasRole } from '../access/hasRole'
import { countLoginAttempt, refundLoginAttempt } from '../access/loginAttempts'
import { isStaffUser } from '../access/roles'
import { env } from '../env'
import { optionsFrom } from '../fields/options'
import { ADMIN_GROUPS, bilingualLabels } from '../fields/admin'

/** Staff accounts of the bureau and the chamber. Only admins create accounts or change roles. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: bilingualLabels('工作人员', 'Staff user', 'Staff users'),
  access: {
    // The admin panel is for staff; a service account never passes (see ServiceAccounts).
    admin: ({ req }) => isStaffUser(req.user),
    read: adminOrSelf,
    create: hasRole('admin'),
    update: adminOrSelf,
    delete: hasRole('admin'),
    unlock: hasRole('admin'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles'],
    group: ADMIN_GROUPS.system,
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    // Session cookies only over HTTPS when the CMS is served over HTTPS, never to other sites.
    cookies: { secure: env.CMS_PUBLIC_URL.startsWith('https://'), sameSite: 'Lax' },
    // Staff sessions end after eight hours (a working day).
    tokenExpiration: 8 * 60 * 60,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { zh: '姓名', en: 'Name' },
      required: true,
    },
    {
      name: 'roles',
      type: 'select',
      label: { zh: '角色', en: 'Roles' },
      hasMany: true,
      required: true,
      defaultValue: ['editor'],
      saveToJWT: true,
      options: optionsFrom(STAFF_ROLES, STAFF_ROLE_LABELS),
      access: {
        create: fieldHasRole('admin'),
        update: fieldHasRole('admin'),
      },
    },
  ],
  hooks: {
    // Besides each account's lockout: a limit per client address (see loginAttempts.ts).
    beforeOperation: [countLoginAttempt],
    afterLogin: [refundLoginAttempt],
  },
}
