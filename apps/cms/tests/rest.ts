import config from '@payload-config'
import { handleEndpoints } from 'payload'

/** Where the tests pretend the CMS answers (Payload only needs an absolute URL). */
export const cmsOrigin = 'http://localhost:3000'

export interface Call {
  method?: string
  token?: string
  body?: unknown
  headers?: Record<string, string>
}

/** One request through Payload's REST routing, as the Next.js route handler passes it on. */
export async function rest(path: string, init: Call = {}) {
  const headers = new Headers({ 'content-type': 'application/json', ...init.headers })
  if (init.token) headers.set('authorization', `JWT ${init.token}`)
  const response = await handleEndpoints({
    config,
    request: new Request(`${cmsOrigin}/api${path}`, {
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
