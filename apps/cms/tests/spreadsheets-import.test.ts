import ExcelJS from 'exceljs'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROJECT_IMPORT_MAX_BYTES, PROJECT_SHEET_COLUMNS } from '@portal/shared/project-sheet'
import type { User } from '@portal/shared/payload-types'
import { commitProjectImport, planProjectImport } from '../src/spreadsheets/importProjects'
import { projectTemplate } from '../src/spreadsheets/template'
import { bootWithStaff, createProject, type Staff } from './helpers'

// Import of the bureau's project list: every row checked against the shared
// contract and the CMS before anything is written, then all valid rows in
// one transaction.
let payload: Payload
let users: Staff<'admin' | 'officer' | 'chamber'>
let parkTitle: string

const HEADERS = PROJECT_SHEET_COLUMNS.map((column) => column.header)

/** An .xlsx file with the template's headers and these rows (by header). */
async function sheet(rows: Record<string, unknown>[], headers: string[] = HEADERS) {
  const workbook = new ExcelJS.Workbook()
  const ws = workbook.addWorksheet('项目清单')
  ws.addRow(headers)
  for (const row of rows) ws.addRow(headers.map((header) => row[header] ?? null))
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

/** A one-entry zip archive whose entry is `size` zero bytes, deflated (a few hundred KiB). */
function zipBomb(deflate: (data: Buffer) => Buffer, size: number): Uint8Array {
  const name = Buffer.from('xl/worksheets/sheet1.xml')
  const packed = deflate(Buffer.alloc(size))
  const header = (signature: number, length: number) => {
    const b = Buffer.alloc(length)
    b.writeUInt32LE(signature, 0)
    return b
  }
  const local = header(0x04034b50, 30)
  local.writeUInt16LE(8, 8)
  local.writeUInt32LE(packed.length, 18)
  local.writeUInt32LE(size, 22)
  local.writeUInt16LE(name.length, 26)
  const central = header(0x02014b50, 46)
  central.writeUInt16LE(8, 10)
  central.writeUInt32LE(packed.length, 20)
  central.writeUInt32LE(size, 24)
  central.writeUInt16LE(name.length, 28)
  const end = header(0x06054b50, 22)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(46 + name.length, 12)
  end.writeUInt32LE(30 + name.length + packed.length, 16)
  return new Uint8Array(Buffer.concat([local, name, packed, central, name, end]))
}

const reqAs = (user: User) => createLocalReq({ user }, payload)
const countProjects = async () =>
  (await payload.count({ collection: 'projects', where: {}, draft: true } as never)).totalDocs

beforeAll(async () => {
  ;({ payload, users } = await bootWithStaff('admin', 'officer', 'chamber'))
  const park = await payload.create({
    collection: 'parks',
    data: { title: '县工业园区', slug: 'industrial-park' } as never,
  })
  parkTitle = park.title
  await createProject(payload, '金山商业广场', { code: 'ZS-001', sector: 'commerce' })
})
afterAll(() => payload.destroy())

describe('import preview', () => {
  it('marks rows new, update (by code or exact title) or error with the cell and a Chinese reason', async () => {
    const file = await sheet([
      { 项目编号: 'ZS-001', 项目名称: '金山商业广场（一期）', 所属行业: '商贸流通', 总投资: 12000 },
      { 项目名称: '金煌燃气', 所属行业: '能源', 项目阶段: '已签约', 总投资: 2.5, 投资单位: '亿元' },
      {
        项目名称: '青兰大理石加工',
        所属行业: '石材加工',
        总投资: '三千万',
        下次跟进日期: '明年春天',
        所在园区: parkTitle,
      },
      { 项目名称: '冷链物流园', 所属行业: '现代物流', 总投资: 500, 所在园区: '不存在的园区' },
      { 项目名称: '金煌燃气', 所属行业: '能源', 总投资: 1 },
      {
        项目名称: '爱法地产开发',
        所属行业: '房地产',
        总投资: 8000,
        责任人邮箱: users.officer.email,
      },
    ])
    const before = await countProjects()
    const plan = await planProjectImport(await reqAs(users.officer), file)
    expect(await countProjects()).toBe(before)
    expect(plan.counts).toEqual({ new: 2, update: 1, error: 3 })
    const [first, second, third, fourth, fifth, sixth] = plan.rows
    expect(first).toMatchObject({ row: 2, status: 'update', title: '金山商业广场（一期）' })
    expect(second).toMatchObject({ row: 3, status: 'new' })
    expect(third).toMatchObject({ row: 4, status: 'error' })
    const errors = third?.status === 'error' ? third.errors : []
    expect(errors).toEqual(
      expect.arrayContaining([
        { cell: 'C4', message: expect.stringContaining('所属行业不在可选范围内') },
        { cell: 'G4', message: expect.stringContaining('总投资必须填写数字') },
        { cell: 'K4', message: expect.stringContaining('日期无法识别') },
      ]),
    )
    expect(fourth).toMatchObject({
      status: 'error',
      errors: [{ cell: 'E5', message: expect.stringContaining('园区“不存在的园区”不存在') }],
    })
    expect(fifth).toMatchObject({
      status: 'error',
      errors: [{ cell: 'B6', message: expect.stringContaining('与第 3 行重复') }],
    })
    expect(sixth).toMatchObject({ row: 7, status: 'new' })
  })

  it('reads real Excel dates and the template itself', async () => {
    const template = new Uint8Array(await projectTemplate().xlsx.writeBuffer())
    const plan = await planProjectImport(await reqAs(users.officer), template)
    // The example row names the demo officer, who does not exist here.
    expect(plan.rows[0]).toMatchObject({
      status: 'error',
      errors: [{ cell: 'J2', message: expect.stringContaining('officer@example.com') }],
    })
    const dated = await sheet([
      {
        项目名称: '日期测试',
        所属行业: '能源',
        总投资: 1,
        下次跟进日期: new Date(Date.UTC(2026, 11, 15)),
      },
    ])
    const [row] = (await planProjectImport(await reqAs(users.officer), dated)).rows
    expect(row).toMatchObject({ status: 'new', data: { nextFollowUp: '2026-12-15' } })
  })

  it('refuses a file that is not a spreadsheet, an oversized one and one without headers', async () => {
    const req = await reqAs(users.officer)
    const csv = new TextEncoder().encode('项目名称,所属行业\n金煌燃气,能源\n')
    await expect(planProjectImport(req, csv)).rejects.toThrow('文件不是 Excel 表格')
    const fakeZip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])
    await expect(planProjectImport(req, fakeZip)).rejects.toThrow('已损坏')
    const huge = new Uint8Array(PROJECT_IMPORT_MAX_BYTES + 1)
    huge.set([0x50, 0x4b, 0x03, 0x04])
    await expect(planProjectImport(req, huge)).rejects.toThrow('文件超过 5 MB 的上限')
    // A zip bomb: a small file whose one entry unpacks to 200 MB of zeros.
    const { deflateRawSync } = await import('node:zlib')
    await expect(
      planProjectImport(req, zipBomb(deflateRawSync, 200 * 1024 * 1024)),
    ).rejects.toThrow('文件解压后过大')
    const noHeader = await sheet([{ 名称: '金煌燃气' }], ['名称'])
    await expect(planProjectImport(req, noHeader)).rejects.toThrow('没有“项目名称”表头')
    const before = await countProjects()
    await expect(commitProjectImport(req, csv)).rejects.toThrow('文件不是 Excel 表格')
    expect(await countProjects()).toBe(before)
  })
})

