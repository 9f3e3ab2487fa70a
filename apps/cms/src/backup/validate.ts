import type { FlattenedField, Payload } from 'payload'
import { ArchiveError } from './errors'
import { type CollectionFile, collectionConfig, type GlobalFile, localeCodes } from './format'

// Checks the archived rows against this CMS's fields before anything is
// written. The restore writes rows through the database adapter, so no field
// validation of Payload runs; a row the database refuses would otherwise fail
// half-way with the database's message, and that message quotes the row's
// values: a visitor's name, phone and message. A problem is named by where it
// is (collection, row, id, field path) and the rule it breaks, never by value.

const RULES = {
  row: '应为对象 / must be an object',
  id: '应为文档编号 / must be a document id',
  required: '必填 / is required',
  text: '应为文本 / must be text',
  number: '应为数字 / must be a number',
  boolean: '应为是或否 / must be true or false',
  date: '应为日期 / must be a date',
  option: '不在可选值中 / is not one of the options',
  list: '应为列表 / must be a list',
  object: '应为对象 / must be an object',
  block: '不是已知的区块类型 / is not a known block type',
  point: '应为经纬度 / must be a [longitude, latitude] pair',
} as const

type Rule = keyof typeof RULES

interface Problem {
  where: string
  path: string
  rule: Rule
}

/** How many problems a refusal lists. */
const LISTED = 10

type Doc = Record<string, unknown>

const isObject = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isId = (value: unknown) =>
  (typeof value === 'number' && Number.isInteger(value)) ||
  (typeof value === 'string' && value !== '')

/** An id as it may appear in a message: generated ids only, never free text. */
function safeId(value: unknown): string | null {
  if (typeof value === 'number' && Number.isInteger(value)) return String(value)
  if (typeof value === 'string' && /^[0-9a-f-]{1,40}$/i.test(value)) return value
  return null
}

class Checker {
  readonly problems: Problem[] = []
  count = 0

  constructor(private readonly locales: string[]) {}

  add(where: string, path: string, rule: Rule): void {
    this.count += 1
    if (this.problems.length < LISTED) this.problems.push({ where, path, rule })
  }

  /** Checks `data` against `fields`; `strict` applies `required` (not to drafts and versions). */
  fields(fields: FlattenedField[], data: Doc, where: string, prefix: string, strict: boolean) {
    for (const field of fields) {
      if (field.type === 'join' || ('virtual' in field && field.virtual)) continue
      const path = prefix ? `${prefix}.${field.name}` : field.name
      const value = data[field.name]
      const perLocale =
        'localized' in field && field.localized && isObject(value) && this.isLocaleMap(value)
      if (perLocale) {
        for (const [locale, localized] of Object.entries(value)) {
          this.value(field, localized, where, `${path}.${locale}`, false)
        }
      } else {
        this.value(field, value, where, path, strict && !('localized' in field && field.localized))
      }
    }
  }

  /** A localized value as exported: one entry per locale, or none at all (`{}`, e.g. an empty note in an array row). */
  private isLocaleMap(value: Doc): boolean {
    return Object.keys(value).every((key) => this.locales.includes(key))
  }

  private value(
    field: FlattenedField,
    value: unknown,
    where: string,
    path: string,
    strict: boolean,
  ) {
    if (value === null || value === undefined) {
      if (strict && 'required' in field && field.required) this.add(where, path, 'required')
      return
    }
    const many = 'hasMany' in field && field.hasMany === true
    if (many) {
      if (!Array.isArray(value)) return this.add(where, path, 'list')
      value.forEach((item, i) => this.single(field, item, where, `${path}[${i}]`, strict))
      return
    }
    this.single(field, value, where, path, strict)
  }

  private single(
    field: FlattenedField,
    value: unknown,
    where: string,
    path: string,
    strict: boolean,
  ) {
    switch (field.type) {
      case 'text':
      case 'textarea':
      case 'email':
      case 'code':
        if (typeof value !== 'string') this.add(where, path, 'text')
        return
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) this.add(where, path, 'number')
        return
      case 'checkbox':
        if (typeof value !== 'boolean') this.add(where, path, 'boolean')
        return
      case 'date':
        if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
          this.add(where, path, 'date')
        }
        return
      case 'select':
      case 'radio': {
        const options = field.options.map((o) => (typeof o === 'string' ? o : o.value))
        if (typeof value !== 'string' || !options.includes(value)) this.add(where, path, 'option')
        return
      }
      case 'relationship':
      case 'upload': {
        const target = isObject(value) && 'relationTo' in value ? value.value : value
        if (!isId(target) && !isObject(target)) this.add(where, path, 'id')
        return
      }
      case 'point':
        if (
          !Array.isArray(value) ||
          value.length !== 2 ||
          value.some((n) => typeof n !== 'number')
        ) {
          this.add(where, path, 'point')
        }
        return
      case 'group':
      case 'tab':
        if (!isObject(value)) return this.add(where, path, 'object')
        this.fields(field.flattenedFields, value, where, path, strict)
        return
      case 'array':
        if (!Array.isArray(value)) return this.add(where, path, 'list')
        value.forEach((row, i) => {
          if (!isObject(row)) this.add(where, `${path}[${i}]`, 'object')
          else this.fields(field.flattenedFields, row, where, `${path}[${i}]`, strict)
        })
        return
      case 'blocks':
        if (!Array.isArray(value)) return this.add(where, path, 'list')
        value.forEach((row, i) => {
          const block = isObject(row)
            ? [...field.blocks, ...(field.blockReferences ?? [])].find(
                (b) => typeof b !== 'string' && b.slug === row.blockType,
              )
            : undefined
          if (!isObject(row) || !block || typeof block === 'string') {
            this.add(where, `${path}[${i}]`, 'block')
          } else {
            this.fields(block.flattenedFields, row, where, `${path}[${i}]`, strict)
          }
        })
        return
      default:
        // json and richText hold any JSON.
        return
    }
  }
}

