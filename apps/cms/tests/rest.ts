import config from '@payload-config'
import { handleEndpoints } from 'payload'

/** What a test sends: method, credentials (a staff JWT or a service account's API key), body, headers. */
export interface RestCall {
  method?: string
  token?: string
  apiKey?: string
  body?: unknown
  headers?: Record<string, string>
}

/** The CMS origin the test requests are addressed to (also allowed by its CSRF list). */
export const CMS_ORIGIN = 'http://localhost:3000'

/**
 * Calls a REST route through Payload's own routing, as the Next.js route
 * handler does, and answers the status and the raw text of the answer.
 */
export async function rest(path: string, init: RestCall = {}) {
  const headers = new Headers({ 'content-type': 'application/json', ...init.headers })
  if (init.token) headers.set('authorization', `JWT ${init.token}`)
  if (init.apiKey) headers.set('authorization', `service-accounts API-Key ${init.apiKey}`)
  const response = await handleEndpoints({
    config,
    request: new Request(`${CMS_ORIGIN}/api${path}`, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    }),
  })
  const text = await response.text()
  return { status: response.status, text, json: () => JSON.parse(text) as Record<string, unknown> }
}

/** Signs a staff user in over REST and returns the session token. */
export async function restToken(email: string, password: string): Promise<string> {
  const answer = await rest('/users/login', { method: 'POST', body: { email, password } })
  if (answer.status !== 200) throw new Error(`login failed (${answer.status}): ${answer.text}`)
  return answer.json().token as string
}
