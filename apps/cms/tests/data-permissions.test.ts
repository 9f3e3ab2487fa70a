import { chmodSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { ensurePrivateDatabaseFile } from '../src/lib/privateFiles'
import { bootPayload, projectData, pngImage } from './helpers'
import { onMongo } from './support/database'

// The attack: any local account on the server reading portal.db (inquiries,
// password hashes), its -wal file, uploaded files or written mails, because
// they were created with the usual world-readable modes.
// Before any import reads the configuration: a data folder that does not exist yet.
// The usual umask, under which new files are readable by everyone.
// On MongoDB there is no database file: the folders and files are the same.
const { root, dataDir, database, umask } = vi.hoisted(() => {
  const umask = process.umask(0o022)
  const root = (process.env.MEDIA_DIR ?? '').replace(/\/[^/]+$/, '')
  const dataDir = `${root}/fresh/data`
  const database = `${dataDir}/portal.db`
  if (process.env.CMS_TEST_DATABASE !== 'mongodb') process.env.DATABASE_URI = `file:${database}`
  process.env.MEDIA_DIR = `${dataDir}/media`
  process.env.MAIL_DIR = `${dataDir}/mail`
  return { root, dataDir, database, umask }
})
let payload: Payload

const mode = (file: string) => statSync(file).mode & 0o777

beforeAll(async () => {
  payload = await bootPayload()
})

afterAll(async () => {
  await payload.destroy()
  process.umask(umask)
})

describe('data on disk', () => {
  it('creates the data folder, database, media and mail owner-only', async () => {
    await payload.create({
      collection: 'projects',
      data: { ...projectData('权限测试项目'), _status: 'published' },
    })
    const png = await pngImage(8, 8, '#336699')
    await payload.create({
      collection: 'media',
      data: { alt: '权限测试' },
      file: { name: 'modes.png', data: png, mimetype: 'image/png', size: png.length },
    })
    await payload.sendEmail({ to: 'officer@example.com', subject: '测试', text: '个人信息' })

    expect(mode(dataDir)).toBe(0o700)
    for (const file of onMongo ? [] : [database, `${database}-wal`, `${database}-shm`]) {
      expect(mode(file), file).toBe(0o600)
    }
    const media = path.join(dataDir, 'media')
    const mail = path.join(dataDir, 'mail')
    expect(mode(media)).toBe(0o700)
    expect(readdirSync(media)).toContain('modes.png')
    expect(mode(mail)).toBe(0o700)
    const mails = readdirSync(mail)
    expect(mails).toHaveLength(1)
    expect(mode(path.join(mail, mails[0] ?? ''))).toBe(0o600)
  })

  // A SQLite file's helper: MongoDB keeps no database file here.
  it.skipIf(onMongo)(
    'tightens a database and its companions left world-readable by an earlier version',
    () => {
      const old = path.join(root, 'old.db')
      for (const file of [old, `${old}-wal`]) {
        writeFileSync(file, '')
        chmodSync(file, 0o644)
      }
      ensurePrivateDatabaseFile(old)
      expect(mode(old)).toBe(0o600)
      expect(mode(`${old}-wal`)).toBe(0o600)
    },
  )
})
