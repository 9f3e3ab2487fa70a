import type { Field } from 'payload'
import { staffOnlyField } from '#cms/access/staff'

/**
 * The bureau's own number for a project (项目编号), as in its project list:
 * the key a spreadsheet import matches rows on. Staff only.
 */
export const projectCodeField: Field = {
  name: 'code',
  type: 'text',
  label: { zh: '项目编号', en: 'Project code' },
  unique: true,
  index: true,
  maxLength: 40,
  access: { read: staffOnlyField },
  admin: {
    position: 'sidebar',
    description: { zh: '内部编号，导入项目清单时按此匹配。', en: 'Internal; imports match on it.' },
  },
}

/** The investor companies in talks about the project (set on the company), staff only. */
export const projectInvestorsField: Field = {
  name: 'investors',
  type: 'join',
  collection: 'companies',
  on: 'projects',
  label: { zh: '洽谈客商', en: 'Investors in talks' },
  access: { read: staffOnlyField },
}
