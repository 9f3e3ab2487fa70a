import ExcelJS from 'exceljs'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ServiceAccount, User } from '@portal/shared/payload-types'
import { spreadsheetEndpoints } from '../src/spreadsheets/endpoints'
import { bootWithStaff, createProject, makeServiceAccount, type Staff } from './helpers'
import { fileInquiry } from './support/inquiries'

// Excel export through the real endpoints: what staff download from the list
// views, opened again with exceljs as Excel would read it.
let payload: Payload
let portal: ServiceAccount
let users: Staff<'admin' | 'editor' | 'officer' | 'chamber'>

/** Calls a spreadsheet endpoint as `user` with the query Payload parsed from the button's address. */
async function call(
  path: string,
  user: User | ServiceAccount | undefined,
  query: PayloadRequest['query'] = {},
) {
  const endpoint = spreadsheetEndpoints.find((e) => e.path === path && e.method === 'get')
  const req = await createLocalReq({ user }, payload)
  req.query = query
  return endpoint!.handler(req)
}

async function workbookOf(answer: Response) {
  expect(answer.status).toBe(200)
  expect(answer.headers.get('content-type')).toContain('spreadsheetml')
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(await answer.arrayBuffer())
  return workbook
}

const headers = (sheet: ExcelJS.Worksheet) =>
  (sheet.getRow(1).values as unknown[]).slice(1).map(String)

/** The row whose first cells include `text`, as plain values by header. */
function rowWith(sheet: ExcelJS.Worksheet, text: string) {
  const names = headers(sheet)
  let found: Record<string, unknown> | undefined
  sheet.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1)
    if (values.includes(text)) found = Object.fromEntries(names.map((n, i) => [n, values[i]]))
  })
  return found
}

beforeAll(async () => {
  ;({ payload, users } = await bootWithStaff('admin', 'editor', 'officer', 'chamber'))
  portal = await makeServiceAccount(payload)
  await createProject(payload, '金煌燃气', {
    code: 'ZS-001',
    stage: 'signed',
    sector: 'energy',
    investment: { amount: 2.5, unit: 'cny-100m' },
    tracking: { responsibleOfficer: users.officer.id, nextFollowUp: '2026-12-15T04:00:00.000Z' },
    _status: 'published',
  })
  await createProject(payload, '爱法地产开发', {
    stage: 'negotiating',
    sector: 'real-estate',
    investment: { amount: 8000, unit: 'cny-10k' },
  })
  await createProject(payload, '青兰大理石加工', {
    stage: 'negotiating',
    sector: 'building-materials',
    investment: { amount: 3000, unit: 'cny-10k' },
  })
  await fileInquiry(payload, portal, { type: 'general', name: '周先生' })
  await fileInquiry(payload, portal, {
    type: 'returnee',
    name: '吴女士',
    province: 'zhejiang',
    city: '宁波',
    intent: 'invest',
    industry: '纺织',
  })
})
afterAll(() => payload.destroy())

