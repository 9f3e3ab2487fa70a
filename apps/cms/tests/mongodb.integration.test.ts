import { mkdtempSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { exportArchive } from '../src/backup'
import { seed } from '../src/seed'
import { seedProjects } from '../src/seed/projects'
import { bootPayload, makeServiceAccount, makeUser } from './helpers'
import { folderDifferences, restoreEnv, runCms, TEST_PORTAL_KEY } from './backup/roundTrip'
import { contentView, type ContentView } from './backup/view'

// Runs against a real MongoDB server when MONGODB_URI names one (any database
// in it: the tests create two throwaway databases beside it and drop them at
// the end), for example MONGODB_URI=mongodb://127.0.0.1:27017/portal.
// Without it, everything here is skipped.
const mongo = vi.hoisted(() => {
  const uri = process.env.MONGODB_URI
  const match = uri?.match(/^(mongodb(?:\+srv)?:\/\/[^/?]+)(?:\/[^?]*)?(\?.*)?$/)
  if (!uri || !match) return null
  const run = `portal_test_${Date.now().toString(36)}_${process.pid}`
  const database = (name: string) => `${match[1]}/${name}${match[2] ?? ''}`
  const mongo = {
    sourceName: `${run}_source`,
    targetName: `${run}_target`,
    source: database(`${run}_source`),
    target: database(`${run}_target`),
  }
  // Before the configuration is imported: this file's CMS uses MongoDB, with
  // the secret the restored one gets (production refuses the development secret).
  process.env.DATABASE_URI = mongo.source
  process.env.PAYLOAD_SECRET = 'backup-test-payload-secret-0123456789abcdef0123456789abcdef'
  return mongo
})

if (!mongo) console.info('MONGODB_URI not set: MongoDB integration tests skipped')

const describeMongo = mongo ? describe : describe.skip

describeMongo('on MongoDB', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'portal-mongodb-test-'))
  const archive = path.join(work, 'portal.tar.gz')
  const targetEnv = restoreEnv(path.join(work, 'target'), mongo?.target ?? '')
  let payload: Payload
  let source: ContentView

  beforeAll(async () => {
    payload = await bootPayload()
    expect(payload.db.name).toBe('mongoose')
    await seed(payload)
    await makeServiceAccount(payload, TEST_PORTAL_KEY)
  }, 180_000)

  afterAll(async () => {
    if (!payload) return
    const connection = (payload.db as unknown as MongooseAdapter).connection
    await connection.useDb(mongo?.targetName ?? '').dropDatabase()
    await connection.dropDatabase()
    await payload.destroy()
  })

  it('uses the MongoDB adapter with text ids', async () => {
    expect(payload.db.defaultIDType).toBe('text')
    const project = await payload.find({ collection: 'projects', limit: 1, depth: 0 })
    expect(String(project.docs[0]?.id)).toMatch(/^[0-9a-f]{24}$/)
  })

  it('shows the public published projects only, and each relationship resolves', async () => {
    const visible = await payload.count({ collection: 'projects', overrideAccess: false })
    expect(visible.totalDocs).toBe(seedProjects.filter((p) => !p.draft).length)
    const withPark = await payload.find({
      collection: 'projects',
      where: { park: { exists: true } },
      depth: 1,
      limit: 5,
    })
    expect(withPark.docs.length).toBeGreaterThan(0)
    for (const doc of withPark.docs) expect(typeof doc.park).toBe('object')
  })

  it('keeps inquiries from the public and scopes them by role', async () => {
    const anonymous = await payload
      .find({ collection: 'inquiries', overrideAccess: false })
      .then((result) => result.docs.length)
      .catch(() => 0)
    expect(anonymous).toBe(0)
    const chamber = await makeUser(payload, ['chamber-staff'])
    const seen = await payload.find({
      collection: 'inquiries',
      overrideAccess: false,
      user: chamber,
      limit: 100,
    })
    expect(seen.docs.length).toBeGreaterThan(0)
    expect(new Set(seen.docs.map((d) => d.type))).toEqual(new Set(['returnee']))
  })

  it('restores a backup into an empty database: same documents, files, logins and keys', async () => {
    source = await contentView(payload)
    await exportArchive(payload, archive)
    const restore = await runCms('scripts/restore.ts', [archive], targetEnv)
    expect(restore.code, `${restore.stdout}\n${restore.stderr}`).toBe(0)
    const out = path.join(work, 'inspection.json')
    const inspect = await runCms('tests/backup/backup-inspect.ts', [out], targetEnv)
    expect(inspect.code, `${inspect.stdout}\n${inspect.stderr}`).toBe(0)
    const inspected = JSON.parse(await readFile(out, 'utf8')) as {
      view: ContentView
      login: { ok: boolean; email: string | null }
      service: { collection: string; name: string | null } | null
    }
    for (const [slug, view] of Object.entries(source.collections)) {
      expect(inspected.view.collections[slug]?.docs, slug).toEqual(view.docs)
      expect(inspected.view.collections[slug]?.versions, `${slug} versions`).toEqual(view.versions)
    }
    // A global's own id is new on MongoDB (the adapter takes none on create); nothing refers to it.
    const withoutIds = (globals: ContentView['globals']) =>
      Object.fromEntries(
        Object.entries(globals).map(([slug, { id: _id, ...rest }]) => [slug, rest]),
      )
    expect(withoutIds(inspected.view.globals)).toEqual(withoutIds(source.globals))
    expect(await folderDifferences(process.env.MEDIA_DIR as string, targetEnv.MEDIA_DIR)).toEqual(
      [],
    )
    expect(inspected.login).toEqual({ ok: true, email: 'demo@example.com' })
    expect(inspected.service).toEqual({ collection: 'service-accounts', name: 'portal' })

    const again = await runCms('scripts/restore.ts', [archive], targetEnv)
    expect(again.code).toBe(3)
    expect(again.stderr).toContain('the target is not empty')
  }, 240_000)
})
