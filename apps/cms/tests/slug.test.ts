import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { slugify } from '../src/fields/slug'
import { bootPayload, projectData } from './helpers'

describe('slugify', () => {
  it('spells Chinese titles in pinyin', () => {
    expect(slugify('金山商业广场')).toBe('jin-shan-shang-ye-guang-chang')
  })
  it('keeps Latin letters and digits and drops punctuation', () => {
    expect(slugify('标准厂房（二期）Phase 2!')).toBe('biao-zhun-chang-fang-er-qi-phase-2')
  })
})

describe('slug field', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await bootPayload()
  })
  afterAll(async () => {
    await payload.destroy()
  })

  it('is generated from the title, made unique, and kept when the title changes', async () => {
    const first = await payload.create({
      collection: 'projects',
      data: projectData('金山商业广场'),
    })
    const second = await payload.create({
      collection: 'projects',
      data: projectData('金山商业广场'),
    })
    expect(first.slug).toBe('jin-shan-shang-ye-guang-chang')
    expect(second.slug).toBe('jin-shan-shang-ye-guang-chang-2')

    const renamed = await payload.update({
      collection: 'projects',
      id: first.id,
      data: { title: '金山商业广场（更名）' },
    })
    expect(renamed.slug).toBe('jin-shan-shang-ye-guang-chang')
  })

  it('turns a hand-written slug into a URL-safe one', async () => {
    const doc = await payload.create({
      collection: 'projects',
      data: projectData('手写网址', { slug: '金山 广场' }),
    })
    expect(doc.slug).toBe('jin-shan-guang-chang')
  })

  it('refuses a hand-written slug with nothing URL-safe in it, naming the field', async () => {
    await expect(
      payload.create({ collection: 'projects', data: projectData('无效网址', { slug: '!!!' }) }),
    ).rejects.toMatchObject({
      status: 400,
      data: { errors: [expect.objectContaining({ path: 'slug' })] },
    })
  })
})
