import { z } from 'zod'

/** The secret a development or demo CMS uses when none is configured. Production refuses it. */
export const DEV_PAYLOAD_SECRET = 'dev-only-secret-do-not-use-in-production'

/** The portal's service key when none is configured (development and tests only). Production refuses it. */
export const DEV_PORTAL_API_KEY = 'dev-only-portal-api-key-do-not-use-in-production'

/** The CMS-to-portal signing secret when none is configured. Production refuses it. */
export const DEV_PORTAL_HOOK_SECRET = 'dev-only-hook-secret-do-not-use-in-production'

/** The portal's form-signing secret when none is configured. Production refuses it. */
export const DEV_PORTAL_SECRET = 'dev-only-portal-secret-do-not-use-in-production'

const NodeEnv = z.enum(['development', 'production', 'test']).default('development')
const Port = z.coerce.number().int().min(1).max(65535)
/**
 * Reverse proxies in front of the app whose X-Forwarded-For is trusted,
 * counted from the app outwards. 0: use the connection's address.
 */
const TrustProxyHops = z.coerce.number().int().min(0).max(5).default(0)

/**
 * A cron expression as Payload's job runner reads it: five fields (minute hour
 * day month weekday) or six with seconds first; digits, `*`, `/`, `,` and `-`.
 */
const Cron = z
  .string()
  .trim()
  .regex(/^[\d*/,-]+(?: [\d*/,-]+){4,5}$/, {
    message:
      'not a cron expression: 5 fields (minute hour day month weekday), or 6 with seconds first, e.g. 15 3 * * *',
  })

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
    /**
     * Bucket of an S3 or S3-compatible object storage for uploaded files. Set:
     * media go to the bucket (S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY required);
     * unset: they stay in MEDIA_DIR.
     */
    S3_BUCKET: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
        message:
          'not a bucket name: 3 to 63 lowercase letters, digits, dots and hyphens (the name only, no s3:// or address)',
      })
      .optional(),
    /** Region of the bucket. S3-compatible services that have none accept the default. */
    S3_REGION: z.string().trim().default('us-east-1'),
    /** Address of an S3-compatible service (MinIO, Alibaba Cloud OSS, Tencent COS, …). Unset: AWS S3. */
    S3_ENDPOINT: z
      .url({ protocol: /^https?$/, message: 'must be an http:// or https:// address' })
      .optional(),
    S3_ACCESS_KEY_ID: z.string().trim().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    /** `true`: address the bucket as `<endpoint>/<bucket>/…` (MinIO and most self-hosted services). */
    S3_FORCE_PATH_STYLE: z.stringbool().default(false),
    /**
     * Folder inside the bucket for the files, e.g. `portal/media`. Unset: the
     * bucket's top level. Fixed once files are stored (keys are not rewritten).
     */
    S3_PREFIX: z
      .string()
      .trim()
      .transform((value) => value.replace(/^\/+|\/+$/g, ''))
      .refine(
        (value) =>
          value === '' ||
          value
            .split('/')
            .every((segment) => /^[A-Za-z0-9_.-]+$/.test(segment) && !/^\.{1,2}$/.test(segment)),
        {
          message:
            'letters, digits, _ . - in /-separated folder names (for example portal/media), no . or .. folders',
        },
      )
      .optional(),
    /**
     * When the personal-information retention job (anonymising expired
     * inquiries and inactive investor contacts) is queued, in server time.
     */
    RETENTION_CRON: Cron.default('15 3 * * *'),
    /** How often the serving CMS runs due jobs of the maintenance queue (retention, site health). */
    MAINTENANCE_JOBS_CRON: Cron.default('*/5 * * * *'),
    /** Proxies in front of the CMS: login attempts are limited per client address behind them. */
    TRUST_PROXY_HOPS: TrustProxyHops,
    /** Largest upload accepted, in megabytes. */
    MAX_UPLOAD_MB: z.coerce.number().positive().max(200).default(10),
    /**
     * API key of the portal's service account, the only account that may file
     * inquiries. The start command creates or updates that account with it.
     */
    PORTAL_API_KEY: z.string().optional(),
    /** Outgoing mail server. Without it, mails are written as .eml files to MAIL_DIR. */
    SMTP_HOST: z.string().trim().optional(),
    SMTP_PORT: Port.default(587),
    /** `true` for implicit TLS (usually port 465); otherwise STARTTLS when the server offers it. */
    SMTP_SECURE: z.stringbool().default(false),
    SMTP_USER: z.string().optional(),
    SMTP_PASS: z.string().optional(),
    /** Sender of notification mails. */
    MAIL_FROM: z.string().default('招商引资门户 <noreply@localhost>'),
    /** Folder for mails when no SMTP server is configured (demo and development). */
    MAIL_DIR: z.string().trim().optional(),
    /** Secret shared with the portal: signs change notifications and preview links. */
    PORTAL_HOOK_SECRET: z.string().optional(),
    /**
     * Portal instances to notify when published content changes, comma separated
     * (each instance keeps its own cache). Default: PORTAL_URL.
     */
    PORTAL_NOTIFY_URLS: z
      .string()
      .optional()
      .transform((value, ctx) => {
        if (!value) return undefined
        const urls = value
          .split(',')
          .map((url) => url.trim())
          .filter(Boolean)
        for (const url of urls) {
          if (!z.url().safeParse(url).success) {
            ctx.addIssue({ code: 'custom', message: `not a URL: ${url}` })
          }
        }
        return urls
      }),
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
    checkObjectStorage(ctx, env)
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
    requireProductionKey(ctx, 'PORTAL_API_KEY', env.PORTAL_API_KEY, DEV_PORTAL_API_KEY)
    requireProductionKey(ctx, 'PORTAL_HOOK_SECRET', env.PORTAL_HOOK_SECRET, DEV_PORTAL_HOOK_SECRET)
  })
