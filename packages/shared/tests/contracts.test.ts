import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  CmsEnv,
  DEV_PAYLOAD_SECRET,
  DEV_PORTAL_API_KEY,
  EnvError,
  WebEnv,
  parseEnv,
  portalApiKey,
} from '../src/env'
import {
  NEWS_CARD_FIELDS,
  POLICY_CARD_FIELDS,
  PROJECT_CARD_FIELDS,
  PublicNewsCard,
  PublicPolicyCard,
  PublicProjectCard,
  SITEMAP_FIELDS,
  SitemapEntry,
} from '../src/content'
import { pickLocale } from '../src/locales'
import { PublicProject, PublicProjectList, Slug } from '../src/project'

const goodProject = {
  id: 7,
  slug: 'jin-shan-shang-ye-guang-chang',
  title: { zh: '金山商业广场', en: 'Jinshan Commercial Plaza' },
  summary: { zh: '县城核心商圈综合体', en: null },
  sector: 'commerce',
  stage: 'negotiating',
  investment: { amount: 5.2, unit: 'cny-100m' },
  location: { zh: '县城新区', en: 'New town district' },
  updatedAt: '2026-11-28T03:00:00.000Z',
}

describe('PublicProject', () => {
  it('accepts a published project as the CMS returns it with locale=all', () => {
    const parsed = PublicProject.parse(goodProject)
    expect(parsed.title.zh).toBe('金山商业广场')
    expect(parsed.investment.unit).toBe('cny-100m')
  })

  it('rejects an unknown stage and names the field', () => {
    const result = PublicProject.safeParse({ ...goodProject, stage: 'finished' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['stage'])
  })

  it('rejects a project without a Chinese title', () => {
    const result = PublicProject.safeParse({ ...goodProject, title: { zh: '  ', en: 'Plaza' } })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe('Chinese text is required')
  })

  it('rejects a negative investment', () => {
    const result = PublicProject.safeParse({
      ...goodProject,
      investment: { amount: -1, unit: 'cny-10k' },
    })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['investment', 'amount'])
  })

  it('parses a paginated list', () => {
    const list = PublicProjectList.parse({
      docs: [goodProject],
      totalDocs: 1,
      limit: 12,
      page: 1,
      totalPages: 1,
      hasNextPage: false,
      hasPrevPage: false,
    })
    expect(list.docs).toHaveLength(1)
  })
})

describe('Slug', () => {
  it.each(['jin-shan', 'a1', 'qing-lan-da-li-shi-2'])('accepts %s', (slug) => {
    expect(Slug.safeParse(slug).success).toBe(true)
  })
  it.each(['', 'Upper', 'two--hyphens', '-lead', '../etc', '金山'])('rejects %j', (slug) => {
    expect(Slug.safeParse(slug).success).toBe(false)
  })
})

describe('pickLocale', () => {
  it('returns the English text when it exists', () => {
    expect(pickLocale({ zh: '广场', en: 'Plaza' }, 'en')).toEqual({
      text: 'Plaza',
      fallback: false,
    })
  })
  it('falls back to Chinese for an untranslated English text and says so', () => {
    expect(pickLocale({ zh: '广场', en: null }, 'en')).toEqual({ text: '广场', fallback: true })
    expect(pickLocale({ zh: '广场', en: '   ' }, 'en')).toEqual({ text: '广场', fallback: true })
  })
  it('never reports a fallback for Chinese readers', () => {
    expect(pickLocale({ zh: '广场', en: 'Plaza' }, 'zh')).toEqual({ text: '广场', fallback: false })
  })
  it('returns an empty text for a missing value', () => {
    expect(pickLocale(null, 'en')).toEqual({ text: '', fallback: false })
  })
})

