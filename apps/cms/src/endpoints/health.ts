import type { Endpoint } from 'payload'

/**
 * `GET /api/health`: whether the CMS and its database answer, for load
 * balancers and for the portal's own health check. 200 when the database
 * answers, 503 when it does not; never any detail an attacker could use.
 */
export const health: Endpoint = {
  path: '/health',
  method: 'get',
  handler: async (req) => {
    const started = Date.now()
    let database = false
    try {
      await req.payload.count({ collection: 'users', overrideAccess: true })
      database = true
    } catch (error) {
      req.payload.logger.error(`health check: database did not answer (${String(error)})`)
    }
    return Response.json(
      {
        status: database ? 'ok' : 'unavailable',
        checks: { database: { ok: database, ms: Date.now() - started } },
      },
      { status: database ? 200 : 503, headers: { 'cache-control': 'no-store' } },
    )
  },
}
