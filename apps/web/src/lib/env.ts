import { WebEnv, parseEnv } from '@portal/shared/env'

/** The portal's configuration, validated when the server first needs it. */
export const env = parseEnv(WebEnv, process.env)
