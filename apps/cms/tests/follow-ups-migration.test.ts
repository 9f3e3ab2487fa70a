import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from '@payloadcms/db-sqlite'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import type { MigrateUpArgs } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrations } from '../src/migrations'
import { onMongo } from './support/database'

// The follow-up log replaces the project's single internal note: on a database
// made by the earlier migrations, each project's note must become the first
// entry of its log, and the note column must go.
const MIGRATION = '20261201_041629_session_features'
const index = migrations.findIndex((migration) => migration.name === MIGRATION)
const migration = migrations[index]!
const earlier = migrations.slice(0, index)

let db: ReturnType<typeof drizzle>
const args = () => ({ db, payload: {}, req: {} }) as unknown as MigrateUpArgs

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'portal-migration-'))
  db = drizzle({ connection: `file:${path.join(dir, 'old.db')}` })
  for (const step of earlier) await step.up(args() as never)
  await db.run(sql`INSERT INTO projects
    (id, sector, stage, investment_amount, investment_unit, tracking_next_follow_up, tracking_internal_notes, updated_at, _status)
    VALUES
    (1, 'energy', 'negotiating', 100, 'cny-10k', '2026-12-05T00:00:00.000Z', '  客商要求延长用地期限  ', '2026-11-20T08:00:00.000Z', 'published'),
    (2, 'energy', 'reserve', 100, 'cny-10k', NULL, '   ', '2026-11-21T08:00:00.000Z', 'published'),
    (3, 'energy', 'reserve', 100, 'cny-10k', NULL, NULL, '2026-11-22T08:00:00.000Z', 'draft')`)
}, 60_000)

afterAll(() => db?.$client.close())

// SQLite's migration (SQL); MongoDB needs none.
describe.skipIf(onMongo)('the follow-up log migration', () => {
  it('turns each project’s note into the first entry of its log', async () => {
    await migration.up(args() as never)
    expect(
      await db.all(sql`SELECT project_id, date, kind, author_id, text, next_date FROM follow_ups`),
    ).toEqual([
      {
        project_id: 1,
        date: '2026-11-20T08:00:00.000Z',
        kind: 'note',
        author_id: null,
        text: '客商要求延长用地期限',
        next_date: '2026-12-05T00:00:00.000Z',
      },
    ])
    const columns = (await db.all(sql`PRAGMA table_info(projects)`)) as { name: string }[]
    expect(columns.map((column) => column.name)).not.toContain('tracking_internal_notes')
  })
})
