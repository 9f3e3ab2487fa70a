// The dashboard's overdue panel (督办): for admins and bureau leaders every
// officer's overdue follow-ups, quiet projects and late inquiries; for anyone
// else their own. Grouped by officer so a leader sees at a glance who is behind.
import type { Payload } from 'payload'
import type { StaffUser } from '#cms/access/roles'
import { followUpOverview, QUIET_DAYS, type OfficerDue } from '#cms/lib/followUpOverview'

const text = {
  zh: {
    team: '团队跟进督办',
    own: '我的督办事项',
    nothing: '没有逾期的跟进事项、长期未跟进的项目或超期未答复的留言。',
    unassigned: '未指定责任人',
    overdueFollowUps: '跟进已逾期',
    quietProjects: `${QUIET_DAYS} 天以上无跟进记录`,
    overdueInquiries: '留言超期未答复',
    dueOn: '应跟进日期',
    dueBy: '答复期限',
  },
  en: {
    team: 'Team follow-ups overdue',
    own: 'My overdue items',
    nothing: 'No overdue follow-ups, quiet projects or late inquiries.',
    unassigned: 'No responsible officer',
    overdueFollowUps: 'Follow-ups overdue',
    quietProjects: `No follow-up entry for ${QUIET_DAYS} days or more`,
    overdueInquiries: 'Inquiries past their deadline',
    dueOn: 'due',
    dueBy: 'due by',
  },
}

type Text = (typeof text)['zh']

const day = (iso: string) => iso.slice(0, 10)

function Officer({ group, t }: { group: OfficerDue; t: Text }) {
  const name = group.officer?.name ?? t.unassigned
  return (
    <div data-testid="team-officer" style={{ padding: '0.5rem 0' }}>
      <h4 style={{ margin: '0 0 0.25rem' }}>{name}</h4>
      {group.overdueFollowUps.length > 0 && (
        <p style={{ margin: '0.25rem 0' }}>
          <strong style={{ color: 'var(--theme-error-500)' }}>{t.overdueFollowUps}</strong>
          {'：'}
          {group.overdueFollowUps.map((project, index) => (
            <span key={project.id}>
              {index > 0 && '；'}
              <a href={`/admin/collections/projects/${project.id}`}>{project.title}</a>（{t.dueOn}{' '}
              {day(project.due)}）
            </span>
          ))}
        </p>
      )}
      {group.quietProjects.length > 0 && (
        <p style={{ margin: '0.25rem 0' }}>
          <strong>{t.quietProjects}</strong>
          {'：'}
          {group.quietProjects.map((project, index) => (
            <span key={project.id}>
              {index > 0 && '；'}
              <a href={`/admin/collections/projects/${project.id}`}>{project.title}</a>
            </span>
          ))}
        </p>
      )}
      {group.overdueInquiries.length > 0 && (
        <p style={{ margin: '0.25rem 0' }}>
          <strong style={{ color: 'var(--theme-error-500)' }}>{t.overdueInquiries}</strong>
          {'：'}
          {group.overdueInquiries.map((inquiry, index) => (
            <span key={inquiry.id}>
              {index > 0 && '；'}
              {inquiry.trackingNumber}（{t.dueBy} {day(inquiry.dueAt)}）
            </span>
          ))}
        </p>
      )}
    </div>
  )
}

/** Server component: the overdue panel, read with the signed-in user's scope. */
export async function TeamFollowUps({
  payload,
  user,
  lang,
}: {
  payload: Payload
  user: StaffUser
  lang: 'zh' | 'en'
}) {
  const t = text[lang]
  const { scope, groups } = await followUpOverview(payload, user)
  return (
    <section
      aria-labelledby="team-follow-ups"
      data-testid="team-follow-ups"
      style={{
        marginTop: '1rem',
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 4,
        padding: '1rem 1.25rem',
      }}
    >
      <h3 id="team-follow-ups">{scope === 'team' ? t.team : t.own}</h3>
      {groups.length === 0 ? (
        <p>{t.nothing}</p>
      ) : (
        groups.map((group) => (
          <Officer key={String(group.officer?.id ?? 'none')} group={group} t={t} />
        ))
      )}
    </section>
  )
}
