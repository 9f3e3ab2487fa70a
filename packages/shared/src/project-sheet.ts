import { z } from 'zod'
import {
  INVESTMENT_UNITS,
  INVESTMENT_UNIT_LABELS,
  PROJECT_STAGES,
  PROJECT_STAGE_LABELS,
  SECTORS,
  SECTOR_LABELS,
} from './constants'
import type { Bilingual } from './locales'

/**
 * The bureau's project list as a spreadsheet (项目清单): the columns staff
 * import, which are also the first columns of the export, so an exported
 * file can be edited and imported again. Cells hold the Chinese labels staff
 * read (工业制造, 在谈, 万元); the contract turns them into the CMS's values.
 */

/** The import's columns, in the template's order, with their Chinese headers. */
export const PROJECT_SHEET_COLUMNS = [
  { key: 'code', header: '项目编号', width: 14 },
  { key: 'title', header: '项目名称', width: 32 },
  { key: 'sector', header: '所属行业', width: 16 },
  { key: 'stage', header: '项目阶段', width: 12 },
  { key: 'park', header: '所在园区', width: 20 },
  { key: 'location', header: '建设地点', width: 24 },
  { key: 'amount', header: '总投资', width: 12 },
  { key: 'unit', header: '投资单位', width: 10 },
  { key: 'landArea', header: '用地面积（亩）', width: 14 },
  { key: 'officer', header: '责任人邮箱', width: 26 },
  { key: 'nextFollowUp', header: '下次跟进日期', width: 14 },
  { key: 'summary', header: '项目简介', width: 48 },
] as const
export type ProjectSheetKey = (typeof PROJECT_SHEET_COLUMNS)[number]['key']

/** Most rows one import accepts: the county's whole list, with room to grow. */
export const PROJECT_IMPORT_MAX_ROWS = 5000
/** Largest file one import accepts (a 5,000-row list is well under 1 MB). */
export const PROJECT_IMPORT_MAX_BYTES = 5 * 1024 * 1024

const message = (zh: string, en: string) => ({ error: `${zh} / ${en}` })

/** One row of the project list, after labels became values. */
export const ProjectImportRow = z.object({
  code: z
    .string()
    .trim()
    .max(40, message('项目编号不能超过 40 个字符', 'Code longer than 40 characters'))
    .regex(
      /^[A-Za-z0-9_-]+$/,
      message('项目编号只能含字母、数字、- 和 _', 'Code: letters, digits, - and _ only'),
    )
    .optional(),
  title: z
    .string(message('项目名称必填', 'Title is required'))
    .trim()
    .min(1, message('项目名称必填', 'Title is required'))
    .max(120, message('项目名称不能超过 120 个字', 'Title longer than 120 characters')),
  sector: z.enum(SECTORS, message('所属行业不在可选范围内', 'Unknown sector')),
  stage: z
    .enum(PROJECT_STAGES, message('项目阶段不在可选范围内', 'Unknown stage'))
    .default('reserve'),
  park: z.string().trim().max(120).optional(),
  location: z
    .string()
    .trim()
    .max(200, message('建设地点不能超过 200 个字', 'Location longer than 200 characters'))
    .optional(),
  amount: z
    .number(message('总投资必须填写数字', 'Investment must be a number'))
    .positive(message('总投资必须大于 0', 'Investment must be above 0')),
  unit: z
    .enum(INVESTMENT_UNITS, message('投资单位只能是万元、亿元或万美元', 'Unknown unit'))
    .default('cny-10k'),
  landArea: z
    .number(message('用地面积必须填写数字', 'Land area must be a number'))
    .nonnegative(message('用地面积不能为负数', 'Land area cannot be negative'))
    .optional(),
  officer: z
    .email(message('责任人须填写工作人员的电子邮箱', 'Officer: a staff e-mail address'))
    .optional(),
  nextFollowUp: z.iso
    .date(message('日期无法识别，请填写如 2026-12-01 的日期', 'Not a date (2026-12-01)'))
    .optional(),
  summary: z
    .string()
    .trim()
    .max(1000, message('项目简介不能超过 1000 个字', 'Summary longer than 1000 characters'))
    .optional(),
})
export type ProjectImportRow = z.infer<typeof ProjectImportRow>

/** The value whose code, Chinese or English label is `text`; otherwise `text` itself (the schema refuses it). */
function choiceValue(text: string, labels: Record<string, Bilingual>): string {
  const wanted = text.trim().toLowerCase()
  for (const [value, label] of Object.entries(labels)) {
    if ([value, label.zh, label.en].some((name) => name.toLowerCase() === wanted)) return value
  }
  return text
}

/** A calendar day as `YYYY-MM-DD`: spreadsheet dates arrive as midnight UTC. */
function dayOf(value: Date): string {
  return Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString().slice(0, 10)
}

/** A number cell, or numeric text; other text stays text so the schema names the problem. */
function numberOf(value: unknown): unknown {
  if (typeof value === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(value)) return Number(value)
  return value
}

/** What a cell holds as plain data: empty cells and blank text become undefined. */
export type CellValue = string | number | boolean | Date | undefined

/**
 * Turns one row's cells (by column key) into the input of `ProjectImportRow`:
 * labels become values, dates become days, numeric text becomes numbers.
 */
export function projectRowInput(cells: Partial<Record<ProjectSheetKey, CellValue>>) {
  const text = (key: ProjectSheetKey) => {
    const value = cells[key]
    if (value === undefined) return undefined
    const out = value instanceof Date ? dayOf(value) : String(value).trim()
    return out === '' ? undefined : out
  }
  const choice = (key: ProjectSheetKey, labels: Record<string, Bilingual>) => {
    const value = text(key)
    return value === undefined ? undefined : choiceValue(value, labels)
  }
  const raw = (key: ProjectSheetKey) => (typeof cells[key] === 'string' ? text(key) : cells[key])
  return {
    code: text('code'),
    title: text('title'),
    sector: choice('sector', SECTOR_LABELS),
    stage: choice('stage', PROJECT_STAGE_LABELS),
    park: text('park'),
    location: text('location'),
    amount: numberOf(raw('amount')),
    unit: choice('unit', INVESTMENT_UNIT_LABELS),
    landArea: numberOf(raw('landArea')),
    officer: text('officer')?.toLowerCase(),
    nextFollowUp:
      cells.nextFollowUp instanceof Date ? dayOf(cells.nextFollowUp) : text('nextFollowUp'),
    summary: text('summary'),
  }
}
