// The review queue of the supply and demand board (农产品供求) on the staff
// landing view: how many posts wait for review or for the poster's changes,
// each a link to the filtered list, where reviewers may approve several at
// once (select them, “编辑” / Edit, 审核状态 → 已发布).
import { MARKET_REVIEW_LABELS, type MarketReviewStatus } from '@portal/shared/market'
import type { Payload, TypedUser, Where } from 'payload'
import { isMarketReviewer } from '../collections/MarketPosts/access'
import { listUrl } from '../lib/listUrl'

const QUEUE: MarketReviewStatus[] = ['pending', 'changes-requested']

const heading = { zh: '农产品供求审核', en: 'Market posts to review' }

/** Server component: nothing for staff who do not review posts. */
export async function MarketReviewPanel({
  payload,
  user,
  lang,
  style,
}: {
  payload: Payload
  user: TypedUser
  lang: 'zh' | 'en'
  style: React.CSSProperties
}) {
  if (!isMarketReviewer(user)) return null
  const rows = await Promise.all(
    QUEUE.map(async (status) => {
      const where: Where = { reviewStatus: { equals: status } }
      const { totalDocs } = await payload.count({
        collection: 'market-posts',
        where,
        user,
        overrideAccess: false,
      })
      return { status, count: totalDocs, href: listUrl('market-posts', where) }
    }),
  )
  return (
    <div style={style} data-testid="market-review">
      <h3>{heading[lang]}</h3>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {rows.map(({ status, count, href }) => (
          <li
            key={status}
            data-testid={`market-${status}`}
            style={{ display: 'flex', justifyContent: 'space-between', padding: '0.2rem 0' }}
          >
            <a href={href}>{MARKET_REVIEW_LABELS[status][lang]}</a>
            <strong>{count}</strong>
          </li>
        ))}
      </ul>
    </div>
  )
}
