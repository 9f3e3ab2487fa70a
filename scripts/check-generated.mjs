// Regenerates the CMS's generated files and fails when they differ from what is
// committed: the shared types must always describe the real CMS.
import { run } from './lib.mjs'

const generated = [
  'packages/shared/src/payload-types.ts',
  'apps/cms/src/app/(payload)/admin/importMap.js',
]

if (!run('npm', ['run', 'generate', '-w', '@portal/cms'])) process.exit(1)
if (!run('git', ['diff', '--exit-code', '--stat', '--', ...generated])) {
  console.error(
    '\nThe generated files above are out of date. Run `npm run generate` and commit the result.',
  )
  process.exit(1)
}
console.log('[check] generated files are up to date')
