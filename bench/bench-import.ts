// Times the project-list import (Excel in) on a database of its own: a
// workbook of --rows rows (default 2,000) built with exceljs, then the
// preview (read + validate every row) and the commit (every row written as a
// new draft project, in one transaction). Prints the figures as JSON.
// Run through bench/import.mjs, which sets up the database and the secrets.
import { performance } from 'node:perf_hooks'
import ExcelJS from 'exceljs'
import { createLocalReq, getPayload, type Migration } from 'payload'
import config from '@portal/cms/config'
import { migrations } from '@portal/cms/migrations'
import { commitProjectImport, planProjectImport } from '@portal/cms/spreadsheets/import'
import { SECTORS, SECTOR_LABELS } from '@portal/shared/constants'
import { PROJECT_SHEET_COLUMNS } from '@portal/shared/project-sheet'

const at = process.argv.indexOf('--rows')
const rows = at === -1 ? 2000 : Number(process.argv[at + 1])

const payload = await getPayload({ config })
await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
const officer = await payload.create({
  collection: 'users',
  data: {
    email: 'import-bench@example.com',
    password: 'import-bench-password',
    name: 'Import bench',
    roles: ['investment-officer'],
  },
})

const workbook = new ExcelJS.Workbook()
const sheet = workbook.addWorksheet('项目清单')
sheet.addRow(PROJECT_SHEET_COLUMNS.map((column) => column.header))
for (let n = 1; n <= rows; n++) {
  const sector = SECTORS[n % SECTORS.length] ?? 'manufacturing'
  sheet.addRow([
    `BENCH-${n}`,
    `导入测试项目${n}`,
    SECTOR_LABELS[sector].zh,
    '在谈',
    null,
    `县城第${n % 20}片区`,
    100 + (n % 900),
    '万元',
    n % 50,
    officer.email,
    new Date(Date.UTC(2027, n % 12, 1 + (n % 28))),
    `第 ${n} 个导入测试项目的简介。`,
  ])
}
const file = new Uint8Array(await workbook.xlsx.writeBuffer())
const req = await createLocalReq({ user: { ...officer, collection: 'users' } }, payload)

const t0 = performance.now()
const plan = await planProjectImport(req, file)
const t1 = performance.now()
const done = await commitProjectImport(req, file)
const t2 = performance.now()
const stored = await payload.count({ collection: 'projects' })
console.log(
  JSON.stringify({
    rows,
    fileKiB: Math.round(file.byteLength / 1024),
    previewSeconds: Number(((t1 - t0) / 1000).toFixed(1)),
    commitSeconds: Number(((t2 - t1) / 1000).toFixed(1)),
    planned: plan.counts,
    written: done.counts.new + done.counts.update,
    projectsInDatabase: stored.totalDocs,
  }),
)
await payload.destroy()
process.exit(0)
