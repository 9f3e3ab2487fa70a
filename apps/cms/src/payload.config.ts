import path from 'node:path'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { FollowUps } from './collections/FollowUps'
import { AnnualReports } from './collections/AnnualReports'
import { Guides } from './collections/Guides'
import { Inquiries } from './collections/Inquiries'
import { Companies } from './collections/Investors/Companies'
import { Contacts } from './collections/Investors/Contacts'
import { MarketPosts } from './collections/MarketPosts'
import { Media } from './collections/Media'
import { News } from './collections/News'
import { Parks } from './collections/Parks'
import { Policies } from './collections/Policies'
import { Projects } from './collections/Projects'
import { ServiceAccounts } from './collections/ServiceAccounts'
import { Users } from './collections/Users'
import { Chamber } from './globals/Chamber'
import { Indicators } from './globals/Indicators'
import { InquirySettings } from './globals/InquirySettings'
import { SiteSettings } from './globals/SiteSettings'
import { SiteHealthSettings } from './globals/SiteHealthSettings'
import { SiteHealthState } from './globals/SiteHealthState'
import { isStaffUser } from './access/roles'
import { versionReads } from './access/versionReads'
import { databaseAdapter } from './database'
import { health } from './endpoints/health'
import { adminDisplay } from './plugins/adminDisplay'
import { schedulePublish } from './endpoints/schedulePublish'
import { withPageSizeCap } from './plugins/capPageSize'
import { withGlobalNotifications, withPortalNotifications } from './plugins/notifyPortal'
import { anonymiseInquiriesTask, MAINTENANCE_QUEUE } from './jobs/anonymiseInquiries'
import { removeUntitledDraftsTask } from './jobs/removeUntitledDrafts'
import { checkLinksTask, healthDigestTask } from './jobs/siteHealth'
import { portalSearch } from './plugins/search'
import { portalSeo } from './plugins/seo'
import { spreadsheets } from './plugins/spreadsheets'
import { withPreview } from './preview'
import { mailAdapter, mailSettings } from './email'
import { env } from './env'
import { appDir, srcDir } from './paths'
import { ensurePrivateDirs } from './lib/privateFiles'
import { mediaDir, mediaStorage, s3Settings } from './storage'

const mail = mailSettings(env)

