import { createLocalReq, type PayloadRequest } from 'payload'
import {
  ProjectImportRow,
  projectRowInput,
  type ProjectSheetKey,
} from '@portal/shared/project-sheet'
import { hasRole } from '#cms/access/hasRole'
import { readProjectSheet, type SheetRow } from './readSheet'
import { inTransaction } from './transaction'

/** A problem with one cell (or, without a column, the whole row). */
export interface RowError {
  cell: string
  message: string
}

/** What one row of the file would do. */
export type PlannedRow =
  | { row: number; status: 'new'; title: string; data: ProjectImportRow }
  | { row: number; status: 'update'; title: string; id: number; data: ProjectImportRow }
  | { row: number; status: 'error'; title: string | null; errors: RowError[] }

/** The whole preview: each row's fate, and the counts. */
export interface ImportPlan {
  rows: PlannedRow[]
  counts: Record<PlannedRow['status'], number>
}

/** Who may import: the staff who write projects. */
const mayImport = hasRole('admin', 'editor', 'investment-officer')

/** The lookups a plan needs, read once for the whole file: existing projects, parks, officers. */
async function lookups(req: PayloadRequest) {
  const [projects, parks, users] = await Promise.all([
    req.payload.find({
      collection: 'projects',
      draft: true,
      pagination: false,
      depth: 0,
      locale: 'zh',
      select: { code: true, title: true },
      overrideAccess: false,
      user: req.user,
    }),
    req.payload.find({
      collection: 'parks',
      pagination: false,
      depth: 0,
      locale: 'zh',
      select: { title: true },
    }),
    req.payload.find({ collection: 'users', pagination: false, depth: 0, select: { email: true } }),
  ])
  return {
    byCode: new Map(projects.docs.filter((p) => p.code).map((p) => [p.code as string, p.id])),
    byTitle: new Map(projects.docs.map((p) => [p.title, p.id])),
    parks: new Map(parks.docs.map((park) => [park.title, park.id])),
    officers: new Map(users.docs.map((user) => [user.email.toLowerCase(), user.id])),
  }
}
type Lookups = Awaited<ReturnType<typeof lookups>>

/** The cell address of a column in a row, or the row itself when the file lacks that column. */
const at = (row: SheetRow, key: ProjectSheetKey | undefined) =>
  (key && row.address[key]) ?? `第 ${row.row} 行`

/** Validates one row against the shared contract, then against what exists in the CMS. */
function planRow(row: SheetRow, known: Lookups, seen: Map<string, number>): PlannedRow {
  const parsed = ProjectImportRow.safeParse(projectRowInput(row.cells))
  const title = typeof row.cells.title === 'string' ? row.cells.title.trim() : null
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({
      cell: at(row, issue.path[0] as ProjectSheetKey | undefined),
      message: issue.message,
    }))
    return { row: row.row, status: 'error', title, errors }
  }
  const data = parsed.data
  const errors: RowError[] = []
  if (data.park && !known.parks.has(data.park)) {
    errors.push({ cell: at(row, 'park'), message: `园区“${data.park}”不存在 / Unknown park` })
  }
  if (data.officer && !known.officers.has(data.officer)) {
    errors.push({
      cell: at(row, 'officer'),
      message: `没有邮箱为 ${data.officer} 的工作人员 / No staff account with this e-mail`,
    })
  }
  for (const [key, value] of [
    ['code', data.code],
    ['title', data.title],
  ] as const) {
    if (!value) continue
    const first = seen.get(`${key}:${value}`)
    if (first !== undefined) {
      errors.push({ cell: at(row, key), message: `与第 ${first} 行重复 / Same as row ${first}` })
    } else seen.set(`${key}:${value}`, row.row)
  }
  const id = (data.code && known.byCode.get(data.code)) || known.byTitle.get(data.title)
  const sameProject = id === undefined ? undefined : seen.get(`id:${id}`)
  if (sameProject !== undefined) {
    errors.push({
      cell: at(row, data.code ? 'code' : 'title'),
      message: `与第 ${sameProject} 行是同一个项目 / Same project as row ${sameProject}`,
    })
  } else if (id !== undefined) seen.set(`id:${id}`, row.row)
  if (errors.length > 0) return { row: row.row, status: 'error', title: data.title, errors }
  return id === undefined
    ? { row: row.row, status: 'new', title: data.title, data }
    : { row: row.row, status: 'update', title: data.title, id, data }
}

