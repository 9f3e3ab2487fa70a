import type { Validate } from 'payload'

/**
 * The elements every service guide (办事指南) must state, as the inspection
 * checklist lists them (服务不实用 fails a site whose guides lack one): the
 * guide's field and the checklist's name for it. Publishing requires them;
 * drafts may be incomplete. The site-health view lists published guides
 * that still lack any (written before the rule, or imported).
 */
export const GUIDE_ELEMENTS = [
  { field: 'title', zh: '事项名称', en: 'Service' },
  { field: 'basis', zh: '设定依据', en: 'Legal basis' },
  { field: 'conditions', zh: '申请条件', en: 'Conditions' },
  { field: 'materials', zh: '办理材料', en: 'What to bring' },
  { field: 'location', zh: '办理地点', en: 'Where' },
  { field: 'hours', zh: '办理时间', en: 'Opening hours' },
  { field: 'phone', zh: '联系电话', en: 'Phone' },
  { field: 'steps', zh: '办理流程', en: 'Steps' },
] as const

export type GuideElement = (typeof GUIDE_ELEMENTS)[number]['field']

/** True when a value counts as stated: non-blank text, or a list with one row or more. */
export function isStated(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0
  if (typeof value === 'string') return value.trim() !== ''
  if (value && typeof value === 'object') return Object.values(value).some(isStated)
  return false
}

/** The checklist's names of the elements a guide (read in Chinese) lacks. */
export function missingElements(guide: Record<string, unknown>): string[] {
  return GUIDE_ELEMENTS.filter(({ field }) => !isStated(guide[field])).map(({ zh }) => zh)
}

/**
 * Required when the guide is published, in Chinese (the language every guide
 * has); a draft may be incomplete (drafts are validated, see publishing.ts),
 * and an English save may leave the translation for later.
 */
export const requiredToPublish: Validate = (value, { req, data }) => {
  const publishing = (data as { _status?: string } | undefined)?._status === 'published'
  if (!publishing || req.locale === 'en' || isStated(value)) return true
  return req.i18n?.language === 'en'
    ? 'Required to publish a service guide (inspection checklist).'
    : '发布办事指南须填写此项（政府网站检查要素）。'
}
