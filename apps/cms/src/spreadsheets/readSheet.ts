import ExcelJS from 'exceljs'
import {
  PROJECT_IMPORT_MAX_BYTES,
  PROJECT_IMPORT_MAX_ROWS,
  PROJECT_SHEET_COLUMNS,
  type CellValue,
  type ProjectSheetKey,
} from '@portal/shared/project-sheet'
import { declaredUnzippedBytes } from './zipSize'

/** A file refused as a whole, with the reason staff read (Chinese first). */
export class SheetRefused extends Error {
  readonly status = 400
}

/** One data row of the sheet: its number in Excel, and its cells by column key and address. */
export interface SheetRow {
  row: number
  cells: Partial<Record<ProjectSheetKey, CellValue>>
  address: Partial<Record<ProjectSheetKey, string>>
}

const MB = PROJECT_IMPORT_MAX_BYTES / 1024 / 1024

/** Most an import's .xlsx may unpack to: a 5,000-row list is a few MB of XML. */
const UNZIPPED_MAX_BYTES = 64 * 1024 * 1024

/** What a cell holds as plain data: the text of rich text and links, the result of a formula. */
function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return undefined
  if (value instanceof Date || typeof value !== 'object') {
    return typeof value === 'string' && value.trim() === '' ? undefined : value
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('text' in value && typeof value.text === 'string') return value.text
  if ('result' in value) return plain(value.result as ExcelJS.CellValue)
  return undefined
}

/**
 * Reads the first sheet of an .xlsx file into rows keyed by the import's
 * columns (found by their Chinese headers in row 1, in any order; other
 * columns, such as an export's extra ones, are ignored). Refuses, before
 * parsing anything, a file over the size cap or one that is not an .xlsx
 * (a zip archive) at all, then one without the title column or with too many rows.
 */
export async function readProjectSheet(data: Uint8Array): Promise<SheetRow[]> {
  if (data.byteLength > PROJECT_IMPORT_MAX_BYTES) {
    throw new SheetRefused(`文件超过 ${MB} MB 的上限 / File larger than ${MB} MB`)
  }
  const zip = data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04
  if (!zip) {
    throw new SheetRefused('文件不是 Excel 表格（.xlsx） / The file is not an .xlsx spreadsheet')
  }
  if (declaredUnzippedBytes(data) > UNZIPPED_MAX_BYTES) {
    throw new SheetRefused(
      '文件解压后过大或已损坏，请另存为 .xlsx 后重试 / The file unpacks too large or is damaged',
    )
  }
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer)
  } catch {
    throw new SheetRefused(
      '无法读取该 Excel 文件，请另存为 .xlsx 后重试 / The file could not be read as .xlsx',
    )
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new SheetRefused('表格中没有工作表 / The workbook has no sheet')

  const columns = new Map<number, ProjectSheetKey>()
  sheet.getRow(1).eachCell((cell, col) => {
    const header = String(plain(cell.value) ?? '').trim()
    const column = PROJECT_SHEET_COLUMNS.find((c) => c.header === header)
    if (column) columns.set(col, column.key)
  })
  if (![...columns.values()].includes('title')) {
    throw new SheetRefused(
      '第 1 行没有“项目名称”表头，请使用导入模板 / Row 1 has no 项目名称 header: use the template',
    )
  }
  if (sheet.actualRowCount - 1 > PROJECT_IMPORT_MAX_ROWS) {
    throw new SheetRefused(
      `一次最多导入 ${PROJECT_IMPORT_MAX_ROWS} 行 / At most ${PROJECT_IMPORT_MAX_ROWS} rows per import`,
    )
  }

  const rows: SheetRow[] = []
  sheet.eachRow((excelRow, row) => {
    if (row === 1) return
    const entry: SheetRow = { row, cells: {}, address: {} }
    for (const [col, key] of columns) {
      const cell = excelRow.getCell(col)
      entry.cells[key] = plain(cell.value)
      entry.address[key] = cell.address
    }
    if (Object.values(entry.cells).some((value) => value !== undefined)) rows.push(entry)
  })
  return rows
}
