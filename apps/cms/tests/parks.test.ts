import config from '@payload-config'
import { handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { User } from '@portal/shared/payload-types'
import { PublicParkDetail } from '@portal/shared/park'
import { Paginated } from '@portal/shared/project'
import { asUser, createProject, pngImage, useStaff } from './helpers'

// Parks as staff fill them in and as the portal reads them: costs with their
// confirmation dates, transport, contacts and a map with project markers, all
// public; only editors and admins change them, and a map needs its 审图号.
let payload: Payload
let users: { editor: User; officer: User }
useStaff(['editor', 'officer'], (booted) => ({ payload, users } = booted))

let parkId: number
let projectId: number
let otherParkProject: number
let mapId: number

const parkData = (extra: Record<string, unknown> = {}) => ({
  title: '测试工业园',
  industries: '新型建材',
  availableLandMu: 500,
  factorySpaceSqm: 30000,
  costs: [
    { kind: 'land-price' as const, amount: 16.8, confirmedAt: '2026-10-15T00:00:00.000Z' },
    {
      kind: 'electricity' as const,
      amount: 0.58,
      amountMax: 0.66,
      confirmedAt: '2026-09-30T00:00:00.000Z',
      note: '大工业用电',
    },
  ],
  distances: [{ place: '高速互通口', km: 4, minutes: 8 }],
  contacts: [{ name: '园区招商科', phone: '0000-1234501' }],
  ...extra,
})

/** The park's document as an anonymous visitor's REST read with `locale=all` gives it. */
async function publicRead(slug: string) {
  const params = new URLSearchParams({ locale: 'all', depth: '1', 'where[slug][equals]': slug })
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost:3000/api/parks?${params}`),
  })
  expect(response.status).toBe(200)
  return Paginated(PublicParkDetail).parse(await response.json()).docs[0]
}

/** The fields a refused save names, with their messages (`path: message`). */
async function refusal(save: Promise<unknown>): Promise<string[]> {
  const error = await save.then(
    () => null,
    (e: unknown) => e as { data?: { errors?: { path: string; message: string }[] } },
  )
  return (error?.data?.errors ?? []).map((e) => `${e.path}: ${e.message}`)
}

beforeAll(async () => {
  const as = asUser(users.editor)
  const data = await pngImage(800, 500, '#eeeadf')
  const map = await payload.create({
    collection: 'media',
    data: { alt: '园区规划示意图' },
    file: { name: 'plan.png', data, mimetype: 'image/png', size: data.length },
    ...as,
  })
  mapId = map.id
  const park = await payload.create({ collection: 'parks', data: parkData(), ...as })
  parkId = park.id
  const other = await payload.create({ collection: 'parks', data: { title: '另一园区' }, ...as })
  projectId = (await createProject(payload, '园区项目', { park: parkId, _status: 'published' })).id
  otherParkProject = (
    await createProject(payload, '别处项目', { park: other.id, _status: 'published' })
  ).id
  await payload.update({
    collection: 'parks',
    id: parkId,
    locale: 'en',
    data: { title: 'Test Industrial Park', industries: 'Building materials' },
    ...as,
  })
})

describe('an editor fills in a park', () => {
  it('places the park’s projects on an approved map', async () => {
    const updated = await payload.update({
      collection: 'parks',
      id: parkId,
      data: {
        map: {
          image: mapId,
          approvalNumber: '示S〔2026〕001号',
          markers: [{ project: projectId, x: 25.5, y: 60 }],
        },
      },
      ...asUser(users.editor),
    })
    expect(updated.map?.markers?.[0]?.x).toBe(25.5)
  })

  const save = (data: Record<string, unknown>) =>
    refusal(payload.update({ collection: 'parks', id: parkId, data, ...asUser(users.editor) }))
  const approvedMap = (markers: { project: number; x: number; y: number }[]) => ({
    map: { image: mapId, approvalNumber: '示S〔2026〕001号', markers },
  })

  it('refuses a map image without its approval number (审图号)', async () => {
    expect(await save({ map: { image: mapId, approvalNumber: '' } })).toEqual([
      'map.approvalNumber: 有地图图片时必须填写审图号 / A map image needs its approval number',
    ])
  })

  it('refuses a marker outside the image', async () => {
    const errors = await save(approvedMap([{ project: projectId, x: 120, y: 50 }]))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^map\.markers\.0\.x: /)
  })

  it('refuses a marker for a project of another park', async () => {
    const errors = await save(approvedMap([{ project: otherParkProject, x: 10, y: 10 }]))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^map\.markers\.0\.project: /)
  })

  it('refuses the same cost twice, and a range whose top is below its bottom', async () => {
    const costs = parkData().costs
    expect(await save({ costs: [...costs, { ...costs[0] }] })).toEqual([
      'costs: 每类成本只能填写一行 / Each kind of cost only once',
    ])
    expect(await save({ costs: [{ ...costs[1], amount: 0.7, amountMax: 0.6 }] })).toEqual([
      'costs.0.amountMax: 最高价格不能低于价格 / "Up to" must not be below the amount',
    ])
  })

  it('a cost needs the day it was confirmed', async () => {
    const errors = await save({ costs: [{ kind: 'water', amount: 3.6 }] })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^costs\.0\.confirmedAt: /)
  })
})

describe('who may change a park', () => {
  it('the public and investment officers may not', async () => {
    for (const user of [undefined, users.officer]) {
      await expect(
        payload.update({
          collection: 'parks',
          id: parkId,
          data: { title: '改名' },
          ...asUser(user),
        }),
      ).rejects.toThrow()
      await expect(
        payload.create({
          collection: 'parks',
          data: parkData({ title: '新园区' }),
          ...asUser(user),
        }),
      ).rejects.toThrow()
    }
  })
})

describe('the portal’s public read', () => {
  it('gives every field in both languages, with the map image populated', async () => {
    const park = await publicRead('ce-shi-gong-ye-yuan')
    expect(park?.title).toEqual({ zh: '测试工业园', en: 'Test Industrial Park' })
    expect(park?.industries).toEqual({ zh: '新型建材', en: 'Building materials' })
    expect(park?.availableLandMu).toBe(500)
    expect(park?.costs?.map((c) => [c.kind, c.amount, c.amountMax ?? null])).toEqual([
      ['land-price', 16.8, null],
      ['electricity', 0.58, 0.66],
    ])
    expect(park?.costs?.[1]?.confirmedAt).toMatch(/^2026-09-30/)
    expect(park?.costs?.[1]?.note?.zh).toBe('大工业用电')
    expect(park?.distances?.[0]).toMatchObject({ place: { zh: '高速互通口' }, km: 4 })
    expect(park?.contacts?.[0]?.phone).toBe('0000-1234501')
    expect(park?.map?.approvalNumber).toBe('示S〔2026〕001号')
    const image = park?.map?.image
    expect(typeof image === 'object' && image?.url).toMatch(/plan\.png$/)
    expect(park?.map?.markers?.map((m) => [m.x, m.y])).toEqual([[25.5, 60]])
  })
})