/** A row as messages name it: its position in the archive's list (from 1) and its id. */
function rowName(what: string, index: number, id: unknown): string {
  const shown = safeId(id)
  return `${what} #${index + 1}${shown ? ` (id ${shown})` : ''}`
}

/**
 * Refuses (`ArchiveError`) when an archived row does not fit this CMS's
 * fields: the message names each problem's collection, row, id, field path
 * and rule, and holds none of the row's values.
 */
export function validateRows(
  payload: Payload,
  collections: CollectionFile[],
  globals: GlobalFile[],
): void {
  const check = new Checker(localeCodes(payload))
  for (const data of collections) {
    const config = collectionConfig(payload, data.slug)
    if (!config) continue
    const drafts = typeof config.versions === 'object' && Boolean(config.versions.drafts)
    data.documents.forEach((doc, i) => {
      const where = rowName(data.slug, i, isObject(doc) ? doc.id : null)
      if (!isObject(doc)) return check.add(where, '', 'row')
      if (!isId(doc.id)) check.add(where, 'id', 'id')
      check.fields(config.flattenedFields, doc, where, '', !(drafts && doc._status === 'draft'))
    })
    data.versions.forEach((version, i) => {
      const where = rowName(`${data.slug} versions`, i, isObject(version) ? version.id : null)
      if (!isObject(version) || !isObject(version.version))
        return check.add(where, 'version', 'object')
      if (!isId(version.parent)) check.add(where, 'parent', 'id')
      check.fields(config.flattenedFields, version.version, where, 'version', false)
    })
  }
  for (const data of globals) {
    const config = payload.config.globals.find((g) => g.slug === data.slug)
    if (!config || data.document === null) continue
    const where = `global ${data.slug}`
    if (!isObject(data.document)) check.add(where, '', 'row')
    else check.fields(config.flattenedFields, data.document, where, '', false)
  }
  if (check.count === 0) return
  const listed = check.problems
    .map((p) => `${p.where}${p.path ? ` · ${p.path}` : ''}: ${RULES[p.rule]}`)
    .join('; ')
  throw new ArchiveError(
    `存档中有 ${check.count} 处数据不符合本系统的字段，未写入任何内容 / ${check.count} value(s) in the archive do not fit this CMS's fields; nothing was written: ${listed}${check.count > LISTED ? '; …' : ''}`,
  )
}

/**
 * What a database error says about a row, without the row: SQLite's
 * constraint and column, else only the kind of error. The adapters' own
 * messages quote the statement's parameters, so they are never passed on.
 */
export function databaseRefusal(error: unknown): string {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; depth += 1) {
    const constraint =
      /\b(NOT NULL|UNIQUE|CHECK|FOREIGN KEY) constraint failed(: [\w.]+(, [\w.]+)*)?/.exec(
        e.message,
      )
    if (constraint) return constraint[0]
    // Payload turns SQLite's unique violations into a ValidationError that names the field.
    const fields = (e as { data?: { errors?: { path?: unknown; message?: unknown }[] } }).data
      ?.errors
    if (Array.isArray(fields) && fields.length > 0) {
      return fields
        .map(({ path, message }) => {
          const where = typeof path === 'string' && /^[\w.[\]-]+$/.test(path) ? path : '?'
          const unique = typeof message === 'string' && /unique/i.test(message)
          return `${where}: ${unique ? '不能重复 / must be unique' : '无效 / is invalid'}`
        })
        .join('; ')
    }
    if ((e as { code?: unknown }).code === 11000) return 'duplicate key (E11000)'
    e = e.cause
  }
  const name = error instanceof Error ? error.name : typeof error
  return `${name} (details withheld: they may quote the row)`
}

/** Runs one row's write; a failure names the row, never its values. */
export async function writingRow<T>(
  what: string,
  index: number,
  id: unknown,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write()
  } catch (error) {
    // The cause is left off: it quotes the row's values.
    const row = rowName(what, index, id)
    throw new Error(
      `数据库拒绝写入 ${row} / the database refused ${row}: ${databaseRefusal(error)}`,
    )
  }
}
