import { CmsEnv, DEV_PAYLOAD_SECRET, parseEnv } from '@portal/shared/env'

/**
 * The CMS's configuration, validated once at start. `next build` imports the
 * config without any runtime secret, so during that phase only the build gets
 * a placeholder; `next start` and every CLI command validate for real.
 */
function load(): CmsEnv & { PAYLOAD_SECRET: string } {
  const building = process.env.NEXT_PHASE === 'phase-production-build'
  const env = parseEnv(CmsEnv, {
    ...process.env,
    ...(building ? { NODE_ENV: 'development' } : {}),
  })
  return {
    ...env,
    NODE_ENV: building ? 'production' : env.NODE_ENV,
    PAYLOAD_SECRET: env.PAYLOAD_SECRET ?? DEV_PAYLOAD_SECRET,
  }
}

export const env = load()
