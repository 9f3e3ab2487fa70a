import { CmsEnv, EnvError, parseEnv } from '@portal/shared/env'
import type { CollectionConfig, Config } from 'payload'
import { describe, expect, it } from 'vitest'
import { Media } from '../src/collections/Media'
import {
  describeMediaStorage,
  mediaDir,
  mediaStorage,
  objectKey,
  s3ClientConfig,
  s3Settings,
} from '../src/storage'

// The S3 settings without a server: which environments are accepted, what
// they turn into, and what the storage plugin does to the configuration.

const keys = { S3_ACCESS_KEY_ID: 'AKIAEXAMPLE', S3_SECRET_ACCESS_KEY: 'secret-example' }

function envError(source: Record<string, string>): string {
  try {
    parseEnv(CmsEnv, source)
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError)
    return (error as Error).message
  }
  throw new Error('the environment was accepted')
}

describe('S3 settings in the environment', () => {
  it('keeps media in the local folder when no bucket is set', () => {
    const env = parseEnv(CmsEnv, {})
    expect(env.S3_BUCKET).toBeUndefined()
    expect(env.S3_REGION).toBe('us-east-1')
    expect(env.S3_FORCE_PATH_STYLE).toBe(false)
    expect(s3Settings(env)).toBeNull()
    expect(describeMediaStorage(null)).toBe(mediaDir())
  })

  it('requires the access key and the secret with a bucket, naming each missing one', () => {
    const both = envError({ S3_BUCKET: 'portal-media' })
    expect(both).toContain('S3_ACCESS_KEY_ID: required when S3_BUCKET is set')
    expect(both).toContain('S3_SECRET_ACCESS_KEY: required when S3_BUCKET is set')

    const secret = envError({ S3_BUCKET: 'portal-media', S3_ACCESS_KEY_ID: 'AKIAEXAMPLE' })
    expect(secret).toContain('S3_SECRET_ACCESS_KEY: required when S3_BUCKET is set')
    expect(secret).not.toContain('S3_ACCESS_KEY_ID')
  })

  it('refuses S3 settings without a bucket instead of quietly keeping files on disk', () => {
    const message = envError({ S3_ENDPOINT: 'http://minio:9000', ...keys })
    expect(message).toContain(
      'S3_BUCKET: required when S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY are set',
    )
  })

  it('refuses a bucket address, an endpoint that is not a URL and a prefix that climbs out', () => {
    expect(envError({ S3_BUCKET: 's3://portal-media', ...keys })).toMatch(
      /S3_BUCKET: not a bucket name/,
    )
    expect(envError({ S3_BUCKET: 'portal-media', S3_ENDPOINT: 'minio:9000', ...keys })).toContain(
      'S3_ENDPOINT: must be an http:// or https:// address',
    )
    expect(envError({ S3_BUCKET: 'portal-media', S3_PREFIX: 'media/../etc', ...keys })).toMatch(
      /S3_PREFIX:/,
    )
  })

  it('turns a complete configuration into the adapter settings', () => {
    const env = parseEnv(CmsEnv, {
      S3_BUCKET: 'portal-media',
      S3_REGION: 'cn-hangzhou',
      S3_ENDPOINT: 'http://minio.internal:9000',
      S3_FORCE_PATH_STYLE: 'true',
      S3_PREFIX: '/county/media/',
      ...keys,
    })
    const settings = s3Settings(env)
    expect(settings).toEqual({
      bucket: 'portal-media',
      region: 'cn-hangzhou',
      endpoint: 'http://minio.internal:9000',
      accessKeyId: 'AKIAEXAMPLE',
      secretAccessKey: 'secret-example',
      forcePathStyle: true,
      prefix: 'county/media',
    })
    expect(objectKey(settings!, 'plant-640x400.webp')).toBe('county/media/plant-640x400.webp')
    expect(describeMediaStorage(settings)).toBe(
      'bucket portal-media/county/media at http://minio.internal:9000',
    )
    expect(describeMediaStorage(settings)).not.toContain('secret')
  })

  it('builds an S3 client configuration that sends checksums only where required', () => {
    const settings = s3Settings(parseEnv(CmsEnv, { S3_BUCKET: 'portal-media', ...keys }))!
    expect(settings.prefix).toBe('')
    expect(objectKey(settings, 'plant.png')).toBe('plant.png')
    expect(s3ClientConfig(settings)).toEqual({
      region: 'us-east-1',
      forcePathStyle: false,
      credentials: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'secret-example' },
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    })
    expect(describeMediaStorage(settings)).toBe('bucket portal-media at AWS S3 us-east-1')
  })
})

describe('the storage plugin', () => {
  const settings = s3Settings(
    parseEnv(CmsEnv, {
      S3_BUCKET: 'portal-media',
      S3_ENDPOINT: 'http://127.0.0.1:9',
      S3_FORCE_PATH_STYLE: 'true',
      S3_PREFIX: 'county/media',
      ...keys,
    }),
  )

  // A fresh configuration each time: the plugin adds its admin provider in place.
  const base = (): Config => ({ admin: {}, collections: [Media], globals: [] }) as unknown as Config
  const media = (config: Config): CollectionConfig =>
    config.collections?.find((c) => c.slug === 'media') as CollectionConfig

  it('adds the same admin components with or without a bucket (a stable import map)', async () => {
    const withBucket = await mediaStorage(settings)(base())
    const without = await mediaStorage(null)(base())
    // The import map lists component paths (their props are passed at run time).
    const paths = (config: Config) =>
      (config.admin?.components?.providers ?? []).map((p) =>
        typeof p === 'string' ? p : p ? p.path : p,
      )
    expect(withBucket.admin?.dependencies).toEqual(without.admin?.dependencies)
    expect(paths(withBucket)).toEqual(paths(without))
    expect(paths(without)).toEqual(['@payloadcms/storage-s3/client#S3ClientUploadHandler'])
    expect(Object.keys(without.admin?.dependencies ?? {})).toEqual([
      '@payloadcms/storage-s3/client#S3ClientUploadHandler',
    ])
  })

  it('leaves Media on local disk without a bucket', async () => {
    const config = await mediaStorage(null)(base())
    expect(media(config)).toBe(Media)
  })

  it('hands Media to the adapter with a bucket, keeping its upload settings and schema', async () => {
    const collection = media(await mediaStorage(settings)(base()))
    const upload = collection.upload as Exclude<CollectionConfig['upload'], boolean | undefined>
    const original = Media.upload as typeof upload
    expect(upload.adapter).toBe('s3')
    expect(upload.disableLocalStorage).toBe(true)
    expect(upload.handlers).toHaveLength(1)
    expect(upload.mimeTypes).toEqual(original.mimeTypes)
    expect(upload.pasteURL).toBe(false)
    expect(upload.imageSizes).toEqual(original.imageSizes)
    expect(collection.hooks?.beforeOperation).toEqual(Media.hooks?.beforeOperation)
    // No column the committed migrations lack: the same fields as without a bucket, plus
    // the `url` fields the adapter fills (Payload adds them to every upload collection).
    const names = (fields: CollectionConfig['fields']) =>
      fields.flatMap((field) => ('name' in field ? [field.name] : []))
    // (The Media config may name some of them itself, to label them in both languages.)
    const own = (fields: CollectionConfig['fields']) =>
      names(fields).filter((name) => !['url', 'sizes'].includes(name))
    expect(own(collection.fields)).toEqual(own(Media.fields))
  })
})
