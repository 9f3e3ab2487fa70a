// `npm test`: every check CI runs, in order, stopping at the first failure:
// generated files, formatting, lint, types, unit and integration tests, the
// production build, and the end-to-end tests in Chromium against both built apps.
import path from 'node:path'
// By path: the runner starts before anything is resolved from node_modules.
import { resolveChromium } from '../packages/process/browser.mjs'
import { quietEnv, root, run } from './lib.mjs'

// The browser is settled first, so a machine without one fails in seconds, not after the build.
const browserEnv = resolveChromium(process.env, {
  install: () =>
    run('npx', ['playwright', 'install', 'chromium'], { cwd: path.join(root, 'apps/web') }),
})
if (!browserEnv) process.exit(1)

const steps = [
  ['generated files are current', 'node', ['scripts/check-generated.mjs']],
  ['formatting', 'npx', ['prettier', '--check', '.']],
  ['lint and types', 'npx', ['turbo', 'run', 'lint', 'typecheck', '--concurrency=2']],
  ['unit and integration tests', 'npx', ['turbo', 'run', 'test', '--concurrency=2']],
  ['production build', 'npx', ['turbo', 'run', 'build']],
  ['end-to-end tests (Chromium)', 'npm', ['run', 'test:e2e'], { ...quietEnv, ...browserEnv }],
]

let passed = 0
for (const [label, command, args, env] of steps) {
  console.log(`\n=== ${label}`)
  const started = Date.now()
  if (!run(command, args, env ? { env } : {})) {
    console.error(`\n=== FAILED: ${label}`)
    console.log(`steps: ${passed} passed, 1 failed`)
    process.exit(1)
  }
  passed += 1
  console.log(`=== ok: ${label} (${Math.round((Date.now() - started) / 1000)} s)`)
}
console.log(`\nsteps: ${passed} passed, 0 failed`)