describe('import commit', () => {
  it('writes every valid row: new ones as drafts, updates in place', async () => {
    const file = await sheet([
      {
        项目编号: 'ZS-001',
        项目名称: '金山商业广场',
        所属行业: '商贸流通',
        项目阶段: '在谈',
        总投资: 15000,
      },
      {
        项目编号: 'ZS-002',
        项目名称: '金煌燃气',
        所属行业: '能源',
        总投资: 2.5,
        投资单位: '亿元',
        所在园区: parkTitle,
        用地面积: 40,
        责任人邮箱: users.officer.email,
        下次跟进日期: '2026-12-20',
      },
      { 项目名称: '错误行', 所属行业: '不知道', 总投资: 1 },
    ])
    const plan = await commitProjectImport(await reqAs(users.officer), file)
    expect(plan.counts).toEqual({ new: 1, update: 1, error: 1 })
    const found = await payload.find({
      collection: 'projects',
      where: { code: { in: ['ZS-001', 'ZS-002'] } },
      draft: true,
      depth: 0,
      sort: 'code',
    })
    expect(found.docs.map((doc) => [doc.code, doc.stage, doc.investment.amount])).toEqual([
      ['ZS-001', 'negotiating', 15000],
      ['ZS-002', 'reserve', 2.5],
    ])
    const gas = found.docs[1]!
    expect(gas).toMatchObject({
      _status: 'draft',
      investment: { unit: 'cny-100m' },
      investmentSize: 25000,
      tracking: { responsibleOfficer: users.officer.id },
    })
    expect(gas.tracking?.nextFollowUp?.slice(0, 10)).toBe('2026-12-20')
    // The date came in as an entry of the project's follow-up log, by the importer.
    const log = await payload.find({
      collection: 'follow-ups',
      where: { project: { equals: gas.id } },
      depth: 0,
    })
    expect(log.docs.map((entry) => [entry.nextDate?.slice(0, 10), entry.author])).toEqual([
      ['2026-12-20', users.officer.id],
    ])
    // The same file again leaves the log as it is.
    await commitProjectImport(await reqAs(users.officer), file)
    expect(
      await payload.count({ collection: 'follow-ups', where: { project: { equals: gas.id } } }),
    ).toMatchObject({ totalDocs: 1 })
    expect(
      await payload.count({ collection: 'projects', where: { title: { equals: '错误行' } } }),
    ).toMatchObject({ totalDocs: 0 })
  })

  it('writes nothing when one write fails', async () => {
    // A code left in the database behind the latest version (as an older
    // import or a restore might): the plan cannot see it, the second create
    // breaks the unique index, and the first create must be undone with it.
    const stray = await createProject(payload, '遗留编号项目')
    await payload.db.updateOne({
      collection: 'projects',
      id: stray.id,
      data: { code: 'ZS-900' },
      returning: false,
    })
    const before = await countProjects()
    const file = await sheet([
      { 项目编号: 'ZS-800', 项目名称: '事务测试一', 所属行业: '能源', 总投资: 1 },
      { 项目编号: 'ZS-900', 项目名称: '事务测试二', 所属行业: '能源', 总投资: 1 },
    ])
    const plan = await planProjectImport(await reqAs(users.officer), file)
    expect(plan.counts).toEqual({ new: 2, update: 0, error: 0 })
    await expect(commitProjectImport(await reqAs(users.officer), file)).rejects.toBeDefined()
    expect(await countProjects()).toBe(before)
    expect(
      await payload.count({ collection: 'projects', where: { title: { equals: '事务测试一' } } }),
    ).toMatchObject({ totalDocs: 0 })
  })

  it('refuses two rows for the same project', async () => {
    const file = await sheet([
      { 项目名称: '金煌燃气', 所属行业: '能源', 总投资: 3 },
      { 项目编号: 'ZS-002', 项目名称: '金煌燃气二期', 所属行业: '能源', 总投资: 4 },
    ])
    const plan = await planProjectImport(await reqAs(users.officer), file)
    expect(plan.rows[1]).toMatchObject({
      status: 'error',
      errors: [{ cell: 'A3', message: expect.stringContaining('与第 2 行是同一个项目') }],
    })
  })

  it('refuses staff who may not write projects', async () => {
    const file = await sheet([{ 项目名称: '商会导入', 所属行业: '能源', 总投资: 1 }])
    await expect(commitProjectImport(await reqAs(users.chamber), file)).rejects.toMatchObject({
      status: 403,
    })
    expect(
      await payload.count({ collection: 'projects', where: { title: { equals: '商会导入' } } }),
    ).toMatchObject({ totalDocs: 0 })
  })
})
