import type { PayloadRequest, Where } from 'payload'
import {
  INVESTMENT_UNIT_LABELS,
  PROJECT_STAGES,
  PROJECT_STAGE_LABELS,
  SECTOR_LABELS,
} from '@portal/shared/constants'
import { PROJECT_SHEET_COLUMNS, type ProjectSheetKey } from '@portal/shared/project-sheet'
import type { Park, Project, User } from '@portal/shared/payload-types'
import { staffOnlyField } from '#cms/access/staff'
import {
  AMOUNT_FORMAT,
  DAY_FORMAT,
  addSheet,
  excelDay,
  newWorkbook,
  type SheetColumn,
} from './workbook'

/** The import's columns that only staff may read (field access `staffOnlyField` on the CMS side). */
const INTERNAL: readonly ProjectSheetKey[] = ['code', 'officer', 'nextFollowUp']

/** Number formats of the shared columns that hold numbers or days. */
const FORMATS: Partial<Record<ProjectSheetKey, string>> = {
  amount: AMOUNT_FORMAT,
  landArea: AMOUNT_FORMAT,
  nextFollowUp: DAY_FORMAT,
}

/** Columns after the import's own: computed or kept by the CMS, ignored when the file comes back. */
const EXTRA_COLUMNS: SheetColumn[] = [
  { header: '折合投资额（万元）', width: 16, format: AMOUNT_FORMAT },
  { header: '发布状态', width: 10 },
  { header: '最后更新', width: 12, format: DAY_FORMAT },
]

const PAGE = 500

/** Every project `where` selects, as the user may read them (drafts' latest version included). */
async function readProjects(req: PayloadRequest, where: Where): Promise<Project[]> {
  const projects: Project[] = []
  for (let page = 1; ; page++) {
    const found = await req.payload.find({
      collection: 'projects',
      where,
      draft: true,
      depth: 1,
      locale: 'zh',
      limit: PAGE,
      page,
      sort: 'title',
      populate: { parks: { title: true }, users: { email: true } },
      overrideAccess: false,
      user: req.user,
    })
    projects.push(...found.docs)
    if (!found.hasNextPage) return projects
  }
}

/** The value of one import column for a project. */
function cell(project: Project, key: ProjectSheetKey): unknown {
  const park = project.park as Park | number | null | undefined
  const officer = project.tracking?.responsibleOfficer as User | number | null | undefined
  switch (key) {
    case 'code':
      return project.code
    case 'title':
      return project.title
    case 'sector':
      return SECTOR_LABELS[project.sector].zh
    case 'stage':
      return PROJECT_STAGE_LABELS[project.stage].zh
    case 'park':
      return typeof park === 'object' ? park?.title : null
    case 'location':
      return project.location
    case 'amount':
      return project.investment.amount
    case 'unit':
      return INVESTMENT_UNIT_LABELS[project.investment.unit].zh
    case 'landArea':
      return project.landArea?.unit === 'mu' ? project.landArea.amount : null
    case 'officer':
      return typeof officer === 'object' ? officer?.email : null
    case 'nextFollowUp':
      return excelDay(project.tracking?.nextFollowUp)
    case 'summary':
      return project.summary
  }
}

/**
 * The project pipeline as a workbook: sheet 项目清单 with one row per project
 * (the import's columns first, so the file can be edited and imported again),
 * and sheet 项目推进情况表 counting projects and investment by stage. Rows are
 * read with the user's access; the internal columns appear only when the
 * user may read those fields.
 */
export async function projectWorkbook(req: PayloadRequest, where: Where) {
  const projects = await readProjects(req, where)
  const internal = await staffOnlyField({ req })
  const keys = PROJECT_SHEET_COLUMNS.filter((column) => internal || !INTERNAL.includes(column.key))
  const columns: SheetColumn[] = [
    ...keys.map(({ key, header, width }) => ({ header, width, format: FORMATS[key] })),
    ...EXTRA_COLUMNS,
  ]
  const rows = projects.map((project) => [
    ...keys.map(({ key }) => cell(project, key)),
    project.investmentSize,
    project._status === 'published' ? '已发布' : '草稿',
    excelDay(project.updatedAt),
  ])
  const workbook = newWorkbook()
  addSheet(workbook, '项目清单', columns, rows)

  const byStage = PROJECT_STAGES.map((stage) => {
    const inStage = projects.filter((project) => project.stage === stage)
    const total = inStage.reduce((sum, project) => sum + (project.investmentSize ?? 0), 0)
    return [PROJECT_STAGE_LABELS[stage].zh, inStage.length, total]
  })
  const summary = addSheet(
    workbook,
    '项目推进情况表',
    [
      { header: '项目阶段', width: 14 },
      { header: '项目数（个）', width: 14, format: '0' },
      { header: '总投资（万元）', width: 18, format: AMOUNT_FORMAT },
    ],
    byStage,
  )
  const last = byStage.length + 1
  const totalRow = summary.addRow([
    '合计',
    { formula: `SUM(B2:B${last})`, result: projects.length },
    {
      formula: `SUM(C2:C${last})`,
      result: byStage.reduce((sum, row) => sum + Number(row[2]), 0),
    },
  ])
  totalRow.font = { bold: true }
  return workbook
}
