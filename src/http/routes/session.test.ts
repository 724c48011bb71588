/**
 * Issue 13, sessions: the session cookie authenticates beside API tokens; state-changing cookie
 * requests need the CSRF header; sessions end by sign-out, by the user, by idleness and by age
 * (on an injected clock); password + TOTP sign-in refuses a wrong or replayed code and locks a
 * user after repeated failures; cookie sign-in over plain HTTP is refused except on localhost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countRows, DIALECTS } from '../../../test/store'
import { makeNation, makeUser, startTestHub, type TestHub } from '../../../test/hub'
import { givePasswordAndTotp, signInAs } from '../../../test/signin'

const MINUTE = 60_000

describe.each(DIALECTS)('sessions (%s)', (dialect) => {
  let t: TestHub
  let nationId: string

  beforeAll(async () => {
    t = await startTestHub(dialect)
    nationId = (await makeNation(t)).org.id
  })
  afterAll(() => t.close())

  it('a session cookie authenticates like a token, and GET /session hands back its CSRF token', async () => {
    const user = await makeUser(t, nationId)
    const s = await signInAs(t, user.id)
    const me = await t.req('GET', '/api/v1/me', { token: null, headers: { cookie: s.headers.cookie } })
    expect(me.statusCode, me.body).toBe(200)
    expect(me.json<{ user: { id: string } }>().user.id).toBe(user.id)
    const session = await t.req('GET', '/api/v1/session', { token: null, headers: { cookie: s.headers.cookie } })
    expect(session.statusCode, session.body).toBe(200)
    expect(session.json<{ csrfToken: string; session: { id: string; current: boolean } }>()).toMatchObject({ csrfToken: s.csrfToken, session: { id: s.sessionId, current: true } })
    // A token has no session.
    expect((await t.req('GET', '/api/v1/session', { token: user.token })).json<{ code: string }>().code).toBe('no_session')
  })

  it('a cookie POST without the CSRF token, or with another session’s, is refused and writes nothing', async () => {
    const admin = (await makeNation(t)).admin
    const s = await signInAs(t, admin.id)
    const other = await signInAs(t, admin.id)
    const orgs = await countRows(t.store, 'org')
    const body = { name: `agency-${Date.now()}`, kind: 'agency', parentId: admin.orgId }
    // The nation admin may not admit orgs anyway; use adding a user, which a nation admin may do.
    const user = { orgId: admin.orgId, email: `csrf-${Date.now()}@example.org`, displayName: 'CSRF', roles: ['analyst'] }
    const users = await countRows(t.store, 'app_user')
    const attempts: Record<string, string>[] = [{ cookie: s.headers.cookie }, { cookie: s.headers.cookie, 'x-csrf-token': other.csrfToken }, { cookie: s.headers.cookie, 'x-csrf-token': '' }]
    for (const headers of attempts) {
      const res = await t.req('POST', '/api/v1/users', { token: null, headers, body: user })
      expect(res.statusCode, res.body).toBe(403)
      expect(res.json<{ code: string }>().code).toBe('csrf_required')
    }
    const refusedOrg = await t.req('POST', '/api/v1/orgs', { token: null, headers: { cookie: s.headers.cookie }, body })
    expect(refusedOrg.json<{ code: string }>().code).toBe('csrf_required')
    expect(await countRows(t.store, 'app_user')).toBe(users)
    expect(await countRows(t.store, 'org')).toBe(orgs)
    const ok = await t.req('POST', '/api/v1/users', { token: null, headers: s.headers, body: user })
    expect(ok.statusCode, ok.body).toBe(201)
  })

  it('signing out ends the session: its cookie fails from then on, and the sign-out is audited', async () => {
    const user = await makeUser(t, nationId)
    const s = await signInAs(t, user.id)
    expect((await t.req('DELETE', '/api/v1/session', { token: null, headers: { cookie: s.headers.cookie } })).json<{ code: string }>().code).toBe('csrf_required')
    const out = await t.req('DELETE', '/api/v1/session', { token: null, headers: s.headers })
    expect(out.statusCode, out.body).toBe(204)
    expect(out.headers['set-cookie']).toMatch(/shieldwall_session=;/)
    const after = await t.req('GET', '/api/v1/me', { token: null, headers: s.headers })
    expect(after.statusCode).toBe(401)
    const audit = await t.store.db.selectFrom('audit_log').select(['action', 'detail']).where('subject', '=', s.sessionId).orderBy('seq').execute()
    expect(audit.map((a) => a.action)).toEqual(['session.start', 'session.end'])
  })

  it('lists my sessions and ends one; another user’s session answers 404', async () => {
    const user = await makeUser(t, nationId)
    const stranger = await makeUser(t, nationId)
    const a = await signInAs(t, user.id)
    const b = await signInAs(t, user.id)
    const theirs = await signInAs(t, stranger.id)
    const list = await t.req('GET', '/api/v1/me/sessions', { token: null, headers: a.headers })
    expect(list.json<{ id: string; current: boolean }[]>().map((x) => [x.id, x.current]).sort()).toEqual([[a.sessionId, true], [b.sessionId, false]].sort())
    expect((await t.req('DELETE', `/api/v1/me/sessions/${theirs.sessionId}`, { token: null, headers: a.headers })).statusCode).toBe(404)
    expect((await t.req('GET', '/api/v1/me', { token: null, headers: theirs.headers })).statusCode).toBe(200)
    const end = await t.req('DELETE', `/api/v1/me/sessions/${b.sessionId}`, { token: user.token })
    expect(end.statusCode, end.body).toBe(200)
    expect((await t.req('GET', '/api/v1/me', { token: null, headers: b.headers })).statusCode).toBe(401)
    expect((await t.req('GET', '/api/v1/me', { token: null, headers: a.headers })).statusCode).toBe(200)
  })

  it('a session ends after 30 idle minutes, and each use pushes that on', async () => {
    const user = await makeUser(t, nationId)
    const s = await signInAs(t, user.id)
    t.clock.advance(20 * MINUTE)
    expect((await t.req('GET', '/api/v1/me', { token: null, headers: s.headers })).statusCode).toBe(200)
    t.clock.advance(20 * MINUTE)
    expect((await t.req('GET', '/api/v1/me', { token: null, headers: s.headers })).statusCode).toBe(200)
    t.clock.advance(31 * MINUTE)
    expect((await t.req('GET', '/api/v1/me', { token: null, headers: s.headers })).statusCode).toBe(401)
  })

  it('a session used all along still ends 12 hours after it started', async () => {
    const user = await makeUser(t, nationId)
    const s = await signInAs(t, user.id)
    for (let m = 0; m < 12 * 60 - 20; m += 20) {
      t.clock.advance(20 * MINUTE)
      expect((await t.req('GET', '/api/v1/me', { token: null, headers: s.headers })).statusCode).toBe(200)
    }
    t.clock.advance(20 * MINUTE)
    expect((await t.req('GET', '/api/v1/me', { token: null, headers: s.headers })).statusCode).toBe(401)
  })
})

describe.each(DIALECTS)('password + TOTP sign-in (%s)', (dialect) => {
  let t: TestHub
  let nationId: string

  beforeAll(async () => {
    t = await startTestHub(dialect)
    nationId = (await makeNation(t)).org.id
  })
  afterAll(() => t.close())

  const signIn = (body: Record<string, unknown>, opts: { remoteAddress?: string; host?: string; proto?: string } = {}) =>
    t.hub.app.inject({
      method: 'POST',
      url: '/api/v1/session/password',
      payload: body,
      remoteAddress: opts.remoteAddress ?? '127.0.0.1',
      headers: { host: opts.host ?? 'localhost', ...(opts.proto ? { 'x-forwarded-proto': opts.proto } : {}) },
    })
  const emailOf = async (userId: string) => (await t.store.db.selectFrom('app_user').select('email').where('id', '=', userId).executeTakeFirstOrThrow()).email

  it('signs in with the right password and code: an http-only SameSite=Strict cookie that then works', async () => {
    const user = await makeUser(t, nationId)
    const cred = await givePasswordAndTotp(t, user.id)
    const res = await signIn({ email: await emailOf(user.id), password: cred.password, totp: cred.code() })
    expect(res.statusCode, res.body).toBe(200)
    const setCookie = String(res.headers['set-cookie'])
    expect(setCookie).toMatch(/^shieldwall_session=ss_[A-Za-z0-9_-]{43};/)
    expect(setCookie).toMatch(/HttpOnly/)
    expect(setCookie).toMatch(/SameSite=Strict/)
    // Plain HTTP on localhost: no Secure flag (the browser would drop the cookie).
    expect(setCookie).not.toMatch(/Secure/)
    const cookie = setCookie.split(';')[0]!
    const me = await t.req('GET', '/api/v1/session', { token: null, headers: { cookie } })
    expect(me.statusCode, me.body).toBe(200)
    expect(me.json<{ csrfToken: string }>().csrfToken).toBe(res.json<{ csrfToken: string }>().csrfToken)
  })

  it('a wrong code, a wrong password and a replayed code are refused alike, and audited with the true reason', async () => {
    const user = await makeUser(t, nationId)
    const cred = await givePasswordAndTotp(t, user.id)
    const email = await emailOf(user.id)
    const code = cred.code()
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0')
    const sessionsBefore = await countRows(t.store, 'session')
    for (const body of [{ email, password: cred.password, totp: wrong }, { email, password: 'not it at all', totp: code }]) {
      const res = await signIn(body)
      expect(res.statusCode, res.body).toBe(401)
      expect(res.json<{ code: string }>().code).toBe('signin_failed')
      expect(res.headers['set-cookie']).toBeUndefined()
    }
    expect(await countRows(t.store, 'session')).toBe(sessionsBefore)
    expect((await signIn({ email, password: cred.password, totp: code })).statusCode).toBe(200)
    const replay = await signIn({ email, password: cred.password, totp: code })
    expect(replay.statusCode, replay.body).toBe(401)
    expect(replay.json<{ code: string }>().code).toBe('signin_failed')
    const reasons = await t.store.db.selectFrom('audit_log').select('detail').where('action', '=', 'signin.fail').where('subject', '=', user.id).orderBy('seq').execute()
    expect(reasons.map((r) => (JSON.parse(r.detail) as { reason: string }).reason)).toEqual(['wrong_totp', 'wrong_password', 'replayed_totp'])
  })

  it('locks the user after five failures: 429 with Retry-After even with the right code, until the lock passes', async () => {
    const user = await makeUser(t, nationId)
    const cred = await givePasswordAndTotp(t, user.id)
    const email = await emailOf(user.id)
    for (let i = 0; i < 5; i++) expect((await signIn({ email, password: 'wrong password', totp: cred.code() }, { remoteAddress: `127.0.0.${10 + i}` })).statusCode).toBe(401)
    const locked = await signIn({ email, password: cred.password, totp: cred.code() })
    expect(locked.statusCode, locked.body).toBe(429)
    expect(locked.json<{ code: string }>().code).toBe('signin_throttled')
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0)
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60)
    t.clock.advance(16 * MINUTE)
    expect((await signIn({ email, password: cred.password, totp: cred.code() })).statusCode).toBe(200)
  })

  it('throttles an address that fails for many users', async () => {
    const address = '127.0.0.99'
    for (let i = 0; i < 20; i++) expect((await signIn({ email: `nobody-${i}@example.org`, password: 'x', totp: '000000' }, { remoteAddress: address })).statusCode).toBe(401)
    const user = await makeUser(t, nationId)
    const cred = await givePasswordAndTotp(t, user.id)
    const res = await signIn({ email: await emailOf(user.id), password: cred.password, totp: cred.code() }, { remoteAddress: address })
    expect(res.statusCode, res.body).toBe(429)
    expect(res.headers['retry-after']).toBeDefined()
  })

  it('refuses cookie sign-in over plain HTTP from afar, saying why', async () => {
    const user = await makeUser(t, nationId)
    const cred = await givePasswordAndTotp(t, user.id)
    const res = await signIn({ email: await emailOf(user.id), password: cred.password, totp: cred.code() }, { remoteAddress: '192.0.2.7', host: 'hub.example.org' })
    expect(res.statusCode, res.body).toBe(403)
    expect(res.json<{ code: string; detail: string }>()).toMatchObject({ code: 'tls_required', detail: expect.stringMatching(/HTTPS/) })
    expect(res.headers['set-cookie']).toBeUndefined()
  })
})
