import type { CollectionSlug, Endpoint, PayloadRequest, Where } from 'payload'
import { z } from 'zod'
import { isStaffUser } from '#cms/access/roles'

/**
 * `POST /api/schedule-publish`: what the admin's "schedule publish" does, for
 * scripts and for staff tools outside the admin. Body:
 * `{ collection, id, at, type? }` (`at` an ISO time in the future; `type`
 * `publish` by default or `unpublish`). Only a staff member who may edit that
 * document can schedule it. The job runs on the default queue, which the
 * serving CMS polls every minute (`jobs.autoRun` in payload.config.ts).
 */
const ScheduleRequest = z.object({
  collection: z.string(),
  id: z.union([z.string().min(1), z.number().int().positive()]),
  at: z.iso.datetime({ offset: true }),
  type: z.enum(['publish', 'unpublish']).default('publish'),
})

const answer = (status: number, body: Record<string, unknown>) =>
  Response.json(body, { status, headers: { 'cache-control': 'no-store' } })

/** Whether the signed-in user's update access covers this document. */
async function mayEdit(req: PayloadRequest, slug: CollectionSlug, id: string | number) {
  const rule = req.payload.collections[slug]?.config.access.update
  // Generated types say number (SQLite ids); on MongoDB the id is a string, passed the same way.
  const result = rule ? await rule({ req, id: id as number }) : Boolean(req.user)
  if (typeof result === 'boolean') return result
  const where: Where = { and: [{ id: { equals: id } }, result] }
  const { totalDocs } = await req.payload.count({ collection: slug, where, overrideAccess: true })
  return totalDocs === 1
}

export const schedulePublish: Endpoint = {
  path: '/schedule-publish',
  method: 'post',
  handler: async (req) => {
    if (!isStaffUser(req.user)) return answer(401, { error: '请先登录 / Sign in first' })
    const parsed = ScheduleRequest.safeParse(await req.json?.().catch(() => null))
    if (!parsed.success) {
      return answer(400, {
        error: '请求无效 / Invalid request',
        issues: z.flattenError(parsed.error).fieldErrors,
      })
    }
    const { collection, at, type } = parsed.data
    // MongoDB's ids are strings (ObjectIds): there a number names no document,
    // and queried as it is it would fail the cast to an ObjectId (a 500).
    const id = req.payload.db.defaultIDType === 'text' ? String(parsed.data.id) : parsed.data.id
    const config = req.payload.collections[collection as CollectionSlug]?.config
    const drafts = config?.versions?.drafts
    if (!config || !drafts || !drafts.schedulePublish) {
      return answer(400, {
        error: '该栏目不支持定时发布 / This collection has no scheduled publishing',
      })
    }
    const waitUntil = new Date(at)
    if (waitUntil.getTime() <= Date.now()) {
      return answer(400, { error: '发布时间须晚于现在 / The time must be in the future' })
    }
    const slug = collection as CollectionSlug
    const exists = await req.payload.count({
      collection: slug,
      where: { id: { equals: id } },
      overrideAccess: true,
    })
    if (exists.totalDocs !== 1) return answer(404, { error: '文档不存在 / No such document' })
    if (!(await mayEdit(req, slug, id)))
      return answer(403, { error: '无权修改该文档 / Not allowed' })
    const job = await req.payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type,
        doc: { relationTo: slug as 'news', value: id as number },
        user: { relationTo: 'users', value: req.user!.id },
      },
      waitUntil,
      req,
    })
    return answer(201, { job: job.id, collection, id, type, at: waitUntil.toISOString() })
  },
}
