import type { Payload, Where } from 'payload'
import { userHasRole, type StaffUser } from '#cms/access/roles'
import { inquiryTypesFor } from '#cms/collections/Inquiries/access'
import { OPEN_INQUIRY_STATUSES } from '#cms/collections/Inquiries/status'
import { relationId } from './relationId'

/** A project without a follow-up entry for this many days is listed as gone quiet. */
export const QUIET_DAYS = 30

/** Stages in which a project is no longer followed up. */
const CLOSED_STAGES = ['operating', 'dropped']

type Id = number | string

/** What one officer owes: overdue follow-ups, projects gone quiet, inquiries past their deadline. */
export interface OfficerDue {
  officer: { id: Id; name: string } | null
  overdueFollowUps: { id: Id; title: string; due: string }[]
  quietProjects: { id: Id; title: string }[]
  overdueInquiries: { id: Id; trackingNumber: string; dueAt: string }[]
}

/** The overview the dashboard shows: the whole team for admins and leaders, else the user's own. */
export interface FollowUpOverview {
  scope: 'team' | 'own'
  groups: OfficerDue[]
}

/** True for the roles that oversee every officer's follow-ups (admins and bureau leaders). */
export function seesWholeTeam(user: unknown): boolean {
  return userHasRole(user, ['admin', 'leader'])
}

function startOfDay(now: Date): Date {
  const day = new Date(now)
  day.setUTCHours(0, 0, 0, 0)
  return day
}

/**
 * Collects what is overdue, grouped by responsible officer (projects) or
 * assignee (inquiries). Projects and the log are read with the user's own
 * access; for the team view the inquiry read is the system's, limited to the
 * tracking number, assignee and deadline, because a leader oversees deadlines
 * without handling inquiries (their contents stay with the handlers).
 */
export async function followUpOverview(
  payload: Payload,
  user: StaffUser,
  now: Date = new Date(),
): Promise<FollowUpOverview> {
  const team = seesWholeTeam(user)
  const asUser = { user, overrideAccess: false, depth: 0, pagination: false } as const
  const mine: Where = team ? {} : { 'tracking.responsibleOfficer': { equals: user.id } }
  const active: Where = { and: [mine, { stage: { not_in: CLOSED_STAGES } }] }

  const projects = await payload.find({
    collection: 'projects',
    where: active,
    select: {
      title: true,
      createdAt: true,
      tracking: { responsibleOfficer: true, nextFollowUp: true },
    },
    ...asUser,
  })
  const cutoff = new Date(now.getTime() - QUIET_DAYS * 24 * 60 * 60 * 1000)
  const recent = await payload.find({
    collection: 'follow-ups',
    where: { date: { greater_than_equal: cutoff.toISOString() } },
    select: { project: true },
    ...asUser,
  })
  const followedUp = new Set(recent.docs.map((entry) => relationId(entry.project)))

  const open: Where = {
    and: [
      { status: { in: [...OPEN_INQUIRY_STATUSES] } },
      { replyDueAt: { less_than: now.toISOString() } },
    ],
  }
  // Staff who handle no inquiries (editors) are refused the read: they have none to list.
  const inquiries =
    team || inquiryTypesFor(user).length > 0
      ? await payload.find({
          collection: 'inquiries',
          where: team ? open : { and: [open, { assignee: { equals: user.id } }] },
          select: { trackingNumber: true, assignee: true, replyDueAt: true },
          sort: 'replyDueAt',
          ...(team ? { depth: 0, pagination: false, overrideAccess: true } : asUser),
        })
      : { docs: [] }

  const groups = new Map<Id | null, OfficerDue>()
  const groupOf = (officer: unknown): OfficerDue => {
    const id = relationId(officer)
    let group = groups.get(id)
    if (!group) {
      group = {
        officer: id === null ? null : { id, name: '' },
        overdueFollowUps: [],
        quietProjects: [],
        overdueInquiries: [],
      }
      groups.set(id, group)
    }
    return group
  }
  const today = startOfDay(now)
  for (const project of projects.docs) {
    const title = String(project.title ?? '')
    const group = () => groupOf(project.tracking?.responsibleOfficer)
    const due = project.tracking?.nextFollowUp
    if (due && new Date(due) < today) group().overdueFollowUps.push({ id: project.id, title, due })
    if (!followedUp.has(project.id) && new Date(project.createdAt) < cutoff) {
      group().quietProjects.push({ id: project.id, title })
    }
  }
  for (const inquiry of inquiries.docs) {
    groupOf(inquiry.assignee).overdueInquiries.push({
      id: inquiry.id,
      trackingNumber: inquiry.trackingNumber,
      dueAt: inquiry.replyDueAt ?? '',
    })
  }
  for (const list of groups.values())
    list.overdueFollowUps.sort((a, b) => a.due.localeCompare(b.due))

  await nameOfficers(payload, [...groups.values()])
  return { scope: team ? 'team' : 'own', groups: [...groups.values()].sort(byName) }
}

/** Fills in the officers' names (the users collection lets staff read only themselves). */
async function nameOfficers(payload: Payload, groups: OfficerDue[]): Promise<void> {
  const ids = groups.flatMap((group) => (group.officer ? [group.officer.id] : []))
  if (ids.length === 0) return
  const found = await payload.find({
    collection: 'users',
    where: { id: { in: ids } },
    select: { name: true, email: true },
    depth: 0,
    pagination: false,
  })
  const names = new Map(found.docs.map((user) => [user.id, user.name || user.email]))
  for (const group of groups) {
    if (group.officer) {
      group.officer.name = names.get(group.officer.id as number) ?? String(group.officer.id)
    }
  }
}

/** Named officers first, by name; the unassigned last. */
function byName(a: OfficerDue, b: OfficerDue): number {
  if (!a.officer || !b.officer) return a.officer ? -1 : b.officer ? 1 : 0
  return a.officer.name.localeCompare(b.officer.name, 'zh')
}
