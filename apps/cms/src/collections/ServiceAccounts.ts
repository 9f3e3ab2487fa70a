import type { CollectionConfig } from 'payload'
import { hasRole } from '../access/hasRole'
import { SERVICE_ACCOUNTS_SLUG } from '../access/roles'
import { ADMIN_GROUPS, bilingualLabels } from '../fields/admin'

/**
 * Machine accounts that sign in with an API key only, sent as
 * `Authorization: service-accounts API-Key <key>`. The portal's account
 * (`portal`) is created by the start command from PORTAL_API_KEY. A service
 * account is not staff: access rules give it what the public gets, and only
 * the inquiry endpoints look for it by name.
 */
export const ServiceAccounts: CollectionConfig = {
  slug: SERVICE_ACCOUNTS_SLUG,
  labels: bilingualLabels('服务账号', 'Service account', 'Service accounts'),
  access: {
    // Never signs in to the admin panel, whatever its key.
    admin: () => false,
    read: hasRole('admin'),
    create: hasRole('admin'),
    update: hasRole('admin'),
    delete: hasRole('admin'),
    unlock: hasRole('admin'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'updatedAt'],
    group: ADMIN_GROUPS.system,
    description: {
      zh: '供门户网站等系统调用接口的账号，只能用 API 密钥访问，不能登录管理后台。门户账号（portal）的密钥由部署配置 PORTAL_API_KEY 设定，每次启动时同步。',
      en: 'Accounts for systems such as the portal, which use the API with a key and cannot sign in to the admin. The portal account’s key comes from PORTAL_API_KEY and is synchronised at every start.',
    },
  },
  auth: {
    useAPIKey: true,
    disableLocalStrategy: true,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { zh: '名称', en: 'Name' },
      required: true,
      unique: true,
      index: true,
    },
  ],
}
