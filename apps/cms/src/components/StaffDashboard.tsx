// The staff landing view, above Payload's collection cards: where each project
// stands, which follow-ups the signed-in officer owes (项目跟踪责任制), and
// the open and overdue inquiries (咨询留言) of the types the user handles.
import { PROJECT_STAGES, PROJECT_STAGE_LABELS } from '@portal/shared/constants'
import type { Project } from '@portal/shared/payload-types'
import type { Payload, ServerProps, Where } from 'payload'
import { inquiryTypesFor } from '../collections/Inquiries/access'
import { OPEN_INQUIRY_STATUSES } from '../collections/Inquiries/status'
import { listUrl } from '../lib/listUrl'
import { TeamFollowUps } from './TeamFollowUps'
import { MarketReviewPanel } from './MarketReviewPanel'

const text = {
  zh: {
    heading: '工作台',
    byStage: '项目阶段分布',
    followUps: '我的跟进事项（7 天内到期及逾期）',
    none: '暂无到期的跟进事项。',
    overdue: '已逾期',
    due: '到期',
    inquiries: '咨询留言',
    openInquiries: '待办理（已受理、办理中）',
    overdueInquiries: '已逾期未答复',
    mineInquiries: '分派给我的待办留言',
  },
  en: {
    heading: 'Dashboard',
    byStage: 'Projects by stage',
    followUps: 'My follow-ups (due within 7 days or overdue)',
    none: 'No follow-ups due.',
    overdue: 'Overdue',
    due: 'Due',
    inquiries: 'Inquiries',
    openInquiries: 'Open (received, in progress)',
    overdueInquiries: 'Overdue, not yet answered',
    mineInquiries: 'Open and assigned to me',
  },
}

const card: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: '1rem 1.25rem',
  background: 'var(--theme-elevation-0)',
}

/** The inquiry rows of the dashboard, counted with the user's own access (so only their types). */
async function inquiryCounts(payload: Payload, user: NonNullable<ServerProps['user']>) {
  const open: Where = { status: { in: [...OPEN_INQUIRY_STATUSES] } }
  const rows = {
    open,
    overdue: { and: [open, { replyDueAt: { less_than: new Date().toISOString() } }] },
    mine: { and: [open, { assignee: { equals: user.id } }] },
  } satisfies Record<string, Where>
  return Promise.all(
    (Object.entries(rows) as [keyof typeof rows, Where][]).map(async ([key, where]) => ({
      key,
      href: listUrl('inquiries', where),
      count: (await payload.count({ collection: 'inquiries', where, user, overrideAccess: false }))
        .totalDocs,
    })),
  )
}

/** Server component: reads with the signed-in user's own access rights. */
export async function StaffDashboard({ payload, user, i18n }: ServerProps) {
  if (!user) return null
  const lang = i18n.language === 'en' ? 'en' : 'zh'
  const t = text[lang]
  const read = { user, overrideAccess: false, depth: 0 } as const

  const counts = await Promise.all(
    PROJECT_STAGES.map(async (stage) => ({
      stage,
      count: (
        await payload.count({
          collection: 'projects',
          where: { stage: { equals: stage } },
          ...read,
        })
      ).totalDocs,
    })),
  )

  const soon = new Date()
  soon.setDate(soon.getDate() + 7)
  const today = new Date()
  today.setHours(0, 0, 0, 0)
  const followUps = await payload.find({
    collection: 'projects',
    where: {
      and: [
        { 'tracking.responsibleOfficer': { equals: user.id } },
        { 'tracking.nextFollowUp': { less_than_equal: soon.toISOString() } },
        { stage: { not_in: ['operating', 'dropped'] } },
      ],
    },
    sort: 'tracking.nextFollowUp',
    limit: 20,
    select: { title: true, tracking: { nextFollowUp: true }, stage: true },
    draft: true,
    ...read,
  })

  // Staff who handle no kind of inquiry get no panel rather than a refused count.
  const inquiries = inquiryTypesFor(user).length > 0 ? await inquiryCounts(payload, user) : null
  const inquiryLabel = {
    open: t.openInquiries,
    overdue: t.overdueInquiries,
    mine: t.mineInquiries,
  } as const

  return (
    <section
      aria-labelledby="staff-dashboard"
      style={{ marginBottom: '2rem' }}
      data-testid="staff-dashboard"
    >
      <h2 id="staff-dashboard" style={{ marginBottom: '1rem' }}>
        {t.heading}
      </h2>
      <div
        style={{
          display: 'grid',
          gap: '1rem',
          gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))',
        }}
      >
        <div style={card}>
          <h3>{t.byStage}</h3>
          <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {counts.map(({ stage, count }) => (
              <li
                key={stage}
                style={{ display: 'flex', justifyContent: 'space-between', padding: '0.2rem 0' }}
              >
                <a href={`/admin/collections/projects?where[stage][equals]=${stage}`}>
                  {PROJECT_STAGE_LABELS[stage][lang]}
                </a>
                <strong>{count}</strong>
              </li>
            ))}
          </ul>
        </div>
        <div style={card} data-testid="my-follow-ups">
          <h3>{t.followUps}</h3>
          {followUps.docs.length === 0 ? (
            <p>{t.none}</p>
          ) : (
            <ul style={{ paddingLeft: '1.1rem', margin: 0 }}>
              {(followUps.docs as Pick<Project, 'id' | 'title' | 'tracking'>[]).map((project) => {
                const next = project.tracking?.nextFollowUp
                const due = next ? new Date(next) : null
                const overdue = due !== null && due < today
                return (
                  <li key={project.id}>
                    <a href={`/admin/collections/projects/${project.id}`}>{project.title}</a>{' '}
                    <span style={{ color: overdue ? 'var(--theme-error-500)' : 'inherit' }}>
                      {overdue ? t.overdue : t.due} {due?.toISOString().slice(0, 10)}
                    </span>
                  </li>
                )
              })}
            </ul>
          )}
        </div>
        {inquiries ? (
          <div style={card} data-testid="inquiry-counts">
            <h3>{t.inquiries}</h3>
            <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {inquiries.map(({ key, href, count }) => (
                <li
                  key={key}
                  data-testid={`inquiries-${key}`}
                  style={{ display: 'flex', justifyContent: 'space-between', padding: '0.2rem 0' }}
                >
                  <a href={href}>{inquiryLabel[key]}</a>
                  <strong
                    style={{
                      color: key === 'overdue' && count > 0 ? 'var(--theme-error-500)' : 'inherit',
                    }}
                  >
                    {count}
                  </strong>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <MarketReviewPanel payload={payload} user={user} lang={lang} style={card} />
      </div>
      <TeamFollowUps payload={payload} user={user} lang={lang} />
    </section>
  )
}
