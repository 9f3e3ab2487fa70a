import { readFileSync } from 'node:fs'
import path from 'node:path'
import { normalBasePath } from '../src/lib/base'

/**
 * The sub-path this build serves (Astro's `base`, recorded by the build in
 * `dist/build.json`). Links and asset URLs in the built code carry it, so a
 * different BASE_PATH at start would serve pages whose assets all miss: the
 * server refuses to start then, naming both values.
 */
export function loadBasePath(distDir: string, fromEnv: string | undefined): string {
  let built = ''
  try {
    const info = JSON.parse(readFileSync(path.join(distDir, 'build.json'), 'utf8')) as {
      basePath?: string
    }
    built = normalBasePath(info.basePath)
  } catch {
    // A build without the record predates sub-paths: it serves the root.
  }
  if (fromEnv !== undefined && normalBasePath(fromEnv) !== built) {
    console.error(
      `The portal cannot start.\nBASE_PATH is "${fromEnv}" but this build was made for "${built || '/'}": build again with BASE_PATH=${fromEnv}.`,
    )
    process.exit(1)
  }
  return built
}
