// Runs one of the CMS's TypeScript scripts (start, migrate, seed, generate) with
// plain Node: the script and the Payload config are bundled by esbuild into
// build/<name>.mjs first, with every npm package left external.
//
// Run it as `node --conditions=production scripts/run.mjs …` (the package
// scripts do). Lexical's packages pick, under Node's default `node` condition,
// wrapper modules that load their real code with a top-level `await import()`;
// on Node 20 a graph of many such modules sometimes never finishes loading, and
// the script hangs or exits with code 13 ("unsettled top-level await") before
// doing anything. The `production` condition selects their plain modules.
// Usage: node --conditions=production scripts/run.mjs <entry.ts> [args…]
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
if (!process.execArgv.some((arg) => /^(--conditions|-C)(=|$)/.test(arg))) {
  console.error(
    'scripts/run.mjs: start it with node --conditions=production (see the comment above)',
  )
  process.exit(2)
}
const [entry, ...rest] = process.argv.slice(2)
if (!entry) {
  console.error('usage: node scripts/run.mjs <entry.ts> [args…]')
  process.exit(2)
}
const outfile = path.join(appDir, 'build', `${path.basename(entry).replace(/\.tsx?$/, '')}.mjs`)

/**
 * Bare imports stay external, except the workspace's own TypeScript packages
 * and `#cms/…` (src/, package.json `imports`, which esbuild resolves itself).
 */
const externalPackages = {
  name: 'external-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@portal/') || args.path.startsWith('#cms/')
        ? undefined
        : { path: args.path, external: true },
    )
  },
}

await build({
  entryPoints: [path.resolve(appDir, entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'inline',
  logLevel: 'warning',
  plugins: [externalPackages],
})

process.argv = [process.argv[0], outfile, ...rest]
await import(pathToFileURL(outfile).href)
