import configPromise from '@payload-config'
import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import type { Payload, SanitizedConfig } from 'payload'
import { beforeAll, expect, it, vi } from 'vitest'
import { backedUpCollections } from '../src/backup'

// The configuration is built for MongoDB, with an address where no server
// listens. Nothing here connects: Payload would end the process itself after
// about 30 seconds without a server, so getPayload is never called.
vi.hoisted(() => {
  process.env.DATABASE_URI = 'mongodb://127.0.0.1:1/portal'
})

let config: SanitizedConfig
let adapter: MongooseAdapter

beforeAll(async () => {
  config = await configPromise
  // Just what the adapter reads while it builds its models (as Payload's init
  // sets it up: each collection with its custom id type, none here); no Payload instance.
  const collections = Object.fromEntries(
    config.collections.map((collection) => [
      collection.slug,
      {
        config: collection,
        customIDType: collection.flattenedFields.find((field) => field.name === 'id')?.type,
      },
    ]),
  )
  const payload = { config, collections, blocks: {} } as unknown as Payload
  adapter = config.db.init({ payload }) as unknown as MongooseAdapter
  Object.assign(payload, { db: adapter })
  // Builds a mongoose model per collection, version collection and global on
  // an unopened connection.
  if (!adapter.init) throw new Error('the MongoDB adapter has no init')
  await adapter.init()
})

function schemaOf(slug: string) {
  const model = adapter.collections[slug]
  if (!model) throw new Error(`no model for ${slug}`)
  return model.schema
}

it('selects the MongoDB adapter for a mongodb:// address', () => {
  expect(config.db.name).toBe('mongoose')
  expect(config.db.defaultIDType).toBe('text')
  expect(adapter.packageName).toBe('@payloadcms/db-mongodb')
  expect(adapter.url).toBe('mongodb://127.0.0.1:1/portal')
})

it('builds a model for every collection and every version collection without a server', () => {
  // 0 = disconnected: init only compiles models.
  expect(adapter.connection.readyState).toBe(0)
  for (const collection of config.collections) {
    expect(adapter.collections[collection.slug], collection.slug).toBeDefined()
    if (collection.versions) {
      expect(adapter.versions[collection.slug], `${collection.slug} versions`).toBeDefined()
    }
  }
  expect(Object.keys(adapter.versions).sort()).toEqual([
    'annual-reports',
    'guides',
    'news',
    'policies',
    'projects',
  ])
})

it('builds one model for the globals, with a discriminator per global', () => {
  expect(Object.keys(adapter.globals.discriminators ?? {}).sort()).toEqual(
    config.globals.map((g) => g.slug).sort(),
  )
})

it('stores every locale, references as ids and the fields auth needs', () => {
  const projects = schemaOf('projects')
  expect(projects.path('title.zh')).toBeDefined()
  expect(projects.path('title.en')).toBeDefined()
  expect(projects.path('park')?.instance).toBe('ObjectId')
  expect(projects.path('tracking.responsibleOfficer')?.instance).toBe('ObjectId')
  expect(projects.path('_status')).toBeDefined()
  const uniqueSlug = projects
    .indexes()
    .some(([fields, options]) => 'slug' in fields && options?.unique === true)
  expect(uniqueSlug).toBe(true)
  const users = schemaOf('users')
  for (const path of ['email', 'hash', 'salt', 'roles', 'sessions', 'loginAttempts']) {
    expect(users.path(path), `users.${path}`).toBeDefined()
  }
  const accounts = schemaOf('service-accounts')
  for (const path of ['name', 'enableAPIKey', 'apiKey', 'apiKeyIndex']) {
    expect(accounts.path(path), `service-accounts.${path}`).toBeDefined()
  }
  const versions = adapter.versions.projects?.schema
  expect(versions?.path('parent')?.instance).toBe('ObjectId')
  expect(versions?.path('version.title.en')).toBeDefined()
  expect(versions?.path('latest')).toBeDefined()
})

it('backs up the same collections as on SQLite', () => {
  const slugs = backedUpCollections({ config } as unknown as Payload).map((c) => c.slug)
  expect(slugs).toContain('service-accounts')
  expect(slugs).toContain('payload-jobs')
  expect(slugs).not.toContain('payload-preferences')
  expect(slugs).not.toContain('payload-migrations')
  for (const slug of slugs) expect(adapter.collections[slug], slug).toBeDefined()
})
