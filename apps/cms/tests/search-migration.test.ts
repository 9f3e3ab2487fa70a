import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from '@payloadcms/db-sqlite'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import type { MigrateUpArgs } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrations } from '../src/migrations'
import { bootPayload } from './helpers'
import { onMongo } from './support/database'

// The migration to Payload's search plugin on a database made by the earlier
// migrations and holding rows of the hand-written index: existing entries and
// SEO values must survive, and the result must be the schema Payload itself
// builds from the configuration (the test database, whose schema Payload pushes).
const MIGRATION = '20261130_224054_search_seo_plugins'
const index = migrations.findIndex((migration) => migration.name === MIGRATION)
const migration = migrations[index]!
const earlier = migrations.slice(0, index)
// Migrations after it, applied for the comparison with today's schema and rolled back after.
const later = migrations.slice(index + 1)

/** The tables this migration or the SEO fields touch. */
const SCHEMA_TABLES = ['search', 'search_rels'].concat(
  ['projects', 'policies', 'news', 'guides'].flatMap((table) => [table, `${table}_locales`]),
)

type Db = ReturnType<typeof drizzle>
type Row = Record<string, unknown>
let db: Db
let payload: Payload

const args = () => ({ db, payload, req: {} }) as unknown as MigrateUpArgs
const rows = async (query: ReturnType<typeof sql>) => (await db.all(query)) as Row[]

/** Columns and indexes of a table, as SQLite describes them. */
async function shape(run: (query: string) => Promise<Row[]>, table: string) {
  const columns = await run(`PRAGMA table_info(\`${table}\`)`)
  const indexes = await run(`PRAGMA index_list(\`${table}\`)`)
  return {
    // Column order differs between a rebuilt table and a pushed one and does not matter.
    columns: columns
      .map((c) => `${String(c.name)} ${String(c.type)} ${c.notnull ? 'NOT NULL' : ''}`)
      .sort(),
    indexes: indexes.map((i) => String(i.name)).sort(),
  }
}

beforeAll(async () => {
  payload = await bootPayload()
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-migration-'))
  db = drizzle({ connection: `file:${path.join(dir, 'old.db')}` })
  for (const step of earlier) await step.up(args() as never)
  await db.run(
    sql`INSERT INTO news (id, category, published_at, _status) VALUES (7, 'investment', '2026-11-01T00:00:00.000Z', 'published')`,
  )
  await db.run(
    sql`INSERT INTO news_locales (_locale, _parent_id, title, meta_title, meta_description) VALUES ('zh', 7, '蓝莓推介会', '蓝莓推介会 · 县商务局', '签约冷链仓储项目三个')`,
  )
  await db.run(sql`INSERT INTO guides (id, _status) VALUES (3, 'published')`)
  await db.run(sql`INSERT INTO search (id, doc_type, doc_id, slug, title_zh, title_en, text_zh, text_en, date) VALUES
    (1, 'news', '7', 'lan-mei', '蓝莓推介会', 'Blueberry fair', '签约冷链仓储项目三个', 'Three deals', '2026-11-01T00:00:00.000Z'),
    (2, 'guides', '3', 'wai-shang', '外商投资指南', NULL, '办理流程', NULL, NULL),
    (3, 'news', '999', 'gone', '已删除的新闻', NULL, NULL, NULL, NULL)`)
}, 60_000)

afterAll(async () => {
  db?.$client.close()
  await payload?.destroy()
})

// SQLite's migration (SQL); MongoDB needs none.
describe.skipIf(onMongo)('the search plugin migration', () => {
  it('carries entries over to the plugin\u2019s rows and drops those whose document is gone', async () => {
    await migration.up(args() as never)
    expect(
      await rows(sql`SELECT id, title, title_en, slug, text_zh, priority FROM search ORDER BY id`),
    ).toEqual([
      {
        id: 1,
        title: '蓝莓推介会',
        title_en: 'Blueberry fair',
        slug: 'lan-mei',
        text_zh: '签约冷链仓储项目三个',
        priority: 0,
      },
      {
        id: 2,
        title: '外商投资指南',
        title_en: null,
        slug: 'wai-shang',
        text_zh: '办理流程',
        priority: 0,
      },
    ])
    expect(
      await rows(
        sql`SELECT parent_id, path, "order", projects_id, policies_id, news_id, guides_id FROM search_rels ORDER BY parent_id`,
      ),
    ).toEqual([
      {
        parent_id: 1,
        path: 'doc',
        order: null,
        projects_id: null,
        policies_id: null,
        news_id: 7,
        guides_id: null,
      },
      {
        parent_id: 2,
        path: 'doc',
        order: null,
        projects_id: null,
        policies_id: null,
        news_id: null,
        guides_id: 3,
      },
    ])
    expect(await rows(sql`PRAGMA foreign_key_check`)).toEqual([])
  })

  it('keeps the SEO values where they were', async () => {
    expect(
      await rows(sql`SELECT meta_title, meta_description FROM news_locales WHERE _parent_id = 7`),
    ).toEqual([{ meta_title: '蓝莓推介会 · 县商务局', meta_description: '签约冷链仓储项目三个' }])
  })

  it('leaves the schema Payload builds from the configuration, and rows as the plugin writes them', async () => {
    const client = (
      payload.db as unknown as { client: { execute: (q: string) => Promise<{ rows: Row[] }> } }
    ).client
    const pushed = async (query: string) => (await client.execute(query)).rows
    const migrated = (query: string) => db.all(sql.raw(query)) as Promise<Row[]>
    for (const step of later) await step.up(args() as never)
    for (const table of SCHEMA_TABLES) {
      expect(await shape(migrated, table), table).toEqual(await shape(pushed, table))
    }
    for (const step of [...later].reverse()) await step.down(args() as never)
    const news = await payload.create({
      collection: 'news',
      data: {
        title: '对照新闻',
        category: 'notice',
        publishedAt: '2026-11-02T00:00:00.000Z',
        _status: 'published',
      },
    })
    const written = await pushed(
      `SELECT r.path, r."order", r.news_id FROM search_rels r JOIN search s ON s.id = r.parent_id WHERE r.news_id = ${news.id}`,
    )
    expect(written.map((row) => ({ ...row }))).toEqual([
      { path: 'doc', order: null, news_id: news.id },
    ])
  })

  it('goes back to the hand-written index and forward again', async () => {
    await migration.down(args() as never)
    expect(await rows(sql`SELECT id, doc_type, doc_id, title_zh FROM search ORDER BY id`)).toEqual([
      { id: 1, doc_type: 'news', doc_id: '7', title_zh: '蓝莓推介会' },
      { id: 2, doc_type: 'guides', doc_id: '3', title_zh: '外商投资指南' },
    ])
    await migration.up(args() as never)
    expect(
      await rows(sql`SELECT parent_id, news_id, guides_id FROM search_rels ORDER BY parent_id`),
    ).toEqual([
      { parent_id: 1, news_id: 7, guides_id: null },
      { parent_id: 2, news_id: null, guides_id: 3 },
    ])
  })
})
