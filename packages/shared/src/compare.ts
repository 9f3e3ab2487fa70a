import { z } from 'zod'
import { PublicProjectDetail } from './content'
import { PublicParkDetail } from './park'

/**
 * The project comparison (`/projects/compare?id=…&id=…`): the visitor ticks
 * projects on the list and the page shows them side by side. Values are
 * project slugs, the projects' public names in every portal address.
 */

/** Fewest and most projects one comparison shows (a phone fits four columns at most). */
export const COMPARE_MIN = 2
export const COMPARE_MAX = 4

/** More values than this are not even looked at: the page says "too many" either way. */
const READ_AT_MOST = COMPARE_MAX + 1

export interface CompareSelection {
  /** The chosen values, trimmed, each once, in the order given; not yet checked against the CMS. */
  id: string[]
}

/** The comparison's choice, from the query string. */
export function parseCompareSelection(params: URLSearchParams): CompareSelection {
  const id: string[] = []
  for (const raw of params.getAll('id')) {
    const value = raw.trim().slice(0, 120)
    if (value && !id.includes(value)) id.push(value)
    if (id.length === READ_AT_MOST) break
  }
  return { id }
}

/** Whether a choice can be compared, and if not why, so the page can say so in the visitor's language. */
export function compareProblem(selection: CompareSelection): 'none' | 'too-few' | 'too-many' {
  if (selection.id.length < COMPARE_MIN) return 'too-few'
  if (selection.id.length > COMPARE_MAX) return 'too-many'
  return 'none'
}

/** What the comparison asks the CMS for, of each project and of its park. */
export const COMPARE_FIELDS = [
  'slug',
  'title',
  'sector',
  'stage',
  'park',
  'investment',
  'landArea',
  'cooperationModes',
  'updatedAt',
] as const
export const COMPARE_PARK_FIELDS = ['slug', 'title', 'costs'] as const

/** A project as the comparison shows it, with its park's costs. */
export const ComparedProject = PublicProjectDetail.pick({
  id: true,
  slug: true,
  title: true,
  sector: true,
  stage: true,
  investment: true,
  landArea: true,
  cooperationModes: true,
  updatedAt: true,
}).extend({
  park: z
    .union([
      PublicParkDetail.pick({ id: true, slug: true, title: true, costs: true }),
      z.union([z.number(), z.string()]),
    ])
    .nullish(),
})
export type ComparedProject = z.infer<typeof ComparedProject>
