import config from '@payload-config'
import type { Field, Payload, SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { ADMIN_DATE_TIME, ADMIN_DAY } from '../src/plugins/adminDisplay'
import { removeUntitledDrafts } from '../src/jobs/removeUntitledDrafts'
import { asUser, projectData, type Staff, useStaff } from './helpers'

// The admin as staff read it: one date format, Chinese and English labels on
// every repeated row, quiet read-only choices, no empty drafts.
let payload: Payload
let users: Staff<'editor'>
let sanitized: SanitizedConfig

useStaff(['editor'], (booted) => {
  ;({ payload, users } = booted)
})
beforeAll(async () => {
  sanitized = await config
})

type Visit = (field: Field, path: string, readOnly: boolean) => void

function eachField(fields: Field[], visit: Visit, path = '', readOnly = false): void {
  for (const field of fields) {
    const admin = field.admin as { readOnly?: boolean; hidden?: boolean; disabled?: boolean }
    if (admin?.hidden || admin?.disabled || ('hidden' in field && field.hidden)) continue
    const here = 'name' in field ? `${path}.${field.name}` : path
    const isReadOnly = readOnly || Boolean(admin?.readOnly)
    visit(field, here, isReadOnly)
    if ('fields' in field) eachField(field.fields, visit, here, isReadOnly)
    if (field.type === 'tabs')
      for (const tab of field.tabs) eachField(tab.fields, visit, here, isReadOnly)
    if (field.type === 'blocks') {
      for (const block of field.blocks) eachField(block.fields, visit, here, isReadOnly)
    }
  }
}

function everyField(visit: Visit): void {
  for (const collection of sanitized.collections) {
    // Payload's own collections (jobs, preferences, migrations) are not shown to staff.
    if (!collection.slug.startsWith('payload-'))
      eachField(collection.fields, visit, collection.slug)
  }
  for (const global of sanitized.globals) eachField(global.fields, visit, `global:${global.slug}`)
}

describe('admin display', () => {
  it('shows every date in one format', () => {
    expect(sanitized.admin.dateFormat).toBe(ADMIN_DATE_TIME)
    const formats: string[] = []
    everyField((field, path) => {
      if (field.type !== 'date') return
      // Payload's own timestamps show in the admin's dateFormat, checked above.
      const own = path.endsWith('.createdAt') || path.endsWith('.updatedAt')
      formats.push(`${path} ${field.admin?.date?.displayFormat ?? (own ? ADMIN_DATE_TIME : '')}`)
    })
    expect(formats.length).toBeGreaterThan(10)
    for (const line of formats)
      expect(line).toMatch(new RegExp(`(${ADMIN_DATE_TIME}|${ADMIN_DAY})$`))
  })

  it('labels every repeated row in both languages (no "Stage History 01")', () => {
    const missing: string[] = []
    everyField((field, path) => {
      if (field.type !== 'array' || field.admin?.hidden || field.admin?.disabled) return
      const singular = field.labels?.singular as Record<string, string> | undefined
      if (!singular?.zh || !singular.en || /[A-Za-z]/.test(singular.zh)) missing.push(path)
    })
    expect(missing).toEqual([])
  })

  it('gives read-only choices neither a clear button nor a "choose a value" prompt', () => {
    const checked: string[] = []
    everyField((field, path, readOnly) => {
      if (!readOnly || (field.type !== 'select' && field.type !== 'relationship')) return
      checked.push(path)
      expect(field.admin?.placeholder, path).toBe('—')
      if (field.type === 'select') expect(field.admin?.isClearable, path).toBe(false)
    })
    expect(checked).toContain('projects.tracking.stageHistory.by')
    expect(checked).toContain('follow-ups.author')
  })

  it('shows the content-language switch only where content has two languages', () => {
    const providers = sanitized.admin.components?.providers ?? []
    const scope = providers.find(
      (provider) => typeof provider === 'object' && provider.path.includes('LocaleSwitchScope'),
    ) as { clientProps: { translated: string[] } } | undefined
    const translated = scope?.clientProps.translated ?? []
    expect(translated).toEqual(expect.arrayContaining(['collections/projects', 'globals/chamber']))
    for (const untranslated of [
      'collections/inquiries',
      'collections/users',
      'collections/follow-ups',
    ]) {
      expect(translated).not.toContain(untranslated)
    }
  })
})

describe('untitled drafts', () => {
  it('are not saved before the title is filled in', async () => {
    // What the admin's "创建新条目" did on opening: a draft save with nothing typed.
    await expect(
      payload.create({ collection: 'projects', data: {}, draft: true, ...asUser(users.editor) }),
    ).rejects.toMatchObject({ status: 400 })
    const titled = await payload.create({
      collection: 'projects',
      data: { ...projectData('有标题的草稿'), _status: 'draft' },
      draft: true,
      ...asUser(users.editor),
    })
    expect(titled.title).toBe('有标题的草稿')
  })

  it('left by older versions are removed after a day when never edited', async () => {
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString()
    // Written past validation, as the admin's create-on-open used to save them.
    const insert = async (createdAt: string, updatedAt = createdAt) => {
      const { title: _omit, ...rest } = projectData('')
      const doc = await payload.db.create({
        collection: 'projects',
        data: { ...rest, _status: 'draft', createdAt, updatedAt },
      })
      return doc.id as number
    }
    const stale = await insert(hoursAgo(30))
    const recent = await insert(hoursAgo(2))
    const edited = await insert(hoursAgo(30), hoursAgo(29))
    const named = (
      await payload.create({
        collection: 'projects',
        data: { ...projectData('有标题的旧草稿'), _status: 'draft' },
        draft: true,
      })
    ).id
    const old = hoursAgo(30)
    await payload.db.updateOne({
      collection: 'projects',
      id: named,
      data: { createdAt: old, updatedAt: old },
      returning: false,
    })

    expect(await removeUntitledDrafts(payload)).toBe(1)
    const left = await payload.find({
      collection: 'projects',
      where: { id: { in: [stale, recent, edited, named] } },
      depth: 0,
    })
    expect(left.docs.map((doc) => doc.id).sort()).toEqual([recent, edited, named].sort())
  })
})
