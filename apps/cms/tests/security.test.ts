import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { createProject, type Staff, makeUser, useStaff } from './helpers'
import { rest } from './rest'

// The CMS as an attacker meets it: through its REST routes (Payload's own
// routing, as the Next.js handler calls it), with no account, with a staff
// account of the wrong role, or with tampered requests. Every test checks the
// refusal and that nothing changed or leaked.
let payload: Payload
let users: Staff<'admin' | 'editor'>
let editorToken: string
const password = 'correct-horse-battery-staple'

async function login(email: string, pass: string) {
  return rest('/users/login', { method: 'POST', body: { email, password: pass } })
}

useStaff(['admin', 'editor'], (booted) => {
  ;({ payload, users } = booted)
})
beforeAll(async () => {
  editorToken = (await login(users.editor.email, password)).json().token as string
})

describe('accounts', () => {
  it('locks an account after five failed logins, and only an admin unlocks it', async () => {
    const victim = await makeUser(payload, ['investment-officer'])
    for (let i = 0; i < 5; i++) {
      expect((await login(victim.email, 'wrong-password')).status).toBe(401)
    }
    const locked = await login(victim.email, password)
    expect(locked.status).toBe(401)
    expect(locked.text).not.toContain('token')

    const unlock = (token: string) =>
      rest('/users/unlock', { method: 'POST', token, body: { email: victim.email } })
    const byEditor = await unlock(editorToken)
    expect(byEditor.status).toBe(403)
    expect((await login(victim.email, password)).status).toBe(401)

    const adminToken = (await login(users.admin.email, password)).json().token as string
    const byAdmin = await unlock(adminToken)
    expect(byAdmin.status).toBe(200)
    expect((await login(victim.email, password)).status).toBe(200)
  })

  it('ignores an editor who gives themselves the admin role', async () => {
    const attempt = await rest(`/users/${users.editor.id}`, {
      method: 'PATCH',
      token: editorToken,
      body: { roles: ['admin'], name: 'Still an editor' },
    })
    expect(attempt.status).toBe(200)
    const after = await payload.findByID({ collection: 'users', id: users.editor.id })
    expect(after.roles).toEqual(['editor'])
    expect(after.name).toBe('Still an editor')
  })

  it('refuses an editor who creates an account, reads other accounts or deletes one', async () => {
    const created = await rest('/users', {
      method: 'POST',
      token: editorToken,
      body: { email: 'intruder@example.com', password, name: 'x', roles: ['admin'] },
    })
    expect(created.status).toBe(403)
    expect(
      (
        await payload.find({
          collection: 'users',
          where: { email: { equals: 'intruder@example.com' } },
        })
      ).totalDocs,
    ).toBe(0)
    const others = await rest('/users?limit=100', { token: editorToken })
    const emails = (others.json().docs as Array<{ email: string }>).map((u) => u.email)
    expect(emails).toEqual([users.editor.email])
    expect(
      (await rest(`/users/${users.admin.id}`, { method: 'DELETE', token: editorToken })).status,
    ).toBe(403)
  })

  it('never shows password hashes, salts or API keys', async () => {
    const adminToken = (await login(users.admin.email, password)).json().token as string
    const listed = await rest('/users?limit=100', { token: adminToken })
    expect(listed.status).toBe(200)
    expect(listed.text).not.toMatch(/"(hash|salt|apiKey|apiKeyIndex|resetPasswordToken)"/)
    const services = await rest('/service-accounts', { token: adminToken })
    expect(services.text).not.toMatch(/"(apiKey|apiKeyIndex)":"[^"]/)
  })
})

describe('cross-origin writes', () => {
  it('treats a cookie-authenticated write from another origin as anonymous', async () => {
    const project = await createProject(payload, '跨站测试项目', { _status: 'published' })
    const forged = await rest(`/projects/${project.id}`, {
      method: 'PATCH',
      headers: { cookie: `payload-token=${editorToken}`, origin: 'https://evil.example' },
      body: { title: '被篡改' },
    })
    expect(forged.status).toBe(403)
    const after = await payload.findByID({ collection: 'projects', id: project.id })
    expect(after.title).toBe('跨站测试项目')
  })
})

describe('what anonymous REST readers can reach', () => {
  it('never returns drafts or internal fields, through any route', async () => {
    const draft = await createProject(payload, '机密草稿项目', {}, { draft: true })
    const published = await createProject(payload, '公开项目带内部备注', {
      _status: 'published',
    })
    await payload.create({
      collection: 'follow-ups',
      data: {
        project: published.id,
        date: '2026-11-30',
        kind: 'call',
        text: '客户报价底线 3000 万',
      },
    })
    const routes = [
      '/projects?limit=100',
      '/projects?draft=true&limit=100',
      `/projects/${draft.id}`,
      `/projects/${draft.id}?draft=true`,
      `/projects/${published.id}?draft=true`,
      '/projects/versions?limit=100',
      '/search?limit=100',
      '/follow-ups?limit=100',
      `/projects/${published.id}?joins[tracking.followUps][limit]=10`,
    ]
    for (const route of routes) {
      const answer = await rest(route)
      expect(answer.text, route).not.toContain('机密草稿项目')
      expect(answer.text, route).not.toContain('客户报价底线')
    }
    expect((await rest(`/projects/${published.id}`)).text).toContain('公开项目带内部备注')
  })

  it('refuses the internal collections and globals', async () => {
    for (const route of [
      '/users',
      '/service-accounts',
      '/inquiries',
      '/payload-preferences',
      '/payload-jobs',
      '/globals/inquiry-settings',
    ]) {
      const answer = await rest(route)
      expect([401, 403, 404], route).toContain(answer.status)
    }
  })
})

describe('abuse of queries', () => {
  it('caps the page size whatever the request asks for', async () => {
    await Promise.all(
      Array.from({ length: 105 }, (_, i) =>
        payload.create({ collection: 'parks', data: { title: `园区${i}` } }),
      ),
    )
    for (const query of ['limit=0', 'limit=100000', 'pagination=false']) {
      const answer = await rest(`/parks?${query}`)
      expect(answer.status, query).toBe(200)
      const body = answer.json()
      expect((body.docs as unknown[]).length, query).toBeLessThanOrEqual(100)
      expect(body.totalDocs, query).toBeGreaterThanOrEqual(105)
    }
  })

  it('answers a malformed query without a stack trace, SQL or paths', async () => {
    const answers = await Promise.all([
      rest('/projects?where[nonexistent][equals]=1'),
      rest('/projects?where[title][like]=%27%3B%20DROP%20TABLE%20projects%3B--'),
      rest('/projects?depth=1000&limit=abc&sort=-notAField'),
      rest('/projects/not-an-id'),
    ])
    for (const answer of answers) {
      expect(answer.text).not.toMatch(/\bat .+\.(js|ts):\d+|stack|SQLITE|select .* from|\/work\//i)
    }
    expect((await payload.count({ collection: 'projects' })).totalDocs).toBeGreaterThan(0)
  })
})