export default buildConfig({
  secret: env.PAYLOAD_SECRET,
  serverURL: env.CMS_PUBLIC_URL,
  telemetry: false,
  // Production logs are JSON lines (one object per event) for the log collector;
  // development keeps Payload's readable default.
  ...(env.NODE_ENV === 'production' && !process.env.LOG_PRETTY
    ? { logger: { options: { level: process.env.LOG_LEVEL ?? 'info' } } }
    : {}),
  admin: {
    user: Users.slug,
    // Payload's default avatar comes from Gravatar: no request leaves for third parties.
    avatar: 'default',
    meta: { titleSuffix: ' · 商务局内容管理' },
    importMap: { baseDir: srcDir },
    components: {
      beforeDashboard: [
        '/components/StaffDashboard#StaffDashboard',
        '/components/SiteHealth#SiteHealthPanel',
      ],
      views: {
        siteHealth: { Component: '/components/SiteHealth#SiteHealthView', path: '/site-health' },
      },
      graphics: {
        Logo: '/components/AdminLogo#AdminLogo',
        Icon: '/components/AdminLogo#AdminIcon',
      },
    },
  },
  // The order is the admin's; a restore empties collections in dependency
  // order whatever it is (backup/clearOrder.ts).
  collections: [
    FollowUps,
    Projects,
    Parks,
    Policies,
    News,
    Guides,
    MarketPosts,
    Media,
    Inquiries,
    // The investor resource database (客商资源库), staff only.
    Companies,
    Contacts,
    Users,
    ServiceAccounts,
    AnnualReports,
  ]
    .map(withPreview)
    .map(withPortalNotifications)
    .map(withPageSizeCap),
  globals: [
    ...[SiteSettings, Chamber, Indicators, InquirySettings].map(withGlobalNotifications),
    // Staff-only: nothing the portal shows, so no change notifications.
    SiteHealthSettings,
    SiteHealthState,
  ],
  plugins: [
    // The `search` collection, one row per published document in both languages.
    portalSearch(),
    // `meta.title`, `meta.description`, `meta.image` on projects, policies, news and guides.
    portalSeo(),
    // Media in an S3-compatible bucket when S3_BUCKET is set, else in MEDIA_DIR (see storage.ts).
    mediaStorage(),
    // Excel export of projects and inquiries, import of the project list.
    spreadsheets,
    // After the plugins that add collections, so their fields get the admin's display rules too.
    adminDisplay,
    // Last, so it sees every collection and global the plugins above added.
    versionReads,
  ],
  endpoints: [health, schedulePublish],
  db: databaseAdapter(env.DATABASE_URI),
  editor: lexicalEditor(),
  email: mailAdapter(mail),
  // Uploads and mails kept in local folders hold personal data: the folders are the CMS's alone.
  onInit: () =>
    ensurePrivateDirs([s3Settings() ? null : mediaDir(), mail.smtp ? null : mail.mailDir]),
  i18n: {
    supportedLanguages: { zh, en },
    fallbackLanguage: 'zh',
    // Payload's own zh strings name the product where staff expect a plain word.
    translations: {
      zh: { general: { payloadSettings: '界面设置' } },
      en: { general: { payloadSettings: 'Interface settings' } },
    },
  },
  localization: {
    locales: [
      { code: 'zh', label: '中文' },
      { code: 'en', label: 'English' },
    ],
    defaultLocale: 'zh',
    fallback: true,
  },
  // Origins only: PORTAL_URL may carry the portal's sub-path (集约化).
  cors: [new URL(env.PORTAL_URL).origin, env.CMS_PUBLIC_URL],
  csrf: [new URL(env.PORTAL_URL).origin, env.CMS_PUBLIC_URL],
  graphQL: { disable: true },
  // No request may populate relationships deeper than the portal needs (it asks for depth 1).
  maxDepth: 3,
  defaultDepth: 1,
  sharp,
  upload: {
    limits: { fileSize: env.MAX_UPLOAD_MB * 1024 * 1024 },
    abortOnLimit: true,
    responseOnLimit: `文件超过 ${env.MAX_UPLOAD_MB} MB 的上限 / File larger than ${env.MAX_UPLOAD_MB} MB`,
  },
  jobs: {
    // Only staff may run or queue jobs over the API (Payload's default is anyone signed in,
    // which would include the portal's service account).
    access: {
      run: ({ req }) => isStaffUser(req.user),
      queue: ({ req }) => isStaffUser(req.user),
      cancel: ({ req }) => isStaffUser(req.user),
    },
    // The daily anonymisation of expired inquiries (PIPL retention); its
    // `schedule` queues it on the maintenance queue, see docs/privacy-retention.md.
    // The daily removal of untitled drafts older than a day (jobs/removeUntitledDrafts.ts);
    // the site-health link check and digest (站点体检), daily on the same queue.
    tasks: [anonymiseInquiriesTask, removeUntitledDraftsTask, checkLinksTask, healthDigestTask],
    // Runs scheduled publishing (default queue) and the maintenance jobs on a
    // self-hosted server. Only the serving process runs jobs: not tests,
    // migrations or the seed. Each tick of a queue first lets Payload queue
    // that queue's scheduled tasks once they are due (the anonymisation after
    // 03:15), then runs whatever is due.
    autoRun: () =>
      env.NODE_ENV === 'production' && !process.env.PAYLOAD_DISABLE_JOBS
        ? [
            { cron: '* * * * *', queue: 'default' },
            { cron: env.MAINTENANCE_JOBS_CRON, queue: MAINTENANCE_QUEUE, limit: 1 },
          ]
        : [],
  },
  typescript: {
    // Types come from `npm run generate` only (checked in CI): Payload would
    // otherwise rewrite them on every development boot, from whichever
    // database adapter that boot used (string ids on MongoDB).
    autoGenerate: false,
    outputFile: path.resolve(appDir, '../../packages/shared/src/payload-types.ts'),
    declare: false,
  },
})
