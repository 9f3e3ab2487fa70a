import type { Payload } from 'payload'
import { OPEN_INQUIRY_STATUSES } from '../collections/Inquiries/status'
import { GUIDE_ELEMENTS, missingElements } from '../collections/Guides/elements'
import { listUrl } from '../lib/listUrl'
import { COLUMNS, columnWhere, published, type Column } from './columns'
import type { ColumnData, HealthData, LinkData } from './rules'
import { thresholdsFrom, type HealthThresholds } from './thresholds'

/** Where a document is edited in the admin. */
export const docUrl = (collection: string, id: number | string) =>
  `/admin/collections/${collection}/${id}`

/** The view that lists every health item (see components/SiteHealth.tsx). */
export const SITE_HEALTH_PATH = '/admin/site-health'

async function readColumn(payload: Payload, column: Column): Promise<ColumnData> {
  const where = columnWhere(column)
  const found = await payload.find({
    collection: column.collection,
    where,
    sort: `-${column.dateField}`,
    limit: 1,
    depth: 0,
    select: { [column.dateField]: true },
  })
  const newest = found.docs[0] as Record<string, unknown> | undefined
  const at = newest?.[column.dateField]
  return {
    key: column.key,
    label: column.label,
    pace: column.pace,
    href: listUrl(column.collection, where),
    count: found.totalDocs,
    lastPublishedAt: typeof at === 'string' ? at : null,
  }
}

const asLinks = (value: unknown): LinkData[] => (Array.isArray(value) ? (value as LinkData[]) : [])

/** Reads everything the health rules look at, and the thresholds they apply. */
export async function gatherHealthData(
  payload: Payload,
): Promise<{ data: HealthData; thresholds: HealthThresholds }> {
  const [columns, inquiries, guides, policies, state, settings] = await Promise.all([
    Promise.all(COLUMNS.map((column) => readColumn(payload, column))),
    payload.find({
      collection: 'inquiries',
      where: {
        and: [{ status: { in: [...OPEN_INQUIRY_STATUSES] } }, { repliedAt: { exists: false } }],
      },
      pagination: false,
      depth: 0,
      select: { trackingNumber: true, type: true, submittedAt: true, replyDueAt: true },
    }),
    payload.find({
      collection: 'guides',
      where: published,
      pagination: false,
      depth: 0,
      locale: 'zh',
      select: Object.fromEntries(GUIDE_ELEMENTS.map(({ field }) => [field, true])),
    }),
    payload.find({
      collection: 'policies',
      where: { and: [published, { expiresAt: { exists: true } }] },
      pagination: false,
      depth: 0,
      locale: 'zh',
      select: { title: true, expiresAt: true, supersededBy: true },
    }),
    payload.findGlobal({ slug: 'site-health-state', depth: 0 }),
    payload.findGlobal({ slug: 'site-health-settings', depth: 0 }),
  ])
  return {
    thresholds: thresholdsFrom(settings),
    data: {
      columns,
      unanswered: inquiries.docs.map((inquiry) => ({
        id: inquiry.id,
        trackingNumber: inquiry.trackingNumber,
        type: inquiry.type,
        submittedAt: inquiry.submittedAt,
        replyDueAt: inquiry.replyDueAt ?? null,
        href: docUrl('inquiries', inquiry.id),
      })),
      guides: guides.docs.map((guide) => ({
        title: String(guide.title ?? ''),
        href: docUrl('guides', guide.id),
        missing: missingElements(guide as unknown as Record<string, unknown>),
      })),
      policies: policies.docs.map((policy) => ({
        title: String(policy.title ?? ''),
        href: docUrl('policies', policy.id),
        expiresAt: policy.expiresAt ?? null,
        superseded: Boolean(policy.supersededBy),
      })),
      links: {
        checkedAt: state.linksCheckedAt ?? null,
        broken: asLinks(state.brokenLinks),
        unreachable: asLinks(state.unreachableLinks),
        href: SITE_HEALTH_PATH,
      },
    },
  }
}
