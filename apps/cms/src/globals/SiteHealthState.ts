import type { GlobalConfig } from 'payload'
import { isStaffUser } from '../access/roles'
import { staffOnly } from '../access/staff'
import { MAINTENANCE_QUEUE } from '../jobs/anonymiseInquiries'

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
  endpoints: [
    {
      // The view's "check links now" (a plain form post from the admin): queue the
      // check and start the queue at once rather than waiting for the next tick.
      path: '/check-links',
      method: 'post',
      handler: async (req) => {
        if (!isStaffUser(req.user)) return Response.json({ error: 'forbidden' }, { status: 403 })
        await req.payload.jobs.queue({ task: 'checkLinks', input: {}, queue: MAINTENANCE_QUEUE })
        void req.payload.jobs
          .run({ queue: MAINTENANCE_QUEUE, limit: 5 })
          .catch((error: unknown) => {
            req.payload.logger.error({ err: error, msg: '[site-health] link check failed' })
          })
        return new Response(null, {
          status: 303,
          headers: { location: '/admin/site-health?checking=1' },
        })
      },
    },
  ],
  fields: [
    { name: 'linksCheckedAt', type: 'date' },
    { name: 'brokenLinks', type: 'json' },
    { name: 'unreachableLinks', type: 'json' },
    { name: 'digestLevels', type: 'json' },
    { name: 'digestAt', type: 'date' },
  ],
}
