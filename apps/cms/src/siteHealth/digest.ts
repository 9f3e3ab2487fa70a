import type { Payload } from 'payload'
import { sendInBackground } from '../lib/sendInBackground'
import { gatherHealthData, SITE_HEALTH_PATH } from './gather'
import { siteHealth, worsened, type HealthItem, type HealthLevel } from './rules'

const LEVEL_WORDS: Record<HealthLevel, string> = { green: '正常', amber: '预警', red: '不合格' }

/** The digest mail: what turned amber or red since the last one, each with where to fix it. */
export function digestMail(
  items: HealthItem[],
  cmsPublicUrl: string,
): { subject: string; text: string } {
  const base = cmsPublicUrl.replace(/\/+$/, '')
  const reds = items.filter((item) => item.level === 'red').length
  const lines = items.flatMap((item) => [
    `【${LEVEL_WORDS[item.level]}】${item.title.zh}：${item.summary.zh}`,
    ...item.entries.slice(0, 10).map((entry) => {
      const note = entry.note ? `（${entry.note.zh}）` : ''
      return `  - ${entry.label}${note} ${base}${entry.href}`
    }),
    `  处理：${base}${item.href}`,
  ])
  return {
    subject: `[站点体检] ${items.length} 项需要处理${reds > 0 ? `，其中 ${reds} 项不合格` : ''}`,
    text: [
      '以下检查项自上次体检以来变为预警或不合格：',
      '',
      ...lines,
      '',
      `全部检查项：${base}${SITE_HEALTH_PATH}`,
      '此邮件由招商引资门户每日自动发送。',
    ].join('\n'),
  }
}

/**
 * The daily digest: reads the site's health now, mails every admin what turned
 * amber or red since the last digest (nothing when nothing worsened), and
 * remembers today's levels for tomorrow.
 */
export async function sendHealthDigest(
  payload: Payload,
  options: { now: Date; cmsPublicUrl: string },
): Promise<{ worsened: number; mailed: number }> {
  const [{ data, thresholds }, state] = await Promise.all([
    gatherHealthData(payload),
    payload.findGlobal({ slug: 'site-health-state', depth: 0 }),
  ])
  const items = siteHealth(data, options.now, thresholds)
  const before = (state.digestLevels ?? {}) as Record<string, HealthLevel>
  const changed = worsened(items, before)
  let mailed = 0
  if (changed.length > 0) {
    const admins = await payload.find({
      collection: 'users',
      where: { roles: { contains: 'admin' } },
      pagination: false,
      depth: 0,
      select: { email: true },
    })
    const to = admins.docs.map((admin) => admin.email).filter(Boolean)
    if (to.length > 0) {
      sendInBackground(
        payload,
        { to, ...digestMail(changed, options.cmsPublicUrl) },
        'the site-health digest',
      )
      mailed = to.length
    }
  }
  await payload.updateGlobal({
    slug: 'site-health-state',
    data: {
      digestLevels: Object.fromEntries(items.map((item) => [item.key, item.level])),
      digestAt: options.now.toISOString(),
    },
  })
  return { worsened: changed.length, mailed }
}
