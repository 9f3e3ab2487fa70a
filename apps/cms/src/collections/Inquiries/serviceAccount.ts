import { createHmac } from 'node:crypto'
import type { Payload } from 'payload'
import { SERVICE_ACCOUNTS_SLUG } from '#cms/access/roles'

/** Name of the portal's service account. */
export const PORTAL_SERVICE_ACCOUNT = 'portal'

/**
 * Makes sure the service account `portal` exists and signs in with `key`:
 * creates it, or gives it this key when it has another (or none). Idempotent;
 * never prints the key. Answers what it did.
 */
export async function ensurePortalServiceAccount(
  payload: Payload,
  key: string,
): Promise<'created' | 'updated' | 'unchanged'> {
  const found = await payload.find({
    collection: SERVICE_ACCOUNTS_SLUG,
    where: { name: { equals: PORTAL_SERVICE_ACCOUNT } },
    limit: 1,
    depth: 0,
    pagination: false,
  })
  const account = found.docs[0]
  if (!account) {
    await payload.create({
      collection: SERVICE_ACCOUNTS_SLUG,
      data: { name: PORTAL_SERVICE_ACCOUNT, enableAPIKey: true, apiKey: key },
    })
    return 'created'
  }
  // Payload finds API keys by this HMAC of the key (the key itself is stored encrypted).
  const index = createHmac('sha256', payload.secret).update(key).digest('hex')
  const current = await payload.count({
    collection: SERVICE_ACCOUNTS_SLUG,
    where: { and: [{ id: { equals: account.id } }, { apiKeyIndex: { equals: index } }] },
  })
  if (current.totalDocs > 0 && account.enableAPIKey) return 'unchanged'
  await payload.update({
    collection: SERVICE_ACCOUNTS_SLUG,
    id: account.id,
    data: { enableAPIKey: true, apiKey: key },
  })
  return 'updated'
}
