import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import node from '@astrojs/node'
import react from '@astrojs/react'
import type { AstroIntegration } from 'astro'
import { defineConfig, passthroughImageService } from 'astro/config'
import { normalBasePath } from './src/lib/base'

/** The module that validates the environment and starts the inquiry outbox (src/lib/startup.ts). */
const STARTUP_MODULE = fileURLToPath(new URL('./src/lib/startup.ts', import.meta.url))
/** Astro's generated server entry (astro 5: `@astrojs-ssr-virtual-entry`, resolved with a \0). */
const SERVER_ENTRY = '\0@astrojs-ssr-virtual-entry'

/**
 * Imports the startup module at the top of the built server entry. Astro
 * loads the middleware and the pages only at the first request; this makes a
 * bad environment stop the server before it listens, and starts the outbox's
 * delivery loop at once, however the entry is started.
 */
function startAtServerStart() {
  let ssrBuild = false
  let injected = false
  return {
    name: 'portal:start-at-server-start',
    apply: 'build' as const,
    configResolved(config: { build: { ssr: boolean | string } }) {
      ssrBuild = Boolean(config.build.ssr)
    },
    transform(code: string, id: string) {
      if (id !== SERVER_ENTRY) return null
      injected = true
      return { code: `import ${JSON.stringify(STARTUP_MODULE)}\n${code}`, map: null }
    },
    buildEnd() {
      if (ssrBuild && !injected) {
        throw new Error(`${SERVER_ENTRY.slice(1)} not found: the startup module was not injected`)
      }
    },
  }
}

/** The sub-path the portal is built for (集约化), e.g. `/swj`; '' at the root of its own domain. */
const BASE_PATH = normalBasePath(process.env.BASE_PATH)

/**
 * Records the base in `dist/build.json`: the production server routes by it
 * and refuses to start under another BASE_PATH than the build's, since asset
 * URLs in the built pages carry it.
 */
function recordBasePath(): AstroIntegration {
  let outDir: URL | undefined
  return {
    name: 'portal:record-base-path',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir
      },
      'astro:build:done': () => {
        if (outDir)
          writeFileSync(new URL('build.json', outDir), JSON.stringify({ basePath: BASE_PATH }))
      },
    },
  }
}

// Server-rendered portal: every page reads the CMS at request time, so content
// is live without rebuilds. The adapter runs in middleware mode: the portal's
// own server (server/main.ts) answers built assets and cached pages first and
// calls Astro only to render.
export default defineConfig({
  output: 'server',
  base: BASE_PATH || '/',
  // Another folder (PORTAL_OUT_DIR, the build script's too) lets a second
  // build, e.g. for a sub-path, sit beside the normal one.
  outDir: process.env.PORTAL_OUT_DIR ?? './dist',
  adapter: node({ mode: 'middleware' }),
  integrations: [react(), recordBasePath()],
  server: { port: Number(process.env.PORT ?? 4321), host: process.env.HOST ?? '0.0.0.0' },
  // Off: Astro's check answers a cross-site POST with a bare English 403 before
  // any page runs. The only POSTs are the inquiry forms and the status lookup,
  // and their handler checks Origin/Referer itself and refuses in the
  // visitor's language (src/lib/inquiries/protection.ts, `isSameOrigin`).
  security: { checkOrigin: false },
  devToolbar: { enabled: false },
  // The portal shows images as the CMS prepared them (WebP sizes): Astro's own
  // image processing stays off, and the server refuses its /_image endpoint.
  image: { service: passthroughImageService() },
  prefetch: false,
  build: { inlineStylesheets: 'always' },
  vite: { plugins: [startAtServerStart()] },
})
