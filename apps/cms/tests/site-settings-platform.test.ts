import type { Payload } from 'payload'
import { describe, expect, it } from 'vitest'
import { demoPdf } from '../src/seed/images'
import { portalAddress } from '../src/portal-address'
import { asUser, pngImage, useStaff, type Staff } from './helpers'

// Site settings for a government site: the browser icon staff choose, and the
// shared platform (集约化) the portal may run inside. Plain fields only: no
// HTML and no address that is not a web address.
let payload: Payload
let users: Staff<'editor'>

useStaff(['editor'], (booted) => {
  ;({ payload, users } = booted)
})

/** The fields the settings always require, so a refusal below is about the field under test. */
const identity = { countyName: '示范县', bureauName: '示范县商务局' }

async function upload(name: string, data: Buffer, mimetype: string) {
  return payload.create({
    collection: 'media',
    data: { alt: name },
    file: { name, data, mimetype, size: data.length },
  })
}

describe('site icon', () => {
  it('takes a PNG from the media library, and the public read carries its file name', async () => {
    const icon = await upload('icon.png', await pngImage(64, 64, '#a4161a'), 'image/png')
    await payload.updateGlobal({
      slug: 'site-settings',
      data: { ...identity, favicon: icon.id },
      ...asUser(users.editor),
    })
    const read = await payload.findGlobal({ slug: 'site-settings', depth: 1, ...asUser(undefined) })
    expect(read.favicon).toMatchObject({ filename: expect.stringMatching(/^icon.*\.png$/) })
  })

  it('refuses a file that is not a PNG', async () => {
    const pdf = await upload('brochure.pdf', demoPdf(['Not an icon']), 'application/pdf')
    await expect(
      payload.updateGlobal({
        slug: 'site-settings',
        data: { ...identity, favicon: pdf.id },
        ...asUser(users.editor),
      }),
    ).rejects.toMatchObject({ status: 400 })
  })
})

describe('host platform', () => {
  it('keeps a name per language and an http(s) address', async () => {
    await payload.updateGlobal({
      slug: 'site-settings',
      data: {
        ...identity,
        hostSite: { name: '示范县人民政府', url: 'https://www.example.gov.cn/' },
      },
      ...asUser(users.editor),
    })
    const read = await payload.findGlobal({ slug: 'site-settings', ...asUser(undefined) })
    expect(read.hostSite).toMatchObject({
      name: '示范县人民政府',
      url: 'https://www.example.gov.cn/',
    })
  })

  it('refuses an address that is not a web address', async () => {
    for (const url of ['javascript:alert(1)', '//evil.example', 'www.example.gov.cn']) {
      await expect(
        payload.updateGlobal({
          slug: 'site-settings',
          data: { ...identity, hostSite: { url } },
          ...asUser(users.editor),
        }),
        url,
      ).rejects.toMatchObject({ status: 400 })
    }
  })

  it('portal addresses keep the sub-path PORTAL_URL carries', () => {
    expect(portalAddress('/en/preview', 'https://www.example.gov.cn/swj/')).toBe(
      'https://www.example.gov.cn/swj/en/preview',
    )
    expect(portalAddress('/projects/a', 'http://localhost:4321')).toBe(
      'http://localhost:4321/projects/a',
    )
  })
})
