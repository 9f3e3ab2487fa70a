import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRateLimit } from '../../src/lib/inquiries/protection'
import { redisAvailable, startRedis, type TestRedis } from '../support/redis-server'

// Two portal instances are two limiters on one Redis: the limit holds across
// them. CI installs Debian's redis-server; elsewhere without it this is skipped, said aloud.
const available = redisAvailable()
if (!available && process.env.CI)
  throw new Error('redis-server is required in CI (apt-get install redis-server)')
if (!available) console.info('redis-server not installed: shared rate-limit tests skipped')

describe.runIf(available)('rate limits shared through Redis', () => {
  let server: TestRedis
  const clients: Redis[] = []
  const client = () => {
    const redis = new Redis(server.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 })
    redis.on('error', () => undefined)
    clients.push(redis)
    return redis
  }

  beforeAll(async () => {
    server = await startRedis()
  })
  afterAll(async () => {
    for (const redis of clients) redis.disconnect()
    await server?.stop()
  })

  it('counts one client across two instances', async () => {
    const [a, b] = [client(), client()]
    await Promise.all([a, b].map((redis) => new Promise((resolve) => redis.once('ready', resolve))))
    const options = { points: 3, windowMinutes: 10, prefix: `shared-${Date.now()}` }
    const first = createRateLimit({ ...options, redis: a })
    const second = createRateLimit({ ...options, redis: b })
    expect(await first.consume('203.0.113.9')).toEqual({ ok: true })
    expect(await second.consume('203.0.113.9')).toEqual({ ok: true })
    expect(await first.consume('203.0.113.9')).toEqual({ ok: true })
    // A refund on one instance is seen by the other.
    await first.refund('203.0.113.9')
    expect(await second.consume('203.0.113.9')).toEqual({ ok: true })
    const refused = await second.consume('203.0.113.9')
    expect(refused.ok).toBe(false)
    expect((await first.consume('203.0.113.9')).ok).toBe(false)
    // Another client is not affected, on either instance.
    expect(await second.consume('198.51.100.7')).toEqual({ ok: true })
  })

  it('keeps limiting in memory while Redis is away', async () => {
    const redis = client()
    await new Promise((resolve) => redis.once('ready', resolve))
    const shared = createRateLimit({
      points: 2,
      windowMinutes: 10,
      prefix: `away-${Date.now()}`,
      redis,
    })
    await server.stop()
    await new Promise((resolve) => redis.once('close', resolve))
    expect(await shared.consume('192.0.2.1')).toEqual({ ok: true })
    expect(await shared.consume('192.0.2.1')).toEqual({ ok: true })
    expect((await shared.consume('192.0.2.1')).ok).toBe(false)
  })
})
