import {
  INVESTMENT_UNITS,
  INVESTMENT_UNIT_LABELS,
  PROJECT_STAGES,
  PROJECT_STAGE_LABELS,
  SECTORS,
  SECTOR_LABELS,
} from '@portal/shared/constants'
import { PROJECT_SHEET_COLUMNS, type ProjectSheetKey } from '@portal/shared/project-sheet'
import { AMOUNT_FORMAT, DAY_FORMAT, addSheet, newWorkbook } from './workbook'

/** One filled-in example row, so staff see what each column expects. */
const EXAMPLE: Record<ProjectSheetKey, unknown> = {
  code: 'ZS-2026-001',
  title: '金山商业广场',
  sector: SECTOR_LABELS.commerce.zh,
  stage: PROJECT_STAGE_LABELS.negotiating.zh,
  park: '',
  location: '县城新区',
  amount: 12000,
  unit: INVESTMENT_UNIT_LABELS['cny-10k'].zh,
  landArea: 85,
  officer: 'officer@example.com',
  nextFollowUp: new Date(Date.UTC(2026, 11, 15)),
  summary: '集购物、餐饮、休闲于一体的商业综合体。',
}

const FORMATS: Partial<Record<ProjectSheetKey, string>> = {
  amount: AMOUNT_FORMAT,
  landArea: AMOUNT_FORMAT,
  nextFollowUp: DAY_FORMAT,
}

/**
 * The import template: the columns with one example row, drop-down lists for
 * sector, stage and unit (so the Chinese labels are spelt as the import reads
 * them), and a second sheet explaining each column.
 */
export function projectTemplate() {
  const workbook = newWorkbook()
  const sheet = addSheet(
    workbook,
    '项目清单',
    PROJECT_SHEET_COLUMNS.map(({ key, header, width }) => ({
      header,
      width,
      format: FORMATS[key],
    })),
    [PROJECT_SHEET_COLUMNS.map(({ key }) => EXAMPLE[key])],
  )
  const lists: Partial<Record<ProjectSheetKey, string[]>> = {
    sector: SECTORS.map((value) => SECTOR_LABELS[value].zh),
    stage: PROJECT_STAGES.map((value) => PROJECT_STAGE_LABELS[value].zh),
    unit: INVESTMENT_UNITS.map((value) => INVESTMENT_UNIT_LABELS[value].zh),
  }
  PROJECT_SHEET_COLUMNS.forEach(({ key }, index) => {
    const list = lists[key]
    if (!list) return
    const column = sheet.getColumn(index + 1).letter
    for (let row = 2; row <= 1001; row++) {
      sheet.getCell(`${column}${row}`).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${list.join(',')}"`],
      }
    }
  })
  addSheet(
    workbook,
    '填写说明',
    [
      { header: '列', width: 16 },
      { header: '说明', width: 80 },
    ],
    [
      ['项目编号', '选填。本局内部编号；导入时先按编号、再按项目名称匹配已有项目。'],
      ['项目名称', '必填，最多 120 字。'],
      ['所属行业', `必填，从下拉列表选择：${lists.sector?.join('、')}`],
      ['项目阶段', `选填（默认储备包装）：${lists.stage?.join('、')}`],
      ['所在园区', '选填，须与系统中的园区名称完全一致。'],
      ['总投资', '必填，大于 0 的数字。'],
      ['投资单位', `选填（默认万元）：${lists.unit?.join('、')}`],
      ['用地面积（亩）', '选填，数字。'],
      ['责任人邮箱', '选填，工作人员登录系统所用的邮箱。'],
      ['下次跟进日期', '选填，日期格式，如 2026-12-15。'],
      ['其他', '已有项目的空白单元格不会清除原有内容；新项目导入后为草稿，核对后再发布。'],
    ],
  )
  return workbook
}
