import type { Locale } from '@portal/shared/locales'
import { PARK_COST_UNITS, type ParkCost, type ParkMapMarker } from '@portal/shared/park'
import { relationId } from '@portal/shared/relation'

/** A number as a reader of that language writes it (1,200 / 1,200; 0.58). */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en', {
    maximumFractionDigits: 2,
  }).format(value)
}

/** A cost with its unit, a range when staff gave one: `0.58–0.66 元/千瓦时`. */
export function formatCost(cost: Pick<ParkCost, 'kind' | 'amount' | 'amountMax'>, locale: Locale) {
  const low = formatNumber(cost.amount, locale)
  const figure =
    cost.amountMax != null && cost.amountMax !== cost.amount
      ? `${low}–${formatNumber(cost.amountMax, locale)}`
      : low
  return `${figure} ${PARK_COST_UNITS[cost.kind][locale]}`
}

/** One project of a park as its page lists it: its number, and where its marker sits if staff placed one. */
export interface NumberedProject<P> {
  n: number
  project: P
  marker: { x: number; y: number } | null
}

/**
 * Numbers the park's public projects in list order and pairs each with its
 * marker. A marker whose project is not in the list (a draft, a dropped or
 * unpublished project) is left off, so the map never shows what the list
 * does not name, and each number means the same project in both.
 */
export function numberProjects<P extends { id: string | number }>(
  projects: readonly P[],
  markers: readonly ParkMapMarker[],
): NumberedProject<P>[] {
  return projects.map((project, i) => {
    const marker = markers.find((m) => String(relationId(m.project)) === String(project.id))
    return { n: i + 1, project, marker: marker ? { x: marker.x, y: marker.y } : null }
  })
}
