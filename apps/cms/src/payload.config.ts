import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { Projects } from './collections/Projects'
import { Users } from './collections/Users'
import { databaseAdapter } from './database'
import { env } from './env'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  secret: env.PAYLOAD_SECRET,
  serverURL: env.CMS_PUBLIC_URL,
  telemetry: false,
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · 商务局内容管理' },
    importMap: { baseDir: dirname },
  },
  collections: [Projects, Users],
  db: databaseAdapter(env.DATABASE_URI),
  editor: lexicalEditor(),
  i18n: {
    supportedLanguages: { zh, en },
    fallbackLanguage: 'zh',
  },
  localization: {
    locales: [
      { code: 'zh', label: '中文' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'zh',
    fallback: true,
  },
  cors: [env.PORTAL_URL, env.CMS_PUBLIC_URL],
  csrf: [env.PORTAL_URL, env.CMS_PUBLIC_URL],
  graphQL: { disable: true },
  sharp,
  typescript: {
    outputFile: path.resolve(dirname, '../../../packages/shared/src/payload-types.ts'),
    declare: false,
  },
})
