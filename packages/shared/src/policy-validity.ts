import { POLICY_VALIDITY_LABELS, type PolicyValidity } from './constants'
import type { Bilingual } from './locales'

/**
 * A policy's legal state (效力状态), worked out at read time from its dates and
 * relations. The CMS's virtual `validity` field, the portal's list filters and
 * feeds, and policy matching all read it from here, so a list can never call
 * "in force" what the policy's own page calls "not yet in force".
 *
 * Dates are compared as calendar days in China time: a policy that takes
 * effect on 2027-01-01 is in force from 00:00 Beijing time that day, and one
 * that is valid until 2026-12-31 is still in force all of that day.
 */

/** The fields the state depends on, as the CMS sends them (ISO strings; a relation as an id or a document). */
export interface PolicyDates {
  effectiveAt?: string | null
  expiresAt?: string | null
  repealedAt?: string | null
  supersededBy?: unknown
}

const CHINA_TIME_ZONE = 'Asia/Shanghai'

const dayParts = new Intl.DateTimeFormat('en-US', {
  timeZone: CHINA_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** The calendar day (YYYY-MM-DD) in China on which an instant falls. */
export function chinaDay(at: Date | string): string {
  const parts = dayParts.formatToParts(typeof at === 'string' ? new Date(at) : at)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}

/**
 * The instant a China calendar day begins. China has kept UTC+8 without
 * daylight saving since 1991, so the fixed offset names the same instant the
 * Asia/Shanghai zone does.
 */
function chinaDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`)
}

/** The calendar day after `day`. */
function nextDay(day: string): string {
  const next = new Date(`${day}T00:00:00Z`)
  next.setUTCDate(next.getUTCDate() + 1)
  return next.toISOString().slice(0, 10)
}

const dayOf = (value: string | null | undefined) => (value ? chinaDay(value) : null)

/** The state of a policy on `now`: repealed or superseded first, then expired, not yet in force, in force. */
export function policyValidity(policy: PolicyDates, now: Date = new Date()): PolicyValidity {
  const today = chinaDay(now)
  const repealedOn = dayOf(policy.repealedAt)
  if ((policy.supersededBy || repealedOn) && (!repealedOn || repealedOn <= today)) return 'repealed'
  const expiresOn = dayOf(policy.expiresAt)
  if (expiresOn && expiresOn < today) return 'expired'
  const effectiveOn = dayOf(policy.effectiveAt)
  if (effectiveOn && effectiveOn > today) return 'not-yet-effective'
  return 'in-force'
}

type Where = Record<string, unknown>

/**
 * The CMS query (a Payload `where`) for the policies whose state on `now` is
 * `validity`: the same rule as `policyValidity`, written as comparisons with
 * the instants today and tomorrow begin in China, so a list filtered by state
 * holds exactly the policies whose pages show that state.
 */
export function validityWhere(validity: PolicyValidity, now: Date = new Date()): Where {
  const today = chinaDay(now)
  const todayStarts = chinaDayStart(today).toISOString()
  const tomorrowStarts = chinaDayStart(nextDay(today)).toISOString()
  const repealed: Where = {
    and: [
      { or: [{ supersededBy: { exists: true } }, { repealedAt: { exists: true } }] },
      { or: [{ repealedAt: { exists: false } }, { repealedAt: { less_than: tomorrowStarts } }] },
    ],
  }
  const notRepealed: Where = {
    or: [
      { and: [{ supersededBy: { exists: false } }, { repealedAt: { exists: false } }] },
      { repealedAt: { greater_than_equal: tomorrowStarts } },
    ],
  }
  const expired: Where = { expiresAt: { less_than: todayStarts } }
  const notExpired: Where = {
    or: [{ expiresAt: { exists: false } }, { expiresAt: { greater_than_equal: todayStarts } }],
  }
  const notYet: Where = { effectiveAt: { greater_than_equal: tomorrowStarts } }
  const started: Where = {
    or: [{ effectiveAt: { exists: false } }, { effectiveAt: { less_than: tomorrowStarts } }],
  }
  switch (validity) {
    case 'repealed':
      return repealed
    case 'expired':
      return { and: [notRepealed, expired] }
    case 'not-yet-effective':
      return { and: [notRepealed, notExpired, notYet] }
    case 'in-force':
      return { and: [notRepealed, notExpired, started] }
  }
}

const SUPERSEDED_LABEL: Bilingual = { zh: '已被修改', en: 'Superseded' }

/** The words for a policy's state: a repealed policy that names its replacement reads 已被修改 (superseded). */
export function validityLabel(policy: {
  validity: PolicyValidity
  supersededBy?: unknown
}): Bilingual {
  if (policy.validity === 'repealed' && policy.supersededBy) return SUPERSEDED_LABEL
  return POLICY_VALIDITY_LABELS[policy.validity]
}
