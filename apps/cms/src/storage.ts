import path from 'node:path'
import { env } from './env'
import { dataDir } from './paths'

/** Folder where uploaded files are kept when no object storage is configured. */
export function mediaDir(): string {
  return env.MEDIA_DIR ? path.resolve(env.MEDIA_DIR) : path.join(dataDir, 'media')
}
