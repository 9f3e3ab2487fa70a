import { readFile, readdir } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { simpleParser } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The two daily jobs of the site-health view: the link check against a real
// HTTP server standing in for the portal and another site, and the digest
// mail to admins (written to MAIL_DIR as .eml files: no SMTP server here).
delete process.env.SMTP_HOST
const mailDir = process.env.MAIL_DIR ?? ''
const { makeServiceAccount, makeUser, useStaff } = await import('./helpers')
const { fileInquiry, writeRaw } = await import('./support/inquiries')
const { gatherHealthData } = await import('../src/siteHealth/gather')
const { siteHealth } = await import('../src/siteHealth/rules')
const { recordLinkCheck } = await import('../src/siteHealth/links')
const { sendHealthDigest } = await import('../src/siteHealth/digest')
const { mailSettled } = await import('../src/lib/sendInBackground')

let payload: Payload
useStaff([], (booted) => {
  ;({ payload } = booted)
})

let server: Server
let site = ''
beforeAll(async () => {
  server = createServer((req, res) => {
    res.writeHead(req.url === '/ok' || req.url === '/news/here' ? 200 : 404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

/** A rich-text body with one paragraph holding a link to each address. */
const bodyLinking = (urls: string[]) => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: [
      {
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: urls.map((url) => ({
          type: 'link',
          format: '',
          indent: 0,
          version: 3,
          direction: 'ltr',
          fields: { url, linkType: 'custom', newTab: false },
          children: [
            {
              type: 'text',
              text: url,
              format: 0,
              detail: 0,
              mode: 'normal',
              style: '',
              version: 1,
            },
          ],
        })),
      },
    ],
  },
})

const item = async (key: string) => {
  const { data, thresholds } = await gatherHealthData(payload)
  return siteHealth(data, new Date(), thresholds).find((found) => found.key === key)
}

describe('the link check', () => {
  it('lists broken links with the pages holding them, and unreachable ones apart', async () => {
    expect((await item('links-broken'))?.level).toBe('amber') // never checked
    const news = await payload.create({
      collection: 'news',
      data: {
        title: '链接测试',
        category: 'investment',
        _status: 'published',
        body: bodyLinking([
          `${site}/ok`,
          `${site}/gone`,
          '/news/here',
          '/news/missing',
          'http://unreachable.invalid/page',
          'mailto:office@example.gov.cn',
        ]),
      } as never,
    })
    await payload.updateGlobal({
      slug: 'site-settings',
      data: {
        countyName: '示范县',
        bureauName: '示范县商务局',
        footerLinks: [{ label: '失效链接', url: `${site}/gone` }],
      } as never,
    })
    const result = await recordLinkCheck(payload, { portalUrl: site, timeoutMs: 3000 })
    expect(result).toEqual({ checked: 6, broken: 2, unreachable: 1 })

    const broken = await item('links-broken')
    expect(broken?.level).toBe('red')
    const gone = broken?.entries.filter((entry) => entry.note?.zh === `${site}/gone`)
    expect(gone?.map((entry) => entry.href).sort()).toEqual(
      ['/admin/globals/site-settings', `/admin/collections/news/${news.id}`].sort(),
    )
    expect(broken?.entries.some((entry) => entry.note?.zh === '/news/missing')).toBe(true)
    const unreachable = await item('links-unreachable')
    expect(unreachable?.level).toBe('amber')
    expect(unreachable?.entries.map((entry) => entry.note?.zh)).toEqual([
      'http://unreachable.invalid/page',
    ])
  })
})

describe('the daily digest', () => {
  const digests = async () => {
    await mailSettled()
    const names = (await readdir(mailDir).catch(() => [])).filter((name) => name.endsWith('.eml'))
    const mails = await Promise.all(
      names.map(async (name) => simpleParser(await readFile(path.join(mailDir, name)))),
    )
    return mails.filter((mail) => mail.subject?.startsWith('[站点体检]'))
  }

  it('mails admins what turned amber or red, once, and again only when something worsens', async () => {
    await makeUser(payload, ['admin'])
    const now = new Date()
    const first = await sendHealthDigest(payload, { now, cmsPublicUrl: 'https://cms.example' })
    expect(first.worsened).toBeGreaterThan(0)
    expect(first.mailed).toBe(1)
    const [mail] = await digests()
    expect(mail?.text).toContain('错误链接')
    expect(mail?.text).toContain('https://cms.example/admin/site-health')

    const again = await sendHealthDigest(payload, { now, cmsPublicUrl: 'https://cms.example' })
    expect(again).toEqual({ worsened: 0, mailed: 0 })
    expect(await digests()).toHaveLength(1)

    const inquiry = await fileInquiry(payload, await makeServiceAccount(payload), {})
    const longAgo = new Date(now.getTime() - 100 * 24 * 60 * 60 * 1000)
    await writeRaw(payload, inquiry.id, {
      submittedAt: longAgo.toISOString(),
      replyDueAt: longAgo.toISOString(),
    })
    const worse = await sendHealthDigest(payload, { now, cmsPublicUrl: 'https://cms.example' })
    expect(worse.worsened).toBe(2) // past its deadline, and past three months
    const latest = (await digests()).find((found) => found.text?.includes(inquiry.trackingNumber))
    expect(latest?.text).toContain('超过 3 个月未答复的留言')
  })
})
