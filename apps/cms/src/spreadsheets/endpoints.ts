import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'
import { isStaffUser } from '#cms/access/roles'
import { inquiryWorkbook } from './exportInquiries'
import { projectWorkbook } from './exportProjects'
import { commitProjectImport, planProjectImport } from './importProjects'
import { chinaDayParam, exportWhere } from './query'
import { SheetRefused } from './readSheet'
import { projectTemplate } from './template'
import { chinaDayStamp, xlsxResponse } from './workbook'

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/**
 * Staff only; then the reads and writes run with the caller's own access, so
 * a refusal by Payload (403) or a refused file (400) becomes a message staff read.
 */
function staffEndpoint(
  path: string,
  method: 'get' | 'post',
  handler: (req: PayloadRequest) => Promise<Response>,
): Endpoint {
  const guarded: Endpoint['handler'] = async (req) => {
    if (!isStaffUser(req.user)) return json({ error: '请先登录 / Sign in first' }, 401)
    try {
      return await handler(req)
    } catch (error) {
      const status = (error as { status?: number }).status
      if (error instanceof SheetRefused || status === 403) {
        const message = status === 403 ? '无权执行此操作 / Not allowed' : (error as Error).message
        return json({ error: message }, status ?? 400)
      }
      throw error
    }
  }
  return { path, method, handler: guarded }
}

/** The uploaded file's bytes (multipart field `file`), or undefined. */
async function uploaded(req: PayloadRequest): Promise<Uint8Array | undefined> {
  await addDataAndFileToRequest(req)
  return req.file?.data ? new Uint8Array(req.file.data) : undefined
}

const NO_FILE = { error: '请选择要导入的 .xlsx 文件 / Choose an .xlsx file to import' }

/** Excel in and out: the pipeline and the inquiries as .xlsx, the import template, the import. */
export const spreadsheetEndpoints: Endpoint[] = [
  staffEndpoint('/spreadsheets/projects', 'get', async (req) => {
    const where = exportWhere(req, {
      stage: 'stage',
      sector: 'sector',
      park: 'park',
      officer: 'tracking.responsibleOfficer',
    })
    const stamp = chinaDayStamp()
    return xlsxResponse(
      await projectWorkbook(req, where),
      `项目清单-${stamp}.xlsx`,
      `projects-${stamp}.xlsx`,
    )
  }),
  staffEndpoint('/spreadsheets/projects/template', 'get', async () =>
    xlsxResponse(projectTemplate(), '项目清单导入模板.xlsx', 'project-import-template.xlsx'),
  ),
  staffEndpoint('/spreadsheets/projects/import', 'post', async (req) => {
    const file = await uploaded(req)
    if (!file) return json(NO_FILE, 400)
    const commit = req.searchParams.get('commit') === '1'
    const plan = commit ? await commitProjectImport(req, file) : await planProjectImport(req, file)
    return json({ committed: commit, ...plan })
  }),
  staffEndpoint('/spreadsheets/inquiries', 'get', async (req) => {
    const where = exportWhere(req, { type: 'type', status: 'status' })
    const range = { from: chinaDayParam(req.query.from), to: chinaDayParam(req.query.to, true) }
    const stamp = chinaDayStamp()
    return xlsxResponse(
      await inquiryWorkbook(req, where, range),
      `咨询留言-${stamp}.xlsx`,
      `inquiries-${stamp}.xlsx`,
    )
  }),
]
