// 站点体检: the site against the inspection checklist, green / amber / red per
// item, each linking to what to fix. A panel on the staff landing page shows
// what is not green; the view at /admin/site-health shows everything, the
// link check's date and a button to run it now. The rules are
// siteHealth/rules.ts; this file only renders them.
import { DefaultTemplate } from '@payloadcms/next/templates'
import type { AdminViewServerProps, Payload, ServerProps } from 'payload'
import { isStaffUser } from '../access/roles'
import { gatherHealthData, SITE_HEALTH_PATH } from '../siteHealth/gather'
import { overallLevel, siteHealth, type HealthItem, type HealthLevel } from '../siteHealth/rules'

type Lang = 'zh' | 'en'

const text = {
  zh: {
    heading: '站点体检',
    all: '查看全部检查项',
    allGreen: '全部检查项正常。',
    checkedAt: '链接上次检查：',
    never: '尚未检查',
    checkNow: '立即检查链接',
    queued: '已开始检查链接，几分钟后刷新本页查看结果。',
    fix: '去处理',
    signIn: '请先登录。',
    levels: { green: '正常', amber: '预警', red: '不合格' },
  },
  en: {
    heading: 'Site health',
    all: 'See every check',
    allGreen: 'Every check is green.',
    checkedAt: 'Links last checked: ',
    never: 'never',
    checkNow: 'Check links now',
    queued: 'The link check has started; reload this page in a few minutes.',
    fix: 'Fix',
    signIn: 'Please sign in.',
    levels: { green: 'OK', amber: 'Warning', red: 'Fails' },
  },
} satisfies Record<Lang, unknown>

const COLOURS: Record<HealthLevel, string> = {
  green: 'var(--theme-success-500)',
  amber: 'var(--theme-warning-500)',
  red: 'var(--theme-error-500)',
}

async function readHealth(payload: Payload) {
  const { data, thresholds } = await gatherHealthData(payload)
  const items = siteHealth(data, new Date(), thresholds)
  return { items, checkedAt: data.links.checkedAt }
}

function Light({ level, lang }: { level: HealthLevel; lang: Lang }) {
  return (
    <strong style={{ color: COLOURS[level], whiteSpace: 'nowrap' }} data-level={level}>
      ● {text[lang].levels[level]}
    </strong>
  )
}

function ItemRow({ item, lang, full }: { item: HealthItem; lang: Lang; full: boolean }) {
  return (
    <li data-testid={`health-${item.key}`} style={{ padding: '0.35rem 0' }}>
      <Light level={item.level} lang={lang} /> <a href={item.href}>{item.title[lang]}</a>
      {' · '}
      {item.summary[lang]}
      {full && item.entries.length > 0 && (
        <ul style={{ margin: '0.25rem 0 0 1.2rem' }}>
          {item.entries.map((entry, index) => (
            <li key={`${entry.href}-${index}`}>
              <a href={entry.href}>{entry.label}</a>
              {entry.note ? ` (${entry.note[lang]})` : ''}
            </li>
          ))}
        </ul>
      )}
    </li>
  )
}

/** The landing page's panel: only what is amber or red, and the way to the full view. */
export async function SiteHealthPanel({ payload, user, i18n }: ServerProps) {
  if (!isStaffUser(user)) return null
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh'
  const { items } = await readHealth(payload)
  const attention = items.filter((item) => item.level !== 'green')
  return (
    <section
      aria-labelledby="site-health"
      style={{ marginBottom: '2rem' }}
      data-testid="site-health-panel"
    >
      <h2 id="site-health">
        {text[lang].heading} <Light level={overallLevel(items)} lang={lang} />
      </h2>
      {attention.length === 0 ? (
        <p>{text[lang].allGreen}</p>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0 }}>
          {attention.map((item) => (
            <ItemRow key={item.key} item={item} lang={lang} full={false} />
          ))}
        </ul>
      )}
      <p>
        <a href={SITE_HEALTH_PATH}>{text[lang].all}</a>
      </p>
    </section>
  )
}

/** The full view at /admin/site-health, inside the admin's own frame. */
export async function SiteHealthView({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const lang: Lang = req.i18n.language === 'en' ? 'en' : 'zh'
  const t = text[lang]
  const staff = isStaffUser(req.user)
  const health = staff ? await readHealth(req.payload) : null
  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <div
        className="gutter--left gutter--right"
        style={{ paddingBlock: '2rem' }}
        data-testid="site-health-view"
      >
        <h1>
          {t.heading} {health && <Light level={overallLevel(health.items)} lang={lang} />}
        </h1>
        {!health ? (
          <p>{t.signIn}</p>
        ) : (
          <>
            {searchParams?.checking && <p role="status">{t.queued}</p>}
            <form method="post" action="/api/globals/site-health-state/check-links">
              <p>
                {t.checkedAt}
                {health.checkedAt
                  ? new Date(health.checkedAt).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN')
                  : t.never}{' '}
                <button type="submit" className="btn btn--style-secondary btn--size-small">
                  {t.checkNow}
                </button>
              </p>
            </form>
            <ul style={{ listStyle: 'none', padding: 0 }}>
              {health.items.map((item) => (
                <ItemRow key={item.key} item={item} lang={lang} full />
              ))}
            </ul>
          </>
        )}
      </div>
    </DefaultTemplate>
  )
}
