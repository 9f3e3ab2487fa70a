import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { expect } from 'vitest'
import { restoreEnv, TEST_PORTAL_KEY, TEST_SECRET } from './roundTrip'

// Imported first by the backup tests, before anything reads the configuration:
// the source CMS runs with the secret the restored one gets (production refuses
// the development secret, and API keys are stored encrypted with it).
process.env.PAYLOAD_SECRET = TEST_SECRET

/** A temporary folder for one test file's archives, with the restore target inside it. */
export function backupWorkspace(prefix: string) {
  const work = mkdtempSync(path.join(tmpdir(), prefix))
  const target = path.join(work, 'target')
  return { work, archive: path.join(work, 'portal.tar.gz'), target, targetEnv: restoreEnv(target) }
}

/** Boots the source CMS, fills it with `fill`, and gives it the portal's test key. */
export async function bootSource(fill: (payload: Payload) => Promise<unknown>): Promise<Payload> {
  expect(process.env.PAYLOAD_SECRET).toBe(TEST_SECRET)
  // Loaded here, after the secret above is set: the helpers read the configuration.
  const { bootPayload, makeServiceAccount } = await import('../helpers')
  const payload = await bootPayload()
  await fill(payload)
  await makeServiceAccount(payload, TEST_PORTAL_KEY)
  return payload
}
