// Production start of the CMS: validate the configuration, bring the database
// schema up to date, optionally load the demo content, then serve through
// scripts/serve.ts (Next.js behind the CMS's own HTTP front door).
// Usage: npm start [-- --seed]   (npm puts the workspace's tools on PATH)
//
// Run through scripts/run.mjs, which bundles it (see there why). Migrations and
// the seed run in this process through the Local API rather than through
// `payload migrate` / `payload run`, which load TypeScript through module hooks.
import { spawn } from 'node:child_process'
import { CmsEnv, EnvError, parseEnv } from '@portal/shared/env'
import { appDir } from '../src/paths'

Object.assign(process.env, { NODE_ENV: 'production' })

try {
  parseEnv(CmsEnv, process.env)
} catch (error) {
  if (error instanceof EnvError) {
    console.error(`The CMS cannot start.\n${error.message}`)
    process.exit(1)
  }
  throw error
}

const { prepareDatabase } = await import('./prepare')
await prepareDatabase({ seed: process.argv.includes('--seed') })

const server = spawn(
  process.execPath,
  [...process.execArgv, 'scripts/run.mjs', 'scripts/serve.ts'],
  {
    cwd: appDir,
    env: process.env,
    stdio: 'inherit',
  },
)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.kill(signal))
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