describe('environment contracts', () => {
  it('gives the CMS working defaults for development', () => {
    const env = parseEnv(CmsEnv, {})
    expect(env.PORT).toBe(3000)
    expect(env.DATABASE_URI).toBeUndefined()
  })

  it('refuses to run production without a real secret, naming the variable', () => {
    expect(() => parseEnv(CmsEnv, { NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET/)
    expect(() =>
      parseEnv(CmsEnv, { NODE_ENV: 'production', PAYLOAD_SECRET: DEV_PAYLOAD_SECRET }),
    ).toThrow(EnvError)
    expect(() => parseEnv(CmsEnv, { NODE_ENV: 'production', PAYLOAD_SECRET: 'short' })).toThrow(
      /at least 32 characters/,
    )
    const ok = parseEnv(CmsEnv, {
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'x'.repeat(40),
      PORTAL_API_KEY: 'k'.repeat(40),
      PORTAL_HOOK_SECRET: 'h'.repeat(40),
    })
    expect(ok.NODE_ENV).toBe('production')
  })

  it('refuses production without the portal service key on either side', () => {
    const cms = {
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'x'.repeat(40),
      PORTAL_HOOK_SECRET: 'h'.repeat(40),
    }
    expect(() => parseEnv(CmsEnv, cms)).toThrow(/PORTAL_API_KEY/)
    expect(() => parseEnv(CmsEnv, { ...cms, PORTAL_API_KEY: DEV_PORTAL_API_KEY })).toThrow(
      /PORTAL_API_KEY/,
    )
    expect(() => parseEnv(WebEnv, { NODE_ENV: 'production' })).toThrow(
      /CMS_API_KEY[\s\S]*PORTAL_SECRET[\s\S]*PORTAL_HOOK_SECRET/,
    )
    const web = parseEnv(WebEnv, {
      NODE_ENV: 'production',
      CMS_API_KEY: 'k'.repeat(40),
      PORTAL_SECRET: 's'.repeat(40),
      PORTAL_HOOK_SECRET: 'h'.repeat(40),
    })
    expect(web.INQUIRY_RATE_LIMIT).toBe(5)
    expect(portalApiKey(undefined)).toBe(DEV_PORTAL_API_KEY)
    expect(portalApiKey(web.CMS_API_KEY)).toBe('k'.repeat(40))
  })

  it('reads the job times as cron expressions, refusing anything else by name', () => {
    const defaults = parseEnv(CmsEnv, {})
    expect(defaults.RETENTION_CRON).toBe('15 3 * * *')
    expect(defaults.MAINTENANCE_JOBS_CRON).toBe('*/5 * * * *')
    const seconds = parseEnv(CmsEnv, { MAINTENANCE_JOBS_CRON: '*/10 * * * * *' })
    expect(seconds.MAINTENANCE_JOBS_CRON).toBe('*/10 * * * * *')
    expect(() => parseEnv(CmsEnv, { RETENTION_CRON: 'daily' })).toThrow(
      /RETENTION_CRON[\s\S]*not a cron expression/,
    )
    expect(() => parseEnv(CmsEnv, { MAINTENANCE_JOBS_CRON: '* * * *' })).toThrow(
      /MAINTENANCE_JOBS_CRON/,
    )
    expect(() => parseEnv(CmsEnv, { RETENTION_CRON: '15 3 * * *; rm' })).toThrow(EnvError)
  })

  it('reads SMTP settings, with STARTTLS by default', () => {
    const env = parseEnv(CmsEnv, { SMTP_HOST: 'mail.example.gov.cn', SMTP_SECURE: 'true' })
    expect(env.SMTP_PORT).toBe(587)
    expect(env.SMTP_SECURE).toBe(true)
    expect(parseEnv(CmsEnv, {}).SMTP_SECURE).toBe(false)
  })

  it('refuses a database URI it cannot serve', () => {
    expect(() => parseEnv(CmsEnv, { DATABASE_URI: 'postgres://db/portal' })).toThrow(/DATABASE_URI/)
    expect(parseEnv(CmsEnv, { DATABASE_URI: 'mongodb://db:27017/portal' }).DATABASE_URI).toBe(
      'mongodb://db:27017/portal',
    )
  })

  it('treats empty variables as unset and rejects a bad port', () => {
    expect(parseEnv(WebEnv, { CMS_URL: '' }).CMS_URL).toBe('http://localhost:3000')
    expect(() => parseEnv(WebEnv, { PORT: 'eighty' })).toThrow(/PORT/)
  })
})

describe('.env.example', () => {
  it('documents every variable either app reads', () => {
    const example = readFileSync(new URL('../../../.env.example', import.meta.url), 'utf8')
    const documented = new Set(
      example
        .split('\n')
        .map((line) => /^([A-Z][A-Z0-9_]*)=/.exec(line)?.[1])
        .filter(Boolean),
    )
    const read = [...Object.keys(CmsEnv.shape), ...Object.keys(WebEnv.shape)].filter(
      (name) => name !== 'NODE_ENV',
    )
    expect(read.filter((name) => !documented.has(name))).toEqual([])
  })
})

describe('list card contracts', () => {
  const cases = [
    ['projects', PROJECT_CARD_FIELDS, PublicProjectCard],
    ['policies', POLICY_CARD_FIELDS, PublicPolicyCard],
    ['news', NEWS_CARD_FIELDS, PublicNewsCard],
    ['sitemap', SITEMAP_FIELDS, SitemapEntry],
  ] as const
  it.each(cases)(
    '%s: the fields asked for are exactly the fields the schema reads',
    (_, fields, schema) => {
      const shape = Object.keys(schema.shape).filter((key) => key !== 'id')
      expect([...fields].sort()).toEqual(shape.sort())
    },
  )

  it('a card carries no body, even when the CMS sends one', () => {
    const card = PublicProjectCard.parse({ ...goodProject, body: { zh: null, en: null } })
    expect(card).not.toHaveProperty('body')
  })
})
