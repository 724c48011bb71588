/**
 * Issue 13, enrolment and tokens: a one-time enrolment link sets a user's password + TOTP once,
 * refuses a second use, an expired link and another signed-in user; admins mint no tokens for
 * others (403, nothing written) but may revoke them; disabling ends sessions and tokens, and
 * re-enabling needs a new enrolment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { totpCode } from '../../domain/members/credentials'
import { countRows, DIALECTS } from '../../../test/store'
import { makeNation, makeUser, startTestHub, type TestHub } from '../../../test/hub'
import { signInAs } from '../../../test/signin'

const HOUR = 3_600_000
const PASSWORD = 'a long enough passphrase'

describe.each(DIALECTS)('enrolment (%s)', (dialect) => {
  let t: TestHub
  let nation: Awaited<ReturnType<typeof makeNation>>

  beforeAll(async () => {
    t = await startTestHub(dialect)
    nation = await makeNation(t)
  })
  afterAll(() => t.close())

  const newUser = async () => {
    const res = await t.req('POST', '/api/v1/users', { token: nation.admin.token, body: { orgId: nation.org.id, email: `enrol-${Math.random().toString(36).slice(2)}@example.org`, displayName: 'New analyst', roles: ['analyst'] } })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<{ id: string; email: string }>()
  }
  const issueLink = async (userId: string, token = nation.admin.token) => {
    const res = await t.req('POST', `/api/v1/users/${userId}/enrolment`, { token })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<{ token: string; link: string; expiresAt: string }>()
  }
  const preview = async (link: string, headers: Record<string, string> = {}) => t.req('GET', `/api/v1/enrolment/${link}`, { token: null, headers })
  const complete = async (link: string, headers: Record<string, string> = {}) => {
    const p = await preview(link)
    const secret = p.statusCode === 200 ? p.json<{ totp: { secret: string } }>().totp.secret : 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'
    return t.req('POST', `/api/v1/enrolment/${link}`, { token: null, headers, body: { password: PASSWORD, totpSecret: secret, totpCode: totpCode(secret, t.clock.now()) } })
  }

  it('the link shows whose it is, sets password + TOTP once, signs in, and shows recovery codes once', async () => {
    const user = await newUser()
    const link = await issueLink(user.id)
    expect(link.link).toMatch(/\/enrol\/se_[A-Za-z0-9_-]{43}$/)
    const shown = await preview(link.token)
    expect(shown.statusCode, shown.body).toBe(200)
    expect(shown.json()).toMatchObject({ user: { id: user.id, email: user.email }, methods: ['password+totp', 'passkey'], totp: { uri: expect.stringMatching(/^otpauth:\/\/totp\//) } })
    const done = await complete(link.token)
    expect(done.statusCode, done.body).toBe(200)
    const body = done.json<{ recoveryCodes: string[]; csrfToken: string; user: { id: string } }>()
    expect(body.user.id).toBe(user.id)
    expect(body.recoveryCodes).toHaveLength(10)
    expect(String(done.headers['set-cookie'])).toMatch(/^shieldwall_session=ss_/)
    // Only hashes are stored: neither the link's token nor a recovery code appears in the database.
    const stored = await t.store.db.selectFrom('recovery_code').select('hash').where('user_id', '=', user.id).execute()
    expect(stored).toHaveLength(10)
    expect(stored.map((r) => r.hash)).not.toContain(body.recoveryCodes[0])
    expect((await t.store.db.selectFrom('enrolment').select('hash').where('user_id', '=', user.id).execute()).map((r) => r.hash)).not.toContain(link.token)
    const actions = (await t.store.db.selectFrom('audit_log').select('action').where('subject', '=', user.id).orderBy('seq').execute()).map((a) => a.action)
    expect(actions).toEqual(expect.arrayContaining(['enrolment.issue', 'enrolment.complete', 'credential.set']))
  })

  it('a recovery code signs in once in place of the TOTP code', async () => {
    const user = await newUser()
    const done = await complete((await issueLink(user.id)).token)
    const code = done.json<{ recoveryCodes: string[] }>().recoveryCodes[3]!
    const signIn = () => t.hub.app.inject({ method: 'POST', url: '/api/v1/session/password', payload: { email: user.email, password: PASSWORD, totp: code } })
    const first = await signIn()
    expect(first.statusCode, first.body).toBe(200)
    expect(first.json<{ session: { method: string } }>().session.method).toBe('password+recovery')
    const second = await signIn()
    expect(second.statusCode, second.body).toBe(401)
  })

  it('a link used once is refused the second time, and changes nothing', async () => {
    const user = await newUser()
    const link = await issueLink(user.id)
    expect((await complete(link.token)).statusCode).toBe(200)
    const before = await t.store.db.selectFrom('user_credential').selectAll().where('user_id', '=', user.id).executeTakeFirstOrThrow()
    t.clock.advance(60_000)
    const again = await complete(link.token)
    expect(again.statusCode, again.body).toBe(410)
    expect(again.json<{ code: string }>().code).toBe('enrolment_invalid')
    expect((await preview(link.token)).statusCode).toBe(410)
    expect(await t.store.db.selectFrom('user_credential').selectAll().where('user_id', '=', user.id).executeTakeFirstOrThrow()).toEqual(before)
  })

  it('an expired link is refused; a newer link replaces an older one', async () => {
    const user = await newUser()
    const old = await issueLink(user.id)
    const newer = await issueLink(user.id)
    expect((await preview(old.token)).statusCode).toBe(410)
    t.clock.advance(25 * HOUR)
    const late = await complete(newer.token)
    expect(late.statusCode, late.body).toBe(410)
    expect(await t.store.db.selectFrom('user_credential').selectAll().where('user_id', '=', user.id).executeTakeFirst()).toBeUndefined()
  })

  it('a link opened by another signed-in user is refused, and the link still works for its own user', async () => {
    const user = await newUser()
    const other = await makeUser(t, nation.org.id)
    const link = await issueLink(user.id)
    const s = await signInAs(t, other.id)
    const shown = await preview(link.token, { cookie: s.headers.cookie })
    expect(shown.statusCode, shown.body).toBe(403)
    expect(shown.json<{ code: string }>().code).toBe('enrolment_other_user')
    const taken = await complete(link.token, s.headers)
    expect(taken.statusCode, taken.body).toBe(403)
    const byToken = await t.req('POST', `/api/v1/enrolment/${link.token}`, { token: other.token, body: { password: PASSWORD, totpSecret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', totpCode: '000000' } })
    expect(byToken.statusCode, byToken.body).toBe(403)
    expect(await t.store.db.selectFrom('user_credential').selectAll().where('user_id', 'in', [user.id, other.id]).execute()).toEqual([])
    expect((await complete(link.token)).statusCode).toBe(200)
  })

  it('a link for a user outside the admin’s organizations is not issued', async () => {
    const elsewhere = await makeNation(t)
    const res = await t.req('POST', `/api/v1/users/${elsewhere.admin.id}/enrolment`, { token: nation.admin.token })
    expect(res.statusCode).toBe(404)
  })

  it('a weak password or a wrong first code is refused and leaves the link usable', async () => {
    const user = await newUser()
    const link = await issueLink(user.id)
    const secret = (await preview(link.token)).json<{ totp: { secret: string } }>().totp.secret
    const weak = await t.req('POST', `/api/v1/enrolment/${link.token}`, { token: null, body: { password: 'short', totpSecret: secret, totpCode: totpCode(secret, t.clock.now()) } })
    expect(weak.json<{ code: string }>().code).toBe('weak_password')
    const wrong = await t.req('POST', `/api/v1/enrolment/${link.token}`, { token: null, body: { password: PASSWORD, totpSecret: secret, totpCode: totpCode(secret, new Date(t.clock.now().getTime() + HOUR)) } })
    expect(wrong.json<{ code: string }>().code).toBe('bad_totp')
    expect((await complete(link.token)).statusCode).toBe(200)
  })

  it('an admin mints no token for another user: 403, nothing written; the user mints their own, the admin may revoke it', async () => {
    const user = await makeUser(t, nation.org.id)
    const tokens = await countRows(t.store, 'api_token')
    const audits = await countRows(t.store, 'audit_log')
    for (const admin of [nation.admin.token, t.adminToken]) {
      const res = await t.req('POST', '/api/v1/tokens', { token: admin, body: { userId: user.id, name: 'act as them' } })
      expect(res.statusCode, res.body).toBe(403)
      expect(res.json<{ code: string }>().code).toBe('token_for_self_only')
    }
    expect(await countRows(t.store, 'api_token')).toBe(tokens)
    expect(await countRows(t.store, 'audit_log')).toBe(audits)
    const own = await t.req('POST', '/api/v1/tokens', { token: user.token, body: { name: 'laptop' } })
    expect(own.statusCode, own.body).toBe(201)
    const mine = await t.req('POST', '/api/v1/tokens', { token: user.token, body: { userId: user.id, name: 'script' } })
    expect(mine.statusCode, mine.body).toBe(201)
    const id = own.json<{ info: { id: string } }>().info.id
    expect((await t.req('DELETE', `/api/v1/tokens/${id}`, { token: nation.admin.token })).statusCode).toBe(200)
    expect((await t.req('GET', '/api/v1/me', { token: own.json<{ token: string }>().token })).statusCode).toBe(401)
  })

  it('disabling ends sessions and tokens; enabling brings neither back and needs a new enrolment', async () => {
    const user = await newUser()
    expect((await complete((await issueLink(user.id)).token)).statusCode).toBe(200)
    const s = await signInAs(t, user.id)
    const token = (await t.req('POST', '/api/v1/tokens', { token: null, headers: s.headers, body: { name: 'script' } })).json<{ token: string }>().token
    expect((await t.req('GET', '/api/v1/me', { token })).statusCode).toBe(200)
    const off = await t.req('POST', `/api/v1/users/${user.id}/disable`, { token: nation.admin.token })
    expect(off.statusCode, off.body).toBe(200)
    expect((await t.req('GET', '/api/v1/me', { token: null, headers: s.headers })).statusCode).toBe(401)
    expect((await t.req('GET', '/api/v1/me', { token })).statusCode).toBe(401)
    const on = await t.req('POST', `/api/v1/users/${user.id}/enable`, { token: nation.admin.token })
    expect(on.statusCode, on.body).toBe(200)
    const relink = on.json<{ enrolment: { token: string } }>().enrolment.token
    // Nothing came back: the token stays revoked, the session ended, and there is no password to sign in with.
    expect((await t.req('GET', '/api/v1/me', { token })).statusCode).toBe(401)
    expect((await t.req('GET', '/api/v1/me', { token: null, headers: s.headers })).statusCode).toBe(401)
    expect(await t.store.db.selectFrom('user_credential').selectAll().where('user_id', '=', user.id).executeTakeFirst()).toBeUndefined()
    expect((await complete(relink)).statusCode).toBe(200)
    // Enrolled, the user gets no further link until disabled again (an admin cannot quietly reset them).
    const again = await t.req('POST', `/api/v1/users/${user.id}/enrolment`, { token: nation.admin.token })
    expect(again.json<{ code: string }>().code).toBe('already_enrolled')
  })
})
