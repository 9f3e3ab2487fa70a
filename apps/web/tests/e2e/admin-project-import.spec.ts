import { mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { expect, test, type Page } from '@playwright/test'

// An investment officer's round trip with Excel in the Chinese admin: export
// the projects under negotiation, change one in the file and add one, import
// the file back (the preview names the bad row's cell), confirm, and find the
// change stored. On the way: the investor records an inquiry suggests.
const cmsUrl = process.env.E2E_CMS_URL ?? 'http://localhost:3100'
const shotsDir = path.resolve(import.meta.dirname, '../../../../docs/images')

/** Saves a screenshot for the staff content guide when UPDATE_SCREENSHOTS=1. */
async function shot(page: Page, name: string) {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return
  mkdirSync(shotsDir, { recursive: true })
  await page.screenshot({ path: path.join(shotsDir, `${name}.png`), fullPage: true })
}

/** The header row of a sheet, as text. */
const headersOf = (sheet: ExcelJS.Worksheet) =>
  (sheet.getRow(1).values as unknown[]).slice(1).map(String)

test('an officer exports projects to Excel, edits the file and imports it back', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const stamp = Date.now().toString(36)
  const newTitle = `导入新项目${stamp}`

  await page.goto(`${cmsUrl}/admin/login`)
  await page.locator('#field-email').fill('officer@example.com')
  await page.locator('#field-password').fill('demo-portal-2026')
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page.getByTestId('staff-dashboard')).toBeVisible()

  // The list filtered to 在谈; the export takes the same filter.
  await page.goto(`${cmsUrl}/admin/collections/projects?where[stage][equals]=negotiating`)
  const tools = page.getByTestId('project-sheet-tools')
  await expect(tools.getByRole('link', { name: '导出 Excel' })).toBeVisible()
  await shot(page, 'admin-project-sheet-tools')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    tools.getByRole('link', { name: '导出 Excel' }).click(),
  ])
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(readFileSync((await download.path())!) as unknown as ExcelJS.Buffer)
  const list = workbook.getWorksheet('项目清单')!
  expect(headersOf(list).slice(0, 4)).toEqual(['项目编号', '项目名称', '所属行业', '项目阶段'])
  expect(workbook.getWorksheet('项目推进情况表')).toBeDefined()
  const stages = new Set<unknown>()
  list.eachRow((row, n) => n > 1 && stages.add(row.getCell(4).value))
  expect([...stages]).toEqual(['在谈'])

  // Edit: a new investment figure for the first project, a new project, a row with a typo.
  const first = list.getRow(2)
  const firstTitle = String(first.getCell(2).value)
  first.getCell(7).value = 4321
  list.addRow([null, newTitle, '现代物流', '储备包装', null, '县城东区', 2600, '万元'])
  list.addRow([null, `错误行${stamp}`, '不存在的行业', '在谈', null, null, 100, '万元'])
  const errorRow = list.rowCount
  const edited = Buffer.from(await workbook.xlsx.writeBuffer())

  await tools.locator('input[type="file"]').setInputFiles({
    name: '项目清单.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: edited,
  })
  const preview = page.getByRole('region', { name: '导入预览' })
  await expect(preview).toBeVisible({ timeout: 20_000 })
  await expect(preview.locator('tr', { hasText: newTitle })).toContainText('新增')
  await expect(preview.locator('tr', { hasText: firstTitle }).first()).toContainText('更新')
  await expect(preview.locator('tr[data-status="error"]')).toContainText(
    `C${errorRow}：所属行业不在可选范围内`,
  )
  await shot(page, 'admin-project-import-preview')

  await preview.getByRole('button', { name: '确认导入' }).click()
  await expect(tools.getByRole('status')).toContainText('已导入', { timeout: 30_000 })

  // Stored: read back through the REST API with the admin's own session, drafts included.
  const read = (title: string) =>
    page.evaluate(
      async (url) => {
        const answer = await fetch(url, { credentials: 'include' })
        return (await answer.json()).docs as { investment: { amount: number }; _status: string }[]
      },
      `${cmsUrl}/api/projects?draft=true&depth=0&where[title][equals]=${encodeURIComponent(title)}`,
    )
  expect((await read(firstTitle))[0]?.investment.amount).toBe(4321)
  expect(await read(newTitle)).toMatchObject([{ _status: 'draft', investment: { amount: 2600 } }])
  expect(await read(`错误行${stamp}`)).toEqual([])
})

test('an inquiry from a known phone number suggests the investor record', async ({ page }) => {
  await page.goto(`${cmsUrl}/admin/login`)
  await page.locator('#field-email').fill('officer@example.com')
  await page.locator('#field-password').fill('demo-portal-2026')
  await page.getByRole('button', { name: '登录' }).click()
  await expect(page.getByTestId('staff-dashboard')).toBeVisible()

  await page.goto(`${cmsUrl}/admin/collections/companies`)
  await expect(page.getByText('青兰石材（香港）有限公司')).toBeVisible()
  await shot(page, 'admin-investor-companies')

  // 林女士 asked about the marble project from a number the database knows.
  await page.goto(`${cmsUrl}/admin/collections/inquiries?search=林女士`)
  await page.getByRole('link', { name: /ZS-/ }).first().click()
  const match = page.getByTestId('investor-match')
  await expect(match).toContainText('林秀梅（青兰石材（香港）有限公司） · 电话')
  await shot(page, 'admin-inquiry-investor-match')
  await match.getByRole('button', { name: '关联此客商' }).click()
  await expect(match).toBeHidden()
})