export type CmsEnv = z.infer<typeof CmsEnv>

/** Environment of the portal app. */
export const WebEnv = z
  .object({
    NODE_ENV: NodeEnv,
    /** Where the portal reaches the CMS's REST API (server side only). */
    CMS_URL: z.url().default('http://localhost:3000'),
    /** The CMS's public address (its admin frames draft previews). Default: CMS_URL. */
    CMS_PUBLIC_URL: z.url().optional(),
    /** The portal's own public address, for canonical links. */
    SITE_URL: z.url().default('http://localhost:4321'),
    PORT: Port.default(4321),
    /**
     * Address to listen on. Unset: every IPv6 and IPv4 address (`::`, dual
     * stack), or every IPv4 address where the machine has no IPv6.
     */
    HOST: z.string().trim().optional(),
    /**
     * Sub-path the portal is served under inside a shared platform (集约化),
     * e.g. `/swj`. Read by the build (Astro's `base`) and checked at start.
     */
    BASE_PATH: z
      .string()
      .trim()
      .regex(/^(\/[A-Za-z0-9._~-]+)*\/?$/, 'a path such as /swj')
      .optional(),
    /** API key of the CMS service account that files inquiries (the CMS's PORTAL_API_KEY). */
    CMS_API_KEY: z.string().optional(),
    /** Secret that signs the time a form was shown (minimum fill time). */
    PORTAL_SECRET: z.string().optional(),
    /** Folder of the durable outbox that keeps inquiries while the CMS is unreachable. */
    OUTBOX_DIR: z.string().trim().optional(),
    /** Inquiries accepted per client address in INQUIRY_RATE_WINDOW_MINUTES. */
    INQUIRY_RATE_LIMIT: z.coerce.number().int().positive().default(5),
    /** Status lookups accepted per client address in the same window. */
    LOOKUP_RATE_LIMIT: z.coerce.number().int().positive().default(20),
    INQUIRY_RATE_WINDOW_MINUTES: z.coerce.number().positive().default(10),
    /** Seconds a person needs at least to fill in the form; faster posts are refused as automated. */
    INQUIRY_MIN_FILL_SECONDS: z.coerce.number().min(0).default(3),
    /** Largest inquiry request body, in kilobytes. */
    INQUIRY_MAX_BODY_KB: z.coerce.number().positive().max(1024).default(16),
    /**
     * Redis shared by every portal instance (`redis://host:6379`): the inquiry and
     * lookup limits then hold across instances. Without it each instance counts alone.
     */
    REDIS_URL: z
      .string()
      .trim()
      .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// address')
      .optional(),
    TRUST_PROXY_HOPS: TrustProxyHops,
    /** Secret shared with the CMS: signs its change notifications and preview links. */
    PORTAL_HOOK_SECRET: z.string().optional(),
    /**
     * Folder for the last good copy of each cached page, so a portal restarted
     * while the CMS is down still serves them. Default: `page-cache` beside the outbox folder.
     */
    CACHE_DIR: z.string().trim().optional(),
    /** Request log format; default `json` in production, `text` otherwise. */
    LOG_FORMAT: z.enum(['json', 'text']).optional(),
    /** Memory for cached pages, in megabytes. */
    CACHE_MAX_MB: z.coerce.number().positive().default(256),
    /** Longest a cached page counts as fresh without a notification from the CMS. */
    CACHE_TTL_SECONDS: z.coerce.number().positive().default(300),
    /** How long a visitor waits for a re-render before getting the stale copy (milliseconds). */
    STALE_AFTER_MS: z.coerce.number().int().min(0).default(1500),
    /** Page renders (each asks the CMS) running at once; more wait in a queue. */
    RENDER_CONCURRENCY: z.coerce.number().int().positive().default(8),
    /** Renders that may wait; past that a visitor gets an immediate 503 with Retry-After. */
    RENDER_QUEUE: z.coerce.number().int().min(0).default(64),
    /** Longest wait in that queue (milliseconds) before the 503. */
    RENDER_QUEUE_MS: z.coerce.number().int().positive().default(3000),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return
    requireProductionKey(ctx, 'CMS_API_KEY', env.CMS_API_KEY, DEV_PORTAL_API_KEY)
    requireProductionKey(ctx, 'PORTAL_SECRET', env.PORTAL_SECRET, DEV_PORTAL_SECRET)
    requireProductionKey(ctx, 'PORTAL_HOOK_SECRET', env.PORTAL_HOOK_SECRET, DEV_PORTAL_HOOK_SECRET)
  })
