// Serves the built CMS: Next.js (the admin and Payload's REST API) behind our
// own HTTP front door, which enforces what Next.js middleware cannot: body
// caps counted as bytes arrive, the service key of the inquiry endpoints
// before any body is read, and the trusted client address (src/http/guard.ts).
// Started by scripts/start.ts once the database is ready, in a process of its
// own so that Next.js gets a fresh Payload (the preparation's is closed).
import { createServer } from 'node:http'
import { CmsEnv, parseEnv, portalApiKey } from '@portal/shared/env'
import { guardRequests } from '../src/http/guard'
import { appDir } from '../src/paths'

const env = parseEnv(CmsEnv, process.env)
const { default: next } = await import('next')
const app = next({ dev: false, dir: appDir, port: env.PORT })
await app.prepare()
const handle = app.getRequestHandler()

const server = createServer(
  guardRequests((req, res) => handle(req, res), {
    maxUploadMb: env.MAX_UPLOAD_MB,
    serviceKey: portalApiKey(env.PORTAL_API_KEY),
    trustedHops: env.TRUST_PROXY_HOPS,
  }),
)
server.listen(env.PORT, () => console.log(`[cms] ready on port ${env.PORT}`))

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close()
    void app.close().finally(() => process.exit(0))
  })
}
