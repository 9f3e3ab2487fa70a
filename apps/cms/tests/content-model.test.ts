import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'
import { demoPdf } from '../src/seed/images'
import { asUser, createProject, type Staff, pngImage, useStaff } from './helpers'

let payload: Payload
let users: Staff<'editor' | 'officer'>

useStaff(['editor', 'officer'], (booted) => {
  ;({ payload, users } = booted)
})

describe('internal project fields', () => {
  it('are returned to staff and never to the public', async () => {
    const doc = await createProject(
      payload,
      '内部字段测试',
      {
        tracking: {
          responsibleOfficer: users.officer.id,
        },
        _status: 'published',
      },
      asUser(users.editor),
    )
    await payload.create({
      collection: 'follow-ups',
      data: { project: doc.id, date: '2026-11-30', kind: 'meeting', text: '客商报价底线：不公开' },
      ...asUser(users.officer),
    })
    const publicView = await payload.findByID({
      collection: 'projects',
      id: doc.id,
      ...asUser(undefined),
    })
    expect(publicView).not.toHaveProperty('tracking')
    expect(JSON.stringify(publicView)).not.toContain('底线')
    const staffView = await payload.findByID({
      collection: 'projects',
      id: doc.id,
      depth: 1,
      ...asUser(users.officer),
    })
    expect(JSON.stringify(staffView.tracking?.followUps)).toContain('客商报价底线：不公开')
    expect(staffView.tracking?.responsibleOfficer).toMatchObject({ id: users.officer.id })
  })

  it('cannot be used by the public to filter or sort projects', async () => {
    await expect(
      payload.find({ collection: 'projects', sort: 'tracking.nextFollowUp', ...asUser(undefined) }),
    ).rejects.toMatchObject({ status: 400 })
    await expect(
      payload.find({
        collection: 'projects',
        where: { 'tracking.nextFollowUp': { exists: true } },
        ...asUser(undefined),
      }),
    ).rejects.toThrow()
    await expect(
      payload.find({
        collection: 'projects',
        where: { 'tracking.responsibleOfficer': { exists: true } },
        ...asUser(undefined),
      }),
    ).rejects.toThrow()
  })
})

describe('stage history', () => {
  it('records every stage change with date, old and new stage and who made it', async () => {
    const doc = await createProject(
      payload,
      '阶段记录测试',
      { stage: 'reserve' },
      asUser(users.officer),
    )
    expect(doc.tracking?.stageHistory).toHaveLength(1)
    expect(doc.tracking?.stageHistory?.[0]).toMatchObject({ from: null, to: 'reserve' })

    const moved = await payload.update({
      collection: 'projects',
      id: doc.id,
      data: { stage: 'negotiating' },
      depth: 0,
      ...asUser(users.editor),
    })
    expect(moved.tracking?.stageHistory).toHaveLength(2)
    expect(moved.tracking?.stageHistory?.[1]).toMatchObject({
      from: 'reserve',
      to: 'negotiating',
      by: users.editor.id,
    })
    expect(
      Date.now() - new Date(moved.tracking?.stageHistory?.[1]?.at ?? 0).getTime(),
    ).toBeLessThan(60_000)

    const untouched = await payload.update({
      collection: 'projects',
      id: doc.id,
      data: { summary: '只改简介' },
      ...asUser(users.editor),
    })
    expect(untouched.tracking?.stageHistory).toHaveLength(2)
  })

  it('cannot be rewritten by hand', async () => {
    const doc = await createProject(payload, '篡改记录', {}, asUser(users.editor))
    const tampered = await payload.update({
      collection: 'projects',
      id: doc.id,
      data: {
        tracking: {
          stageHistory: [{ at: '2020-01-01T00:00:00.000Z', from: null, to: 'operating' }],
        },
      },
      ...asUser(users.editor),
    })
    expect(tampered.tracking?.stageHistory).toHaveLength(1)
    expect(tampered.tracking?.stageHistory?.[0]?.to).toBe('reserve')
  })
})

describe('English fallback', () => {
  it('says when an English read fell back to Chinese, and stops saying so once translated', async () => {
    const doc = await payload.create({
      collection: 'news',
      locale: 'zh',
      data: {
        title: '只有中文的新闻',
        category: 'notice',
        publishedAt: '2026-11-01T00:00:00.000Z',
        _status: 'published',
      },
    })
    // What a visitor reading in `locale` gets.
    const readNewsAs = (id: number, locale: 'zh' | 'en') =>
      payload.findByID({ collection: 'news', id, locale, ...asUser(undefined) })
    const english = await readNewsAs(doc.id, 'en')
    expect(english.title).toBe('只有中文的新闻')
    expect(english.servedLocale).toBe('zh')
    const chinese = await readNewsAs(doc.id, 'zh')
    expect(chinese.servedLocale).toBe('zh')

    await payload.update({
      collection: 'news',
      id: doc.id,
      locale: 'en',
      data: { title: 'Now in English', _status: 'published' },
    })
    const translated = await readNewsAs(doc.id, 'en')
    expect(translated.title).toBe('Now in English')
    expect(translated.servedLocale).toBe('en')
  })
})

describe('scheduled publishing', () => {
  it('publishes a draft when its time comes', async () => {
    const draft = await payload.create({
      collection: 'news',
      data: {
        title: '定时发布的通知',
        category: 'notice',
        publishedAt: '2026-11-30T00:00:00.000Z',
        _status: 'draft',
      },
      draft: true,
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'news', value: draft.id } },
      waitUntil: new Date(Date.now() - 1000),
    })
    await payload.jobs.run({ queue: 'default' })
    const published = await payload.findByID({
      collection: 'news',
      id: draft.id,
      ...asUser(undefined),
    })
    expect(published._status).toBe('published')
  })
})

describe('uploads', () => {
  const png = () => pngImage(1600, 1000, '#3a6ea5')
  /** Uploads a file as an editor; `alt` is left out when undefined. */
  const upload = (alt: string | undefined, name: string, data: Buffer, mimetype: string) =>
    payload.create({
      collection: 'media',
      data: (alt === undefined ? {} : { alt }) as { alt: string },
      file: { name, data, mimetype, size: data.length },
      ...asUser(users.editor),
    })

  it('makes WebP sizes of an image and requires alternative text', async () => {
    const data = await png()
    await expect(upload(undefined, 'no-alt.png', data, 'image/png')).rejects.toMatchObject({
      status: 400,
    })
    const media = await upload('园区鸟瞰', 'park.png', data, 'image/png')
    expect(media.sizes?.card).toMatchObject({ width: 640, height: 400, mimeType: 'image/webp' })
    expect(media.sizes?.thumbnail?.mimeType).toBe('image/webp')
    expect(media.sizes?.wide?.width).toBe(1280)
  })

  it('refuses SVG, which can carry script', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    )
    await expect(upload('恶意图片', 'x.svg', svg, 'image/svg+xml')).rejects.toMatchObject({
      status: 400,
    })
  })

  it('refuses a file over the size limit with a 413 and stores nothing', async () => {
    const before = await payload.count({ collection: 'media' })
    const big = Buffer.concat([await png(), Buffer.alloc(11 * 1024 * 1024)])
    await expect(upload('过大的图片', 'big.png', big, 'image/png')).rejects.toMatchObject({
      status: 413,
      message: expect.stringContaining('10 MB'),
    })
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before.totalDocs)
  })

  it('accepts a PDF brochure', async () => {
    const pdf = demoPdf(['Project brochure'])
    const media = await upload('项目推介书', 'brochure.pdf', pdf, 'application/pdf')
    expect(media.mimeType).toBe('application/pdf')
  })
})
