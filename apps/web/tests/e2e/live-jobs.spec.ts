import { expect, test } from '@playwright/test'
import * as stack from './support/stack'

// Scheduled publishing on a live production CMS: nothing here runs the job
// queue by hand. The CMS's own job runner (`jobs.autoRun`, polling the
// default queue every minute) must pick the job up, publish the draft and
// notify the portal.
test.describe.configure({ mode: 'serial' })

const own = stack.useOwnStack(6, 'jobs')

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
