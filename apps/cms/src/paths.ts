import path from 'node:path'
import { fileURLToPath } from 'node:url'

// This file runs from `src/` (Next.js, tests) or bundled into `build/` (the
// scripts); both sit directly under the app folder, so `..` is the app.
const here = path.dirname(fileURLToPath(import.meta.url))

/** The CMS app's folder. */
export const appDir = path.resolve(here, '..')
/** Its source folder (the admin import map is resolved against it). */
export const srcDir = path.join(appDir, 'src')
/** Where local data lives by default: the SQLite files and uploaded media. */
export const dataDir = path.join(appDir, 'data')
