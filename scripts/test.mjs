// `npm test`: every check CI runs, in order, stopping at the first failure:
// generated files, formatting, lint, types, unit and integration tests, the
// production build, and the end-to-end tests in Chromium against both built apps.
import { run } from './lib.mjs'

const steps = [
  ['generated files are current', 'node', ['scripts/check-generated.mjs']],
  ['formatting', 'npx', ['prettier', '--check', '.']],
  ['lint and types', 'npx', ['turbo', 'run', 'lint', 'typecheck', '--concurrency=2']],
  ['unit and integration tests', 'npx', ['turbo', 'run', 'test', '--concurrency=2']],
  ['production build', 'npx', ['turbo', 'run', 'build']],
  ['end-to-end tests (Chromium)', 'npm', ['run', 'test:e2e']],
]

let passed = 0
for (const [label, command, args] of steps) {
  console.log(`\n=== ${label}`)
  const started = Date.now()
  if (!run(command, args)) {
    console.error(`\n=== FAILED: ${label}`)
    console.log(`steps: ${passed} passed, 1 failed`)
    process.exit(1)
  }
  passed += 1
  console.log(`=== ok: ${label} (${Math.round((Date.now() - started) / 1000)} s)`)
}
console.log(`\nsteps: ${passed} passed, 0 failed`)