/**
 * What importing the file would do, row by row, without writing anything.
 * Refuses (SheetRefused) a file that is not a spreadsheet, too large or
 * without the template's headers.
 */
export async function planProjectImport(
  req: PayloadRequest,
  file: Uint8Array,
): Promise<ImportPlan> {
  return (await plan(req, file)).plan
}

/** The plan and the lookups it was made with. */
async function plan(req: PayloadRequest, file: Uint8Array) {
  const sheet = await readProjectSheet(file)
  const known = await lookups(req)
  const seen = new Map<string, number>()
  const rows = sheet.map((row) => planRow(row, known, seen))
  const counts = { new: 0, update: 0, error: 0 }
  for (const row of rows) counts[row.status] += 1
  return { plan: { rows, counts }, known }
}

/** Noon in China of a day, as Payload stores a picked calendar day. */
const chinaNoon = (day: string) => new Date(`${day}T12:00:00+08:00`).toISOString()

/** A row's fields as project data; empty cells leave an existing project's value alone. */
function projectData(data: ProjectImportRow, known: Lookups) {
  return {
    title: data.title,
    sector: data.sector,
    stage: data.stage,
    investment: { amount: data.amount, unit: data.unit },
    ...(data.code ? { code: data.code } : {}),
    ...(data.park ? { park: known.parks.get(data.park) } : {}),
    ...(data.location ? { location: data.location } : {}),
    ...(data.summary ? { summary: data.summary } : {}),
    ...(data.landArea !== undefined
      ? { landArea: { amount: data.landArea, unit: 'mu' as const } }
      : {}),
    // The next follow-up date is not written here: it follows the project's
    // follow-up log, so a date in the file becomes a log entry (see logNextFollowUp).
    ...(data.officer ? { tracking: { responsibleOfficer: known.officers.get(data.officer) } } : {}),
  }
}

/**
 * A row's next follow-up date, written as an entry of the project's follow-up
 * log (the project's date follows its latest entry). A date equal to the one
 * the project already has adds nothing, so importing the same file twice does
 * not fill the log.
 */
async function logNextFollowUp(
  tx: PayloadRequest,
  project: { id: number; tracking?: { nextFollowUp?: string | null } | null },
  day: string | undefined,
) {
  if (!day || project.tracking?.nextFollowUp?.slice(0, 10) === day) return
  await tx.payload.create({
    collection: 'follow-ups',
    data: {
      project: project.id,
      date: new Date().toISOString(),
      kind: 'note',
      text: `由项目表格导入：下次跟进日期 ${day}`,
      nextDate: chinaNoon(day),
    },
    req: tx,
    overrideAccess: false,
  })
}

/**
 * Plans the file again and writes every valid row in one database
 * transaction: new projects as drafts (staff publish them after a look),
 * updates keeping each project's published or draft state. One failed write
 * undoes them all. Rows with errors are not written (the preview showed them).
 */
export async function commitProjectImport(req: PayloadRequest, file: Uint8Array) {
  if (!(await mayImport({ req }))) {
    throw Object.assign(new Error('无权导入项目 / Not allowed to import projects'), { status: 403 })
  }
  const { plan: planned, known } = await plan(req, file)
  // A request of its own, so the transaction covers exactly these writes.
  const tx = await createLocalReq(
    { user: req.user ?? undefined, context: { importing: true } },
    req.payload,
  )
  await inTransaction(tx, async () => {
    for (const row of planned.rows) {
      if (row.status === 'error') continue
      const data = projectData(row.data, known)
      if (row.status === 'new') {
        const created = await req.payload.create({
          collection: 'projects',
          data: { ...data, _status: 'draft' },
          draft: true,
          locale: 'zh',
          req: tx,
          overrideAccess: false,
        })
        await logNextFollowUp(tx, created, row.data.nextFollowUp)
      } else {
        const updated = await req.payload.update({
          collection: 'projects',
          id: row.id,
          data,
          locale: 'zh',
          req: tx,
          overrideAccess: false,
        })
        await logNextFollowUp(tx, updated, row.data.nextFollowUp)
      }
    }
  })
  return planned
}
