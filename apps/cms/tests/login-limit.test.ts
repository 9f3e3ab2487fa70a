import { describe, expect, it } from 'vitest'
import { LOGIN_ATTEMPTS_PER_ADDRESS } from '../src/access/loginAttempts'
import { type Staff, useStaff } from './helpers'
import { rest } from './rest'

// The attack: one address guessing passwords across many accounts (each
// account's own lockout never triggers) through POST /api/users/login. The
// address is what the production server puts in X-Forwarded-For (src/http/guard.ts).
let users: Staff<'officer'>
const password = 'correct-horse-battery-staple'

function login(address: string, email: string, pass: string) {
  return rest('/users/login', {
    method: 'POST',
    headers: { 'x-forwarded-for': address },
    body: { email, password: pass },
  })
}

useStaff(['officer'], (booted) => {
  ;({ users } = booted)
})

describe('failed logins per client address', () => {
  it('answers 429 in both languages once an address has failed too often', async () => {
    const attacker = '203.0.113.9'
    for (let i = 0; i < LOGIN_ATTEMPTS_PER_ADDRESS; i++) {
      const guess = await login(attacker, `guess-${i}@example.com`, 'wrong-password')
      expect(guess.status, `attempt ${i + 1}`).toBe(401)
    }
    const blocked = await login(attacker, 'another-guess@example.com', 'wrong-password')
    expect(blocked.status).toBe(429)
    expect(blocked.text).toMatch(/登录失败次数过多.*Too many failed logins/)
    // Even the right password: the address is blocked, not the account.
    const right = await login(attacker, users.officer.email, password)
    expect(right.status).toBe(429)
    expect(right.text).not.toContain('token')
  })

  it('lets other addresses log in meanwhile', async () => {
    const colleague = await login('198.51.100.7', users.officer.email, password)
    expect(colleague.status).toBe(200)
    expect(colleague.json().token).toEqual(expect.any(String))
  })

  it('counts only failures: a successful login gives its attempt back', async () => {
    const office = '192.0.2.44'
    for (let i = 0; i < LOGIN_ATTEMPTS_PER_ADDRESS - 1; i++) {
      expect((await login(office, `typo-${i}@example.com`, 'wrong-password')).status).toBe(401)
    }
    expect((await login(office, users.officer.email, password)).status).toBe(200)
    expect((await login(office, 'last-typo@example.com', 'wrong-password')).status).toBe(401)
    expect((await login(office, 'one-more@example.com', 'wrong-password')).status).toBe(429)
  })

  it('counts an IPv6 client by its /64 network, as the portal does', async () => {
    for (let i = 0; i < LOGIN_ATTEMPTS_PER_ADDRESS; i++) {
      const address = `2001:db8:0:7::${(i + 1).toString(16)}`
      expect((await login(address, `v6-${i}@example.com`, 'wrong-password')).status).toBe(401)
    }
    expect((await login('2001:db8:0:7::ffff', users.officer.email, password)).status).toBe(429)
  })
})
