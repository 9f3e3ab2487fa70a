import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Contact, Inquiry, ServiceAccount, User } from '@portal/shared/payload-types'
import { anonymiseInactiveContacts } from '../src/collections/Investors/retention'
import { createContactFromInquiry, suggestContacts } from '../src/collections/Investors/matching'
import { asUser, bootWithStaff, createProject, makeServiceAccount, type Staff } from './helpers'
import { fileInquiry } from './support/inquiries'

// The investor resource database (客商资源库): who reads and writes its
// records, how an inquiry finds its person, and the retention of contacts.
let payload: Payload
let portal: ServiceAccount
let users: Staff<'admin' | 'editor' | 'officer' | 'chamber'>
let contact: Contact

const contactData = (name: string, extra: Partial<Contact> = {}) => ({
  name,
  investorType: 'domestic' as const,
  processingBasis: 'consent' as const,
  retentionBasis: 'none' as const,
  ...extra,
})

const reqAs = (user: User | ServiceAccount | undefined) => createLocalReq({ user }, payload)

beforeAll(async () => {
  ;({ payload, users } = await bootWithStaff('admin', 'editor', 'officer', 'chamber'))
  portal = await makeServiceAccount(payload)
  const company = await payload.create({
    collection: 'companies',
    data: { name: '金山商贸有限公司', investorType: 'domestic', source: 'fair' },
    ...asUser(users.officer),
  })
  contact = await payload.create({
    collection: 'contacts',
    data: contactData('陈建国', {
      company: company.id,
      phone: '+86 138-0013-8000',
      email: 'Chen.JG@Example.com',
    }),
    ...asUser(users.officer),
  })
})
afterAll(() => payload.destroy())

describe('who reads and writes investor records', () => {
  it('refuses the public and the portal service account every read and write', async () => {
    for (const user of [undefined, portal]) {
      for (const collection of ['companies', 'contacts'] as const) {
        await expect(payload.find({ collection, ...asUser(user) })).rejects.toMatchObject({
          status: 403,
        })
        await expect(
          payload.create({ collection, data: contactData('外人'), ...asUser(user) }),
        ).rejects.toMatchObject({ status: 403 })
      }
      await expect(
        payload.findByID({ collection: 'contacts', id: contact.id, ...asUser(user) }),
      ).rejects.toMatchObject({ status: 403 })
    }
  })

  it('lets every staff role read, the project writers write and only admins delete', async () => {
    for (const user of Object.values(users)) {
      const found = await payload.find({ collection: 'contacts', ...asUser(user) })
      expect(found.docs.map((doc) => doc.name)).toContain('陈建国')
    }
    await expect(
      payload.create({
        collection: 'contacts',
        data: contactData('商会代录'),
        ...asUser(users.chamber),
      }),
    ).rejects.toMatchObject({ status: 403 })
    const byEditor = await payload.create({
      collection: 'contacts',
      data: contactData('编辑代录'),
      ...asUser(users.editor),
    })
    expect(byEditor.owner).toMatchObject({ id: users.editor.id })
    await expect(
      payload.delete({ collection: 'contacts', id: byEditor.id, ...asUser(users.officer) }),
    ).rejects.toMatchObject({ status: 403 })
    await payload.delete({ collection: 'contacts', id: byEditor.id, ...asUser(users.admin) })
  })

  it('shows a project the companies in talks about it, to staff only', async () => {
    const project = await createProject(payload, '客商洽谈项目', { _status: 'published' })
    await payload.create({
      collection: 'companies',
      data: { name: '青兰石材集团', investorType: 'hk-macao-taiwan', projects: [project.id] },
      ...asUser(users.officer),
    })
    const asStaff = await payload.findByID({
      collection: 'projects',
      id: project.id,
      depth: 1,
      ...asUser(users.editor),
    })
    const names = asStaff.investors?.docs?.map((doc) => (typeof doc === 'object' ? doc.name : doc))
    expect(names).toEqual(['青兰石材集团'])
    const asPublic = await payload.findByID({
      collection: 'projects',
      id: project.id,
      ...asUser(undefined),
    })
    expect(asPublic.investors).toBeUndefined()
    expect(asPublic).not.toHaveProperty('code')
  })

  it('lists on a company the projects and the follow-up entries that name it', async () => {
    const project = await createProject(payload, '客商跟进项目', { _status: 'published' })
    const company = await payload.create({
      collection: 'companies',
      data: { name: '汇川新材料', investorType: 'domestic', projects: [project.id] },
      ...asUser(users.officer),
    })
    const entry = await payload.create({
      collection: 'follow-ups',
      data: {
        project: project.id,
        company: company.id,
        date: '2026-11-20T04:00:00.000Z',
        kind: 'visit',
        text: '上门拜访，对方确认用地需求。',
      },
      ...asUser(users.officer),
    })
    // An entry about the same project that does not name the company is not its own.
    await payload.create({
      collection: 'follow-ups',
      data: {
        project: project.id,
        date: '2026-11-21T04:00:00.000Z',
        kind: 'call',
        text: '电话联系园区。',
      },
      ...asUser(users.officer),
    })
    const read = await payload.findByID({
      collection: 'companies',
      id: company.id,
      depth: 0,
      ...asUser(users.chamber),
    })
    expect(read.projects).toEqual([project.id])
    expect(read.followUps?.docs).toEqual([entry.id])
    await expect(
      payload.findByID({ collection: 'companies', id: company.id, ...asUser(undefined) }),
    ).rejects.toThrow()
  })
})

