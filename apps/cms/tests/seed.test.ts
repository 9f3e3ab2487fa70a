import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { seed } from '../src/seed'
import { seedProjects } from '../src/seed/projects'
import { bootPayload } from './helpers'

let payload: Payload
beforeAll(async () => {
  payload = await bootPayload()
})
afterAll(async () => {
  await payload.destroy()
})

it('loads the demo content once; a second run changes nothing', async () => {
  const first = await seed(payload)
  expect(first.created).toHaveLength(seedProjects.length + 1)

  const countAfterFirst = await payload.count({ collection: 'projects' })
  const versionsAfterFirst = await payload.countVersions({ collection: 'projects' })

  const second = await seed(payload)
  expect(second.created).toEqual([])
  expect((await payload.count({ collection: 'projects' })).totalDocs).toBe(
    countAfterFirst.totalDocs,
  )
  expect((await payload.countVersions({ collection: 'projects' })).totalDocs).toBe(
    versionsAfterFirst.totalDocs,
  )
})

it('includes the four projects the work plan names, in both languages', async () => {
  const named = await payload.find({
    collection: 'projects',
    locale: 'all',
    where: {
      slug: {
        in: [
          'jin-shan-shang-ye-guang-chang',
          'qing-lan-da-li-shi-jia-gong',
          'ai-fa-di-chan-kai-fa',
          'jin-huang-ran-qi',
        ],
      },
    },
  })
  expect(named.docs).toHaveLength(4)
  for (const doc of named.docs) {
    const title = doc.title as unknown as { zh: string; en: string }
    expect(title.zh).toBeTruthy()
    expect(title.en).toBeTruthy()
  }
})

it('publishes every demo project except the ones marked as drafts', async () => {
  const visible = await payload.count({ collection: 'projects', overrideAccess: false })
  expect(visible.totalDocs).toBe(seedProjects.filter((p) => !p.draft).length)
})
