import config from '@payload-config'
import { handleEndpoints, type Payload, type Where } from 'payload'
import { stringify } from 'qs-esm'
import { beforeAll, describe, expect, it } from 'vitest'
import { POLICY_VALIDITY, type PolicyValidity } from '@portal/shared/constants'
import { POLICY_MATCH_FIELDS, PublicPolicyMatchCard } from '@portal/shared/content'
import { chinaDay, validityWhere } from '@portal/shared/policy-validity'
import { Paginated } from '@portal/shared/project'
import type { Policy } from '@portal/shared/payload-types'
import { asUser, type Staff, useStaff } from './helpers'

// The state a policy's page shows (the virtual `validity` field) and the state
// the portal filters by (`validityWhere`) come from one rule. These tests hold
// the two together on a real database, at the day boundaries around today.
let payload: Payload
let users: Staff<'editor'>

useStaff(['editor'], (booted) => {
  ;({ payload, users } = booted)
})

/** A China calendar day `offset` days from today, as the REST API stores a picked day. */
const day = (offset: number) => {
  const date = new Date(`${chinaDay(new Date())}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + offset)
  return date.toISOString()
}
/** The same day as a browser in Beijing stores it: 16:00 UTC the day before. */
const beijingPicked = (offset: number) =>
  new Date(new Date(day(offset)).getTime() - 8 * 3600_000).toISOString()

const expected = new Map<string, PolicyValidity>()

async function policy(title: string, state: PolicyValidity, data: Partial<Policy> = {}) {
  const doc = await payload.create({
    collection: 'policies',
    data: { title, topic: 'tax', issuedAt: day(-400), _status: 'published', ...data },
    ...asUser(users.editor),
  })
  expected.set(title, state)
  return doc
}

beforeAll(async () => {
  const newer = await policy('替代后的新政策', 'in-force')
  await policy('明天施行', 'not-yet-effective', { effectiveAt: day(1) })
  await policy('明天施行（北京时间录入）', 'not-yet-effective', { effectiveAt: beijingPicked(1) })
  await policy('今天施行', 'in-force', { effectiveAt: day(0) })
  await policy('今天施行（北京时间录入）', 'in-force', { effectiveAt: beijingPicked(0) })
  await policy('今天到期', 'in-force', { effectiveAt: day(-30), expiresAt: day(0) })
  await policy('昨天到期', 'expired', { effectiveAt: day(-30), expiresAt: day(-1) })
  await policy('今天废止', 'repealed', { effectiveAt: day(-30), repealedAt: day(0) })
  await policy('明天废止', 'in-force', { effectiveAt: day(-30), repealedAt: day(1) })
  await policy('已被修改', 'repealed', { effectiveAt: day(-30), supersededBy: newer.id })
  await policy('废止前已到期', 'repealed', { expiresAt: day(-5), repealedAt: day(-2) })
}, 60_000)

describe('policy validity on a real database', () => {
  it('every public read shows the state its dates and relations give', async () => {
    const found = await payload.find({ collection: 'policies', limit: 100, ...asUser(undefined) })
    const shown = new Map(found.docs.map((doc) => [doc.title, doc.validity]))
    expect(shown).toEqual(expected)
  })

  it.each(POLICY_VALIDITY)(
    'filtering by "%s" finds exactly the policies whose page shows it',
    async (state) => {
      const found = await payload.find({
        collection: 'policies',
        // The shared package has no Payload types; the shape is Payload's `where`.
        where: validityWhere(state) as Where,
        limit: 100,
        ...asUser(undefined),
      })
      const wanted = [...expected].filter(([, s]) => s === state).map(([title]) => title)
      expect(found.docs.map((doc) => doc.title).sort()).toEqual(wanted.sort())
      for (const doc of found.docs) expect(doc.validity).toBe(state)
    },
  )

  it('the REST filter the portal sends agrees too, and a superseded policy names its replacement', async () => {
    const query = stringify(
      {
        locale: 'all',
        depth: 1,
        where: validityWhere('repealed'),
        select: Object.fromEntries(POLICY_MATCH_FIELDS.map((f) => [f, true])),
        populate: { policies: { slug: true, title: true } },
      },
      { addQueryPrefix: true },
    )
    const response = await handleEndpoints({
      config,
      request: new Request(`http://localhost:3000/api/policies${query}`),
    })
    expect(response.status).toBe(200)
    const docs = Paginated(PublicPolicyMatchCard).parse(await response.json()).docs
    expect(docs.map((d) => d.title.zh).sort()).toEqual(
      ['已被修改', '今天废止', '废止前已到期'].sort(),
    )
    const superseded = docs.find((d) => d.title.zh === '已被修改')
    expect(superseded?.supersededBy).toMatchObject({ title: { zh: '替代后的新政策' } })
  })
})

describe('applicability fields', () => {
  it('are stored, read by the public with park slugs, and checked against the shared lists', async () => {
    const park = await payload.create({
      collection: 'parks',
      data: { title: '测试园区', slug: 'ce-shi-yuan-qu' },
    })
    const doc = await payload.create({
      collection: 'policies',
      data: {
        title: '园区外资企业租金减免',
        topic: 'land',
        issuedAt: day(-10),
        applicability: {
          sectors: ['manufacturing'],
          parks: [park.id],
          investorTypes: ['foreign'],
          minInvestment: 5000,
        },
        benefitTypes: ['rent'],
        benefit: '标准厂房租金两免三减半',
        _status: 'published',
      },
      ...asUser(users.editor),
    })
    const read = await payload.findByID({
      collection: 'policies',
      id: doc.id,
      depth: 1,
      ...asUser(undefined),
    })
    expect(read.applicability?.sectors).toEqual(['manufacturing'])
    expect(read.applicability?.investorTypes).toEqual(['foreign'])
    expect(read.applicability?.minInvestment).toBe(5000)
    expect(read.applicability?.parks?.[0]).toMatchObject({ slug: 'ce-shi-yuan-qu' })
    expect(read.benefitTypes).toEqual(['rent'])
    expect(read.benefit).toBe('标准厂房租金两免三减半')
    await expect(
      payload.update({
        collection: 'policies',
        id: doc.id,
        data: { applicability: { investorTypes: ['alien' as 'foreign'] } },
        ...asUser(users.editor),
      }),
    ).rejects.toThrow()
  })
})