export type WebEnv = z.infer<typeof WebEnv>

/**
 * With S3_BUCKET, both keys are required. Without it, the other S3 settings
 * that have no default would be ignored and files would quietly go to the
 * local folder: that is refused too.
 */
function checkObjectStorage(
  ctx: z.RefinementCtx,
  env: {
    S3_BUCKET?: string
    S3_ENDPOINT?: string
    S3_ACCESS_KEY_ID?: string
    S3_SECRET_ACCESS_KEY?: string
    S3_PREFIX?: string
  },
): void {
  if (env.S3_BUCKET) {
    for (const name of ['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
      if (!env[name]) {
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: 'required when S3_BUCKET is set (media are stored in the bucket)',
        })
      }
    }
    return
  }
  const orphans = (
    ['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_PREFIX'] as const
  ).filter((name) => env[name] !== undefined)
  if (orphans.length > 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['S3_BUCKET'],
      message: `required when ${orphans.join(', ')} ${orphans.length === 1 ? 'is' : 'are'} set; without S3_BUCKET media stay in MEDIA_DIR`,
    })
  }
}

/** In production, a key must be set, not the development default, and at least 32 characters. */
function requireProductionKey(
  ctx: z.RefinementCtx,
  name: string,
  value: string | undefined,
  devDefault: string,
): void {
  if (!value || value === devDefault || value.length < 32) {
    ctx.addIssue({
      code: 'custom',
      path: [name],
      message: 'production needs a random value of at least 32 characters (openssl rand -hex 32)',
    })
  }
}

/** The service key the portal and the CMS use, falling back to the development key outside production. */
export function portalApiKey(configured: string | undefined): string {
  return configured || DEV_PORTAL_API_KEY
}

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
