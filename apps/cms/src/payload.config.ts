import path from 'node:path'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { Guides } from './collections/Guides'
import { Media } from './collections/Media'
import { News } from './collections/News'
import { Parks } from './collections/Parks'
import { Policies } from './collections/Policies'
import { Projects } from './collections/Projects'
import { SearchIndex } from './collections/SearchIndex'
import { Users } from './collections/Users'
import { Chamber } from './globals/Chamber'
import { Indicators } from './globals/Indicators'
import { SiteSettings } from './globals/SiteSettings'
import { databaseAdapter } from './database'
import { env } from './env'
import { appDir, srcDir } from './paths'

export default buildConfig({
  secret: env.PAYLOAD_SECRET,
  serverURL: env.CMS_PUBLIC_URL,
  telemetry: false,
  admin: {
    user: Users.slug,
    // Payload's default avatar comes from Gravatar: no request leaves for third parties.
    avatar: 'default',
    meta: { titleSuffix: ' · 商务局内容管理' },
    importMap: { baseDir: srcDir },
    components: {
      beforeDashboard: ['/components/StaffDashboard#StaffDashboard'],
      graphics: {
        Logo: '/components/AdminLogo#AdminLogo',
        Icon: '/components/AdminLogo#AdminIcon',
      },
    },
  },
  collections: [Projects, Parks, Policies, News, Guides, Media, SearchIndex, Users],
  globals: [SiteSettings, Chamber, Indicators],
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
  upload: {
    limits: { fileSize: env.MAX_UPLOAD_MB * 1024 * 1024 },
    abortOnLimit: true,
    responseOnLimit: `文件超过 ${env.MAX_UPLOAD_MB} MB 的上限 / File larger than ${env.MAX_UPLOAD_MB} MB`,
  },
  jobs: {
    // Runs scheduled publishing on a self-hosted server. Only the serving
    // process runs jobs: not tests, migrations or the seed.
    autoRun: () =>
      env.NODE_ENV === 'production' && !process.env.PAYLOAD_DISABLE_JOBS
        ? [{ cron: '* * * * *', queue: 'default' }]
        : [],
  },
  typescript: {
    outputFile: path.resolve(appDir, '../../packages/shared/src/payload-types.ts'),
    declare: false,
  },
})
