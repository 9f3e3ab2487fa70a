import type { TaskConfig } from 'payload'
import { env } from '../env'
import { sendHealthDigest } from '../siteHealth/digest'
import { recordLinkCheck } from '../siteHealth/links'
import { MAINTENANCE_QUEUE } from './anonymiseInquiries'

/** The link check runs daily at 02:30 server time, before staff arrive; the view can also queue it. */
export const CHECK_LINKS_CRON = '30 2 * * *'

/** The digest goes out daily at 08:00 server time, after the link check. */
export const HEALTH_DIGEST_CRON = '0 8 * * *'

/** Checks every link in published content and the footer (siteHealth/links.ts). */
export const checkLinksTask: TaskConfig<{
  input: Record<string, never>
  output: { checked: number; broken: number; unreachable: number }
}> = {
  slug: 'checkLinks',
  label: '错误链接检查 / Check links',
  outputSchema: [
    { name: 'checked', type: 'number', required: true },
    { name: 'broken', type: 'number', required: true },
    { name: 'unreachable', type: 'number', required: true },
  ],
  schedule: [{ cron: CHECK_LINKS_CRON, queue: MAINTENANCE_QUEUE }],
  retries: 1,
  handler: async ({ req }) => ({
    output: await recordLinkCheck(req.payload, { portalUrl: env.PORTAL_URL }),
  }),
}

/** Mails admins what turned amber or red since yesterday (siteHealth/digest.ts). */
export const healthDigestTask: TaskConfig<{
  input: Record<string, never>
  output: { worsened: number; mailed: number }
}> = {
  slug: 'healthDigest',
  label: '站点体检日报 / Site health digest',
  outputSchema: [
    { name: 'worsened', type: 'number', required: true },
    { name: 'mailed', type: 'number', required: true },
  ],
  schedule: [{ cron: HEALTH_DIGEST_CRON, queue: MAINTENANCE_QUEUE }],
  retries: 1,
  handler: async ({ req }) => ({
    output: await sendHealthDigest(req.payload, {
      now: new Date(),
      cmsPublicUrl: env.CMS_PUBLIC_URL,
    }),
  }),
}
