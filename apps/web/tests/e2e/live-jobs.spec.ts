import { createClient } from '@libsql/client'
import { expect, test } from '@playwright/test'
import * as stack from './support/stack'

// Jobs on a live production CMS: nothing here runs the job queue by hand.
// The CMS's own job runner (`jobs.autoRun`) must pick each job up: scheduled
// publishing on the default queue (polled every minute), and the retention
// job on the maintenance queue, here set to be queued every minute and the
// queue polled every 10 s instead of daily at 03:15 and every 5 minutes.
test.describe.configure({ mode: 'serial' })

const own = stack.useOwnStack(6, 'jobs', {
  cmsEnv: { RETENTION_CRON: '* * * * *', MAINTENANCE_JOBS_CRON: '*/10 * * * * *' },
})

const DAY_MS = 24 * 60 * 60 * 1000

/** An inquiry as the CMS's REST API gives it to the demo administrator. */
interface InquiryRow {
  id: number
  name: string
  email: string | null
  phone: string | null
  message: string
  anonymisedAt?: string | null
}

test('a publish scheduled a minute ahead goes live on the portal by itself', async () => {
  // The job is due in a minute and the queue is polled every minute.
  test.setTimeout(240_000)
  const admin = await stack.demoAdmin(own.cms.url)
  const title = `定时发布上线测试${Date.now().toString(36)}`
  const doc = await stack.createNews(own.cms.url, admin, {
    title,
    category: 'notice',
    _status: 'draft',
  })

  const listed = async () => (await (await fetch(`${own.portal.url}/news`)).text()).includes(title)
  expect(await listed()).toBe(false)

  const at = new Date(Date.now() + 60_000)
  const scheduled = await fetch(`${own.cms.url}/api/schedule-publish`, {
    method: 'POST',
    headers: { ...admin, 'content-type': 'application/json' },
    body: JSON.stringify({ collection: 'news', id: doc.id, at: at.toISOString() }),
  })
  expect(scheduled.status).toBe(201)

  // Visible within 90 s of its time: the next tick of the queue after it is due.
  await expect
    .poll(listed, { timeout: at.getTime() + 90_000 - Date.now(), intervals: [1000] })
    .toBe(true)
  test.info().annotations.push({
    type: 'live after the scheduled time',
    description: `${Math.round((Date.now() - at.getTime()) / 1000)} s`,
  })
  expect(Date.now()).toBeGreaterThanOrEqual(at.getTime())
  const page = await fetch(`${own.portal.url}/news/${doc.slug}`)
  expect(page.status).toBe(200)
})

test('the retention job anonymises an expired inquiry by itself', async () => {
  // Queued at the next minute, run at the next 10 s tick after that.
  test.setTimeout(240_000)
  const admin = await stack.demoAdmin(own.cms.url)
  const headers = { ...admin, 'content-type': 'application/json', origin: own.cms.url }
  // The shortest period staff may set.
  const settings = await fetch(`${own.cms.url}/api/globals/inquiry-settings`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ retentionDays: 30 }),
  })
  expect(settings.status).toBe(200)

  const read = async (query: string) => {
    const response = await fetch(`${own.cms.url}/api/inquiries?${query}&depth=0`, { headers })
    expect(response.status).toBe(200)
    return ((await response.json()) as { docs: InquiryRow[] }).docs
  }
  const [closed] = await read('where[status][equals]=closed&limit=1')
  const [open] = await read('where[status][not_equals]=closed&limit=1')
  if (!closed || !open) throw new Error('the seed should hold a closed and an open inquiry')
  expect(closed.name).not.toBe('已匿名')
  // Closed 31 days ago: the past is written into the database, as staff cannot set it.
  const db = createClient({ url: `file:${own.database}` })
  try {
    await db.execute({
      sql: 'update inquiries set closed_at = ? where id = ?',
      args: [new Date(Date.now() - 31 * DAY_MS).toISOString(), closed.id],
    })
  } finally {
    db.close()
  }

  const started = Date.now()
  const anonymised = await stack.eventually(
    async () => {
      const [doc] = await read(`where[id][equals]=${closed.id}`)
      return doc?.anonymisedAt ? doc : undefined
    },
    90_000,
    'the anonymisation of the expired inquiry',
  )
  test.info().annotations.push({
    type: 'anonymised after',
    description: `${Math.round((Date.now() - started) / 1000)} s`,
  })
  expect(anonymised).toMatchObject({ name: '已匿名', email: null, phone: null })
  expect(anonymised.message).not.toBe(closed.message)
  // An inquiry still open keeps its visitor's data.
  const [still] = await read(`where[id][equals]=${open.id}`)
  expect(still).toMatchObject({ name: open.name, email: open.email })
})
