import ExcelJS from 'exceljs'
import { chinaDate, chinaDateTime } from '#cms/collections/Inquiries/workingDays'

/** The MIME type of an .xlsx file. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** A column of an exported sheet: its Chinese header, its width and how it shows values. */
export interface SheetColumn {
  header: string
  width?: number
  /** Excel number format for numbers and dates. */
  format?: string
}

/** How days and moments show in the bureau's sheets. */
export const DAY_FORMAT = 'yyyy-mm-dd'
export const MOMENT_FORMAT = 'yyyy-mm-dd hh:mm'
/** Amounts: thousands separators, up to two decimals. */
export const AMOUNT_FORMAT = '#,##0.##'

/** A new workbook that says who made it (the properties Excel shows). */
export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '商务局内容管理'
  workbook.created = new Date()
  return workbook
}

/**
 * Adds a sheet with a bold header row that stays in view when scrolling
 * (frozen), then the rows. Values go in as they are: numbers stay numbers
 * and Date objects become Excel dates, so the bureau can sum and sort them.
 */
export function addSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: SheetColumn[],
  rows: unknown[][],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: column.width ?? 16,
    style: column.format ? { numFmt: column.format } : {},
  }))
  sheet.getRow(1).font = { bold: true }
  sheet.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } }
  for (const row of rows) sheet.addRow(row.map((value) => value ?? null))
  return sheet
}

/**
 * A stored moment as the Excel date of its day in China (midnight UTC, which
 * Excel shows as that day whatever the reader's zone), or nothing.
 */
export function excelDay(value: string | null | undefined): Date | null {
  if (!value || Number.isNaN(Date.parse(value))) return null
  return new Date(`${chinaDate(value)}T00:00:00Z`)
}

/** A stored moment as an Excel date-time showing China time (Excel dates carry no zone). */
export function excelMoment(value: string | null | undefined): Date | null {
  if (!value || Number.isNaN(Date.parse(value))) return null
  return new Date(`${chinaDateTime(value).replace(' ', 'T')}:00Z`)
}

/** The workbook as a download, named in Chinese (RFC 5987) with an ASCII fallback. */
export async function xlsxResponse(workbook: ExcelJS.Workbook, name: string, ascii: string) {
  const body = await workbook.xlsx.writeBuffer()
  return new Response(body as ArrayBuffer, {
    headers: {
      'Content-Type': XLSX_TYPE,
      'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      'Cache-Control': 'no-store',
    },
  })
}

/** Today in China as YYYYMMDD, for file names. */
export function chinaDayStamp(now = new Date()): string {
  return chinaDate(now).replace(/-/g, '')
}