describe('project pipeline export', () => {
  it('writes Chinese headers, real numbers and dates, a frozen header and the stage summary', async () => {
    const workbook = await workbookOf(await call('/spreadsheets/projects', users.officer))
    const list = workbook.getWorksheet('项目清单')!
    expect(headers(list).slice(0, 12)).toEqual([
      '项目编号',
      '项目名称',
      '所属行业',
      '项目阶段',
      '所在园区',
      '建设地点',
      '总投资',
      '投资单位',
      '用地面积（亩）',
      '责任人邮箱',
      '下次跟进日期',
      '项目简介',
    ])
    expect(list.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    const gas = rowWith(list, '金煌燃气')!
    expect(gas).toMatchObject({
      项目编号: 'ZS-001',
      所属行业: '能源',
      项目阶段: '已签约',
      总投资: 2.5,
      投资单位: '亿元',
      责任人邮箱: users.officer.email,
      '折合投资额（万元）': 25000,
      发布状态: '已发布',
    })
    expect(gas['下次跟进日期']).toEqual(new Date('2026-12-15T00:00:00.000Z'))
    expect(list.getCell('K2').numFmt).toBe('yyyy-mm-dd')

    const summary = workbook.getWorksheet('项目推进情况表')!
    expect(headers(summary)).toEqual(['项目阶段', '项目数（个）', '总投资（万元）'])
    expect(rowWith(summary, '在谈')).toMatchObject({ '项目数（个）': 2, '总投资（万元）': 11000 })
    expect(rowWith(summary, '已签约')).toMatchObject({ '项目数（个）': 1, '总投资（万元）': 25000 })
    expect(summary.getCell('B8').value).toMatchObject({ formula: 'SUM(B2:B7)', result: 3 })
  })

  it('exports only what the list filter selects', async () => {
    const query = { where: { stage: { equals: 'negotiating' } } }
    const list = (
      await workbookOf(await call('/spreadsheets/projects', users.editor, query))
    ).getWorksheet('项目清单')!
    expect(list.rowCount).toBe(3)
    expect(rowWith(list, '金煌燃气')).toBeUndefined()
    const bySector = (
      await workbookOf(await call('/spreadsheets/projects', users.editor, { sector: 'energy' }))
    ).getWorksheet('项目清单')!
    expect(bySector.rowCount).toBe(2)
  })

  it('refuses the public and the portal’s service account', async () => {
    for (const user of [undefined, portal]) {
      expect((await call('/spreadsheets/projects', user)).status).toBe(401)
      expect((await call('/spreadsheets/inquiries', user)).status).toBe(401)
      expect((await call('/spreadsheets/projects/template', user)).status).toBe(401)
    }
  })
})

describe('inquiry export', () => {
  it('gives each role the inquiries it may read, and an editor error reports only', async () => {
    const chamber = (
      await workbookOf(await call('/spreadsheets/inquiries', users.chamber))
    ).getWorksheet('咨询留言')!
    expect(rowWith(chamber, '吴女士')).toBeDefined()
    expect(rowWith(chamber, '周先生')).toBeUndefined()
    expect(chamber.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    const officer = (
      await workbookOf(await call('/spreadsheets/inquiries', users.officer))
    ).getWorksheet('咨询留言')!
    const row = rowWith(officer, '周先生')!
    expect(row['留言类型']).toBe('综合咨询')
    expect(row['提交时间']).toBeInstanceOf(Date)
    expect(rowWith(officer, '吴女士')).toBeUndefined()
    // Editors handle error reports only: none of these visitors' inquiries.
    const editor = (
      await workbookOf(await call('/spreadsheets/inquiries', users.editor))
    ).getWorksheet('咨询留言')!
    expect(rowWith(editor, '周先生')).toBeUndefined()
    expect(rowWith(editor, '吴女士')).toBeUndefined()
  })

  it('writes what a visitor typed as text, never as a formula Excel would run', async () => {
    const payloadText = '=HYPERLINK("http://evil.example","点此")'
    await fileInquiry(payload, portal, {
      type: 'general',
      name: '公式测试',
      organisation: payloadText,
    })
    const sheet = (
      await workbookOf(await call('/spreadsheets/inquiries', users.admin))
    ).getWorksheet('咨询留言')!
    let found: ExcelJS.Cell | undefined
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === payloadText) found = cell
      }),
    )
    expect(found?.type).toBe(ExcelJS.ValueType.String)
    expect(found?.formula).toBeUndefined()
  })

  it('keeps to the date range and the list filter', async () => {
    const tomorrow = new Date(Date.now() + 2 * 24 * 3600 * 1000).toISOString().slice(0, 10)
    const later = (
      await workbookOf(await call('/spreadsheets/inquiries', users.admin, { from: tomorrow }))
    ).getWorksheet('咨询留言')!
    expect(later.rowCount).toBe(1)
    const returnees = (
      await workbookOf(await call('/spreadsheets/inquiries', users.admin, { type: 'returnee' }))
    ).getWorksheet('咨询留言')!
    expect(returnees.rowCount).toBe(2)
  })
})