describe('an inquiry from a known person', () => {
  let inquiry: Inquiry
  beforeAll(async () => {
    inquiry = await fileInquiry(payload, portal, {
      type: 'general',
      name: '陈先生',
      phone: '13800138000',
      email: 'chen.jg@example.com',
    })
  })

  it('suggests the record matched on phone and e-mail without linking it', async () => {
    const suggestions = await suggestContacts(await reqAs(users.officer), inquiry.id)
    expect(suggestions).toEqual([
      {
        id: contact.id,
        name: '陈建国',
        company: '金山商贸有限公司',
        matchedOn: ['phone', 'email'],
      },
    ])
    const stored = await payload.findByID({ collection: 'inquiries', id: inquiry.id, depth: 0 })
    expect(stored.investorContact ?? null).toBeNull()
  })

  it('tells staff who may not read the inquiry nothing', async () => {
    expect(await suggestContacts(await reqAs(users.chamber), inquiry.id)).toBeUndefined()
    expect(await suggestContacts(await reqAs(portal), inquiry.id)).toBeUndefined()
  })

  it('links the confirmed record, and the contact and its company list the inquiry', async () => {
    await payload.update({
      collection: 'inquiries',
      id: inquiry.id,
      data: { investorContact: contact.id },
      ...asUser(users.officer),
    })
    const person = await payload.findByID({ collection: 'contacts', id: contact.id, depth: 0 })
    expect(person.inquiries?.docs).toEqual([inquiry.id])
    const company = await payload.findByID({
      collection: 'companies',
      id: person.company as number,
      depth: 0,
    })
    expect(company.inquiries?.docs).toEqual([inquiry.id])
  })

  it('creates a record from an unknown person’s inquiry in one step', async () => {
    const returnee = await fileInquiry(payload, portal, {
      type: 'returnee',
      name: '刘乡贤',
      phone: '13900001111',
      organisation: '东莞刘氏电子厂',
      province: 'guangdong',
      city: '东莞',
      intent: 'invest',
      industry: '电子',
    })
    expect(await suggestContacts(await reqAs(users.admin), returnee.id)).toEqual([])
    const id = await createContactFromInquiry(await reqAs(users.admin), returnee.id)
    const created = await payload.findByID({ collection: 'contacts', id: id!, depth: 1 })
    expect(created).toMatchObject({
      name: '刘乡贤',
      phone: '13900001111',
      investorType: 'returnee',
      source: 'inquiry',
      homeProvince: 'guangdong',
      processingBasis: 'consent',
      company: { name: '东莞刘氏电子厂' },
    })
    const linked = await payload.findByID({ collection: 'inquiries', id: returnee.id, depth: 0 })
    expect(linked.investorContact).toBe(id)
    // A second click finds the record made by the first.
    expect(await createContactFromInquiry(await reqAs(users.admin), returnee.id)).toBe(id)
  })

  it('refuses a record from an inquiry to staff who may not write records', async () => {
    const returnee = await fileInquiry(payload, portal, {
      type: 'returnee',
      name: '商会来访',
      province: 'zhejiang',
      city: '温州',
      intent: 'invest',
      industry: '鞋业',
    })
    await expect(
      createContactFromInquiry(await reqAs(users.chamber), returnee.id),
    ).rejects.toMatchObject({ status: 403 })
    expect(
      await payload.count({ collection: 'contacts', where: { name: { equals: '商会来访' } } }),
    ).toMatchObject({ totalDocs: 0 })
  })
})

describe('retention of contacts', () => {
  it('anonymises an inactive contact unless staff recorded a basis to keep it', async () => {
    const old = new Date(Date.now() - 5 * 365 * 24 * 3600 * 1000).toISOString()
    const make = (name: string, retentionBasis: Contact['retentionBasis']) =>
      payload.create({
        collection: 'contacts',
        data: contactData(name, { retentionBasis, phone: '13700000000', email: 'x@example.com' }),
      })
    const lapsed = await make('久未往来', 'none')
    const kept = await make('合同在期', 'contract')
    const recent = await make('近期往来', 'none')
    for (const doc of [lapsed, kept]) {
      await payload.db.updateOne({
        collection: 'contacts',
        id: doc.id,
        data: { lastActivityAt: old },
        returning: false,
      })
    }
    expect(await anonymiseInactiveContacts(payload)).toBe(1)
    const after = async (id: number) => payload.findByID({ collection: 'contacts', id, depth: 0 })
    expect(await after(lapsed.id)).toMatchObject({
      name: '已匿名',
      phone: null,
      email: null,
      phoneKey: null,
      emailKey: null,
      lastActivityAt: old,
    })
    expect((await after(lapsed.id)).anonymisedAt).toBeTruthy()
    expect(await after(kept.id)).toMatchObject({ name: '合同在期', phone: '13700000000' })
    const untouched = await after(recent.id)
    expect(untouched.name).toBe('近期往来')
    // Never set: null on SQLite, absent on MongoDB.
    expect(untouched.anonymisedAt ?? null).toBeNull()
    expect(await anonymiseInactiveContacts(payload)).toBe(0)
  })
})
