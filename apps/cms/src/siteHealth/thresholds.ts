/**
 * The inspection thresholds (政府网站与政务新媒体检查指标, 国办秘函〔2019〕19号)
 * the site-health rules apply; admins may tighten them in the site-health
 * settings (站点体检设置), these are the defaults and the fallback.
 */
export interface HealthThresholds {
  /** News and 动态 columns: amber after this many days without a new item. */
  newsAmberDays: number
  /** News and 动态 columns (and the home page): red, a failed column, after this many days. */
  newsStaleDays: number
  /** 通知公告 and policy columns: amber after this many days. */
  noticeAmberDays: number
  /** 通知公告 and policy columns: red after this many days (six months). */
  noticeStaleDays: number
  /** An unanswered inquiry older than this many days fails the inspection (three months). */
  inquiryFailDays: number
}

export const DEFAULT_THRESHOLDS: HealthThresholds = {
  newsAmberDays: 10,
  newsStaleDays: 14,
  noticeAmberDays: 150,
  noticeStaleDays: 183,
  inquiryFailDays: 90,
}

/** The thresholds as stored, each missing or unusable value replaced by its default. */
export function thresholdsFrom(
  stored: Partial<Record<keyof HealthThresholds, unknown>> | null | undefined,
): HealthThresholds {
  const out = { ...DEFAULT_THRESHOLDS }
  for (const key of Object.keys(DEFAULT_THRESHOLDS) as (keyof HealthThresholds)[]) {
    const value = stored?.[key]
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) out[key] = value
  }
  return out
}
