import path from 'node:path'
import { DEV_PORTAL_HOOK_SECRET, EnvError, WebEnv, parseEnv } from '@portal/shared/env'
import { resolveOutboxDir } from '../src/lib/inquiries/outbox'

/** The server's configuration: the environment, read once, and what follows from it. */
export interface ServerConfig {
  env: WebEnv
  /** Listening addresses to try in turn (the first that works is used). */
  hosts: string[]
  hookSecret: string
  outboxDir: string
  cacheDir: string
  jsonLog: boolean
}

/**
 * Reads the environment, or ends the process with a message naming each bad
 * variable. Without HOST the portal listens on `::`, which on Linux takes
 * IPv4 as well (dual stack); on a machine without IPv6 it falls back to 0.0.0.0.
 */
export function loadConfig(source: Record<string, string | undefined> = process.env): ServerConfig {
  let env: WebEnv
  try {
    env = parseEnv(WebEnv, source)
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`The portal cannot start.\n${error.message}`)
      process.exit(1)
    }
    throw error
  }
  const outboxDir = resolveOutboxDir(env.OUTBOX_DIR)
  return {
    env,
    hosts: env.HOST ? [env.HOST] : ['::', '0.0.0.0'],
    hookSecret: env.PORTAL_HOOK_SECRET || DEV_PORTAL_HOOK_SECRET,
    outboxDir,
    // Beside the outbox: the portal's one folder of its own data.
    cacheDir: env.CACHE_DIR
      ? path.resolve(env.CACHE_DIR)
      : path.join(path.dirname(outboxDir), 'page-cache'),
    jsonLog: (env.LOG_FORMAT ?? (env.NODE_ENV === 'production' ? 'json' : 'text')) === 'json',
  }
}
