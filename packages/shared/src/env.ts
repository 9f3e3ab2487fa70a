import { z } from 'zod'

/** The secret a development or demo CMS uses when none is configured. Production refuses it. */
export const DEV_PAYLOAD_SECRET = 'dev-only-secret-do-not-use-in-production'

const NodeEnv = z.enum(['development', 'production', 'test']).default('development')
const Port = z.coerce.number().int().min(1).max(65535)

/** Environment of the CMS app. */
export const CmsEnv = z
  .object({
    NODE_ENV: NodeEnv,
    /** Empty: embedded SQLite file under `data/`. `file:` URL: that SQLite file. `mongodb://` or `mongodb+srv://`: MongoDB. */
    DATABASE_URI: z.string().trim().optional(),
    PAYLOAD_SECRET: z.string().optional(),
    PORT: Port.default(3000),
    /** Public address of the CMS, used for links in the admin and in mails. */
    CMS_PUBLIC_URL: z.url().default('http://localhost:3000'),
    /** Public address of the portal, allowed for CORS and used for preview links. */
    PORTAL_URL: z.url().default('http://localhost:4321'),
    /** Folder for uploaded files when no object storage is configured. */
    MEDIA_DIR: z.string().trim().optional(),
    /** Largest upload accepted, in megabytes. */
    MAX_UPLOAD_MB: z.coerce.number().positive().max(200).default(10),
  })
  .superRefine((env, ctx) => {
    const uri = env.DATABASE_URI
    if (uri && !/^(file:|mongodb(\+srv)?:\/\/)/.test(uri)) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_URI'],
        message: 'must start with file: (SQLite) or mongodb:// / mongodb+srv:// (MongoDB)',
      })
    }
    if (env.NODE_ENV !== 'production') return
    const secret = env.PAYLOAD_SECRET
    if (!secret || secret === DEV_PAYLOAD_SECRET || secret.length < 32) {
      ctx.addIssue({
        code: 'custom',
        path: ['PAYLOAD_SECRET'],
        message:
          'production needs a random secret of at least 32 characters (for example: openssl rand -hex 32)',
      })
    }
  })
export type CmsEnv = z.infer<typeof CmsEnv>

/** Environment of the portal app. */
export const WebEnv = z.object({
  NODE_ENV: NodeEnv,
  /** Where the portal reaches the CMS's REST API (server side only). */
  CMS_URL: z.url().default('http://localhost:3000'),
  /** The portal's own public address, for canonical links. */
  SITE_URL: z.url().default('http://localhost:4321'),
  PORT: Port.default(4321),
  HOST: z.string().default('0.0.0.0'),
})
export type WebEnv = z.infer<typeof WebEnv>

/** Thrown when the environment is invalid; its message names every bad variable. */
export class EnvError extends Error {
  override name = 'EnvError'
}

/**
 * Parses an environment with a schema, treating empty strings as unset, and
 * throws an `EnvError` that names each offending variable and why.
 */
export function parseEnv<T extends z.ZodType>(
  schema: T,
  source: Record<string, string | undefined>,
): z.infer<T> {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  )
  const result = schema.safeParse(cleaned)
  if (result.success) return result.data
  const lines = result.error.issues.map(
    (issue) => `  - ${issue.path.join('.') || '(environment)'}: ${issue.message}`,
  )
  throw new EnvError(`Invalid configuration:\n${lines.join('\n')}`)
}
