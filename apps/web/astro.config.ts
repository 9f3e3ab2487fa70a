import node from '@astrojs/node'
import react from '@astrojs/react'
import { defineConfig } from 'astro/config'

// Server-rendered portal: every page reads the CMS at request time (the cache in
// front of it keeps that cheap), so content is live without rebuilds.
export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  integrations: [react()],
  server: { port: Number(process.env.PORT ?? 4321), host: process.env.HOST ?? '0.0.0.0' },
  security: { checkOrigin: true },
  devToolbar: { enabled: false },
  prefetch: false,
  build: { inlineStylesheets: 'always' },
})
