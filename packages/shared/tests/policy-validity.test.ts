import { describe, expect, it } from 'vitest'
import { chinaDay, policyValidity, validityLabel } from '../src/policy-validity'

/** An instant given in Beijing time. */
const beijing = (local: string) => new Date(`${local}+08:00`)

describe('a policy’s state, by China calendar day', () => {
  // Stored as the seed and the REST API write a calendar day.
  const starts = { effectiveAt: '2027-01-01T00:00:00.000Z' }
  const ends = { effectiveAt: '2026-01-01T00:00:00.000Z', expiresAt: '2026-12-31T00:00:00.000Z' }

  it('is not yet in force the day before it takes effect, to the last second', () => {
    expect(policyValidity(starts, beijing('2026-12-31T23:59:59'))).toBe('not-yet-effective')
  })

  it('is in force from the first second of the day it takes effect', () => {
    expect(policyValidity(starts, beijing('2027-01-01T00:00:00'))).toBe('in-force')
  })

  it('reads a day picked in a Beijing browser (stored as 16:00 UTC the day before) as that day', () => {
    const picked = { effectiveAt: '2026-12-31T16:00:00.000Z' }
    expect(chinaDay(picked.effectiveAt)).toBe('2027-01-01')
    expect(policyValidity(picked, beijing('2026-12-31T12:00:00'))).toBe('not-yet-effective')
    expect(policyValidity(picked, beijing('2027-01-01T00:00:00'))).toBe('in-force')
  })

  it('is still in force all of its last day and expired from the next morning in Beijing', () => {
    expect(policyValidity(ends, beijing('2026-12-31T23:59:59'))).toBe('in-force')
    expect(policyValidity(ends, beijing('2027-01-01T00:00:00'))).toBe('expired')
    // 07:00 in Beijing is still 31 December in UTC: the day that counts is China's.
    expect(policyValidity(ends, new Date('2026-12-31T23:00:00Z'))).toBe('expired')
  })

  it('a policy with no dates is in force', () => {
    expect(policyValidity({}, beijing('2026-12-01T12:00:00'))).toBe('in-force')
  })

  it('a repealed policy is repealed from its repeal day, whatever its other dates say', () => {
    const repealed = { ...ends, repealedAt: '2026-06-30T00:00:00.000Z' }
    expect(policyValidity(repealed, beijing('2026-06-29T23:59:59'))).toBe('in-force')
    expect(policyValidity(repealed, beijing('2026-06-30T00:00:00'))).toBe('repealed')
    expect(policyValidity(repealed, beijing('2027-06-30T00:00:00'))).toBe('repealed')
    expect(validityLabel({ validity: 'repealed' })).toEqual({ zh: '已废止', en: 'Repealed' })
  })

  it('a superseded policy is repealed at once and is labelled as superseded by its replacement', () => {
    const replaced = { effectiveAt: '2021-07-01T00:00:00.000Z', supersededBy: { slug: 'newer' } }
    const now = beijing('2026-12-01T12:00:00')
    expect(policyValidity(replaced, now)).toBe('repealed')
    expect(validityLabel({ validity: 'repealed', supersededBy: replaced.supersededBy })).toEqual({
      zh: '已被修改',
      en: 'Superseded',
    })
    // Replaced from a later day: in force until then.
    const later = { ...replaced, repealedAt: '2027-01-01T00:00:00.000Z' }
    expect(policyValidity(later, now)).toBe('in-force')
    expect(policyValidity(later, beijing('2027-01-01T00:00:00'))).toBe('repealed')
  })

  it('other states keep their plain labels', () => {
    expect(validityLabel({ validity: 'not-yet-effective' }).zh).toBe('尚未生效')
    expect(validityLabel({ validity: 'in-force', supersededBy: 3 }).zh).toBe('现行有效')
    expect(validityLabel({ validity: 'expired' }).en).toBe('Expired')
  })
})
