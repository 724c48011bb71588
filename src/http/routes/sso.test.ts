/**
 * Single sign-on per nation against a real OpenID provider (oidc-provider, on loopback), driven
 * through the redirects by a browser-like client: the hub listens on a real socket, so the
 * provider's redirect back to the callback is a real HTTP request.
 */
import { randomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeNation, makeOrg, makeUser, startTestHub, type TestHub } from '../../../test/hub'
import { startProvider, TestBrowser, type ProviderClient, type TestProvider } from '../../../test/oidc-provider'
import { countRows, DIALECTS } from '../../../test/store'
import { SESSION_COOKIE } from '../../surfaces/auth'

describe.each(DIALECTS)('single sign-on per nation (%s)', (dialect) => {
  let t: TestHub
  let hubUrl: string
  let provider: TestProvider
  let other: TestProvider
  let client: ProviderClient
  let nation: Awaited<ReturnType<typeof makeNation>>
  let otherNation: Awaited<ReturnType<typeof makeNation>>
  let cert: { id: string; name: string }
  const emails = { inCert: `alice-${randomBytes(3).toString('hex')}@cert.test`, inNation: `nadia-${randomBytes(3).toString('hex')}@nation.test`, outside: `bob-${randomBytes(3).toString('hex')}@other.test` }

  beforeAll(async () => {
    t = await startTestHub(dialect, { env: { SSO_SECRET_KEY: randomBytes(32).toString('base64') } })
    const address = await t.hub.app.listen({ host: '127.0.0.1', port: 0 })
    hubUrl = `http://127.0.0.1:${(t.hub.app.server.address() as AddressInfo).port}`
    expect(address).toContain('127.0.0.1')
    client = { clientId: 'shieldwall-hub', clientSecret: randomBytes(24).toString('base64url'), redirectUri: `${hubUrl}/api/v1/sso/callback` }
    const accounts = { alice: { email: emails.inCert }, nadia: { email: emails.inNation }, bob: { email: emails.outside }, nobody: { email: 'nobody@nowhere.test' }, mallory: { email: emails.inNation, emailVerified: false } }
    provider = await startProvider({ client, accounts })
    other = await startProvider({ client, accounts })
    nation = await makeNation(t)
    otherNation = await makeNation(t)
    cert = await makeOrg(t, { kind: 'cert', parentId: nation.org.id })
    for (const [orgId, email] of [[cert.id, emails.inCert], [nation.org.id, emails.inNation], [otherNation.org.id, emails.outside]] as const) {
      const res = await t.client(orgId === otherNation.org.id ? otherNation.admin.token : nation.admin.token).POST('/api/v1/users', { body: { orgId, email, displayName: email, roles: ['analyst'] } })
      expect(res.response.status).toBe(201)
    }
  })
  afterAll(async () => {
    await t.close()
    await provider.close()
    await other.close()
  })

  const connect = (token: string, issuer = provider.issuer, orgRef = nation.org.name) =>
    t.client(token).PUT('/api/v1/sso/{org}', { params: { path: { org: orgRef } }, body: { issuer, clientId: client.clientId, clientSecret: client.clientSecret, claim: 'email' } })

  /** Begins at the hub, signs in at the provider as `login`, and stops at the hub's callback. */
  async function throughProvider(login: string, browser = new TestBrowser(), tamper?: (authUrl: URL) => URL, orgRef = nation.org.name): Promise<{ browser: TestBrowser; callback: string }> {
    const begin = await browser.request(`${hubUrl}/api/v1/sso/${encodeURIComponent(orgRef)}/login`)
    expect(begin.status).toBe(303)
    const authUrl = new URL(begin.headers.get('location')!)
    const callback = await browser.signInAt((tamper ? tamper(authUrl) : authUrl).href, login, client.redirectUri)
    return { browser, callback }
  }

  const failures = async (reason: string) =>
    (await t.store.db.selectFrom('audit_log').select('detail').where('action', '=', 'sso.sign-in-failed').execute()).filter((r) => (JSON.parse(r.detail) as { reason: string }).reason.includes(reason)).length

  it('only the nation\u2019s own admin connects it, the issuer must answer discovery as itself, and the secret is kept encrypted', async () => {
    const before = await countRows(t.store, 'sso_provider')
    const byHub = await connect(t.adminToken)
    expect(byHub.response.status).toBe(403)
    const byOther = await connect(otherNation.admin.token)
    expect(byOther.response.status).toBe(403)
    const analyst = await makeUser(t, nation.org.id, ['analyst'])
    expect((await connect(analyst.token)).response.status).toBe(403)
    // A discovery document that names another issuer than the one configured.
    const impostor = await startProvider({ client, accounts: {}, claimIssuer: (port) => `http://localhost:${port}` })
    try {
      const wrong = await connect(nation.admin.token, impostor.url)
      expect(wrong.response.status).toBe(422)
      expect(wrong.error).toMatchObject({ code: 'sso_bad_issuer' })
    } finally {
      await impostor.close()
    }
    expect(await countRows(t.store, 'sso_provider')).toBe(before)

    const ok = await connect(nation.admin.token)
    expect(ok.response.status).toBe(200)
    expect(ok.data).toMatchObject({ orgId: nation.org.id, issuer: provider.issuer, claim: 'email', userAttribute: 'email' })
    expect(JSON.stringify(ok.data)).not.toContain(client.clientSecret)
    const row = await t.store.db.selectFrom('sso_provider').selectAll().where('org_id', '=', nation.org.id).executeTakeFirstOrThrow()
    expect(row.client_secret_enc).not.toContain(client.clientSecret)
    expect(row.client_secret_enc.startsWith('v1.')).toBe(true)
    const read = await t.client(nation.admin.token).GET('/api/v1/sso/{org}', { params: { path: { org: nation.org.id } } })
    expect(read.data?.issuer).toBe(provider.issuer)
  })

  it('a user of the nation\u2019s tree signs in at the provider and gets a session', async () => {
    const { browser, callback } = await throughProvider('alice')
    const res = await browser.request(callback)
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/')
    const cookie = browser.cookie(hubUrl, SESSION_COOKIE)
    expect(cookie).not.toBeNull()
    const me = await browser.request(`${hubUrl}/api/v1/session`)
    expect(me.status).toBe(200)
    const body = (await me.json()) as { user: { email: string }; session: { method: string } }
    expect(body.user.email).toBe(emails.inCert)
    expect(body.session.method).toBe('oidc')
    // Begun from the CERT's name, the nation's provider signs in; the nation itself is in its tree too.
    const nadia = await throughProvider('nadia', new TestBrowser(), undefined, cert.name)
    expect((await nadia.browser.request(nadia.callback)).status).toBe(303)
  })

  it('a replayed callback is refused', async () => {
    const { browser, callback } = await throughProvider('alice')
    expect((await browser.request(callback)).status).toBe(303)
    browser.setCookie(hubUrl, 'sw_sso_state', new URL(callback).searchParams.get('state')!)
    const again = await browser.request(callback)
    expect(again.status).toBe(401)
    expect(((await again.json()) as { code: string }).code).toBe('sso_refused')
  })

  it('a user outside the nation\u2019s tree, nobody at all, or an address the provider has not verified, is refused and gets no session', async () => {
    const before = await countRows(t.store, 'session')
    for (const login of ['bob', 'nobody', 'mallory']) {
      const { browser, callback } = await throughProvider(login)
      const res = await browser.request(callback)
      expect(res.status).toBe(403)
      expect(((await res.json()) as { code: string }).code).toBe('sso_no_user')
      expect(browser.cookie(hubUrl, SESSION_COOKIE)).toBeNull()
    }
    expect(await countRows(t.store, 'session')).toBe(before)
    expect(await failures('no-user-in-tree')).toBeGreaterThanOrEqual(2)
  })

  it('a code and token from another issuer are refused', async () => {
    const before = await countRows(t.store, 'session')
    // The hub's authorization request, taken to another provider that knows the same client.
    const { browser, callback } = await throughProvider('alice', new TestBrowser(), (u) => new URL(u.pathname + u.search, other.url))
    expect(new URL(callback).searchParams.get('iss')).toBe(other.issuer)
    const res = await browser.request(callback)
    expect(res.status).toBe(401)
    expect(((await res.json()) as { code: string }).code).toBe('sso_refused')
    // Without the iss parameter, the code itself is one the configured issuer never gave.
    const second = await throughProvider('alice', new TestBrowser(), (u) => new URL(u.pathname + u.search, other.url))
    const stripped = new URL(second.callback)
    stripped.searchParams.delete('iss')
    expect((await second.browser.request(stripped.href)).status).toBe(401)
    expect(await countRows(t.store, 'session')).toBe(before)
  })

  it('a state that is not this browser\u2019s, or unknown, is refused', async () => {
    const before = await countRows(t.store, 'session')
    const victim = await throughProvider('alice')
    // Another browser (an attacker's link) brings the victim's callback: its state cookie differs.
    const attacker = new TestBrowser()
    const mine = await attacker.request(`${hubUrl}/api/v1/sso/${encodeURIComponent(nation.org.name)}/login`)
    expect(mine.status).toBe(303)
    const res = await attacker.request(victim.callback)
    expect(res.status).toBe(401)
    // A state the hub never handed out.
    const forged = new URL(victim.callback)
    forged.searchParams.set('state', 'forged-state')
    victim.browser.setCookie(hubUrl, 'sw_sso_state', 'forged-state')
    expect((await victim.browser.request(forged.href)).status).toBe(401)
    expect(await countRows(t.store, 'session')).toBe(before)
    expect(await failures('state-not-this-browser')).toBeGreaterThanOrEqual(1)
    expect(await failures('unknown-state')).toBeGreaterThanOrEqual(1)
  })

  it('an ID token whose nonce is not the one the hub sent is refused', async () => {
    const before = await countRows(t.store, 'session')
    const { browser, callback } = await throughProvider('alice')
    // The hub's record of the sign-in now expects another nonce than the provider put in the token.
    await t.store.db.updateTable('sso_attempt').set({ nonce: 'not-the-nonce-sent' }).execute()
    const res = await browser.request(callback)
    expect(res.status).toBe(401)
    expect(await countRows(t.store, 'session')).toBe(before)
    expect(await failures('claim nonce')).toBeGreaterThanOrEqual(1)
  })

  it('an organization without a provider, and a provider removed, sign nobody in', async () => {
    const res = await new TestBrowser().request(`${hubUrl}/api/v1/sso/${encodeURIComponent(otherNation.org.name)}/login`)
    expect(res.status).toBe(404)
    const removed = await t.client(nation.admin.token).DELETE('/api/v1/sso/{org}', { params: { path: { org: nation.org.id } } })
    expect(removed.response.status).toBe(200)
    expect((await new TestBrowser().request(`${hubUrl}/api/v1/sso/${nation.org.id}/login`)).status).toBe(404)
  })
})
