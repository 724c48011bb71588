/**
 * Passkeys in a real browser: Debian's Chromium with a virtual authenticator (DevTools WebAuthn
 * domain) runs @simplewebauthn/browser on a page at the hub's own origin (localhost, a secure
 * context), against the hub listening on a real socket. Then the same assertion replayed, and
 * an assertion made on another origin, are refused.
 */
import { readFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addVirtualAuthenticator, launchChromium, type TestChromium } from '../../../test/chromium'
import { makeNation, makeUser, startTestHub, type TestHub } from '../../../test/hub'
import { countRows, DIALECTS } from '../../../test/store'

const require = createRequire(import.meta.url)
// The library's own browser bundle (UMD: a global SimpleWebAuthnBrowser), as a page would load it.
// (resolved from the package's entry point: its exports name no bundle path)
const BROWSER_LIB = join(dirname(require.resolve('@simplewebauthn/browser')), '..', 'dist/bundle/index.umd.min.js')
const PAGE = '/__passkey-test'

type Json = Record<string, unknown>

declare const SimpleWebAuthnBrowser: {
  startRegistration(o: { optionsJSON: unknown }): Promise<Json>
  startAuthentication(o: { optionsJSON: unknown }): Promise<Json>
}

/** Serves the test page (and the browser library) at `origin` from the test itself, not the hub. */
async function openTestPage(page: Page, origin: string): Promise<void> {
  const lib = await readFile(BROWSER_LIB, 'utf8')
  await page.route(`${origin}${PAGE}/**`, (route) => {
    const path = new URL(route.request().url()).pathname
    return path.endsWith('/webauthn.js')
      ? route.fulfill({ contentType: 'text/javascript', body: lib })
      : route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>passkey test</title><script src="${PAGE}/webauthn.js"></script>` })
  })
  await page.goto(`${origin}${PAGE}/index.html`)
  await page.waitForFunction(() => typeof SimpleWebAuthnBrowser !== 'undefined')
}

/** In the page: options from the hub (with a token), the authenticator's answer, then registration. */
const registerInPage = (page: Page, token: string) =>
  page.evaluate(async (token) => {
    const auth = { authorization: `Bearer ${token}` }
    const options = await (await fetch('/api/v1/passkeys/registration-options', { method: 'POST', headers: auth })).json()
    const response = await SimpleWebAuthnBrowser.startRegistration({ optionsJSON: options })
    const res = await fetch('/api/v1/passkeys', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ response, name: 'Test laptop' }) })
    return { status: res.status, body: (await res.json()) as Json }
  }, token)

/** In the page: sign-in options, the authenticator's assertion, and the sign-in with it (cookie kept by the browser). */
const signInInPage = (page: Page) =>
  page.evaluate(async () => {
    const options = await (await fetch('/api/v1/session/passkey-options', { method: 'POST' })).json()
    const response = await SimpleWebAuthnBrowser.startAuthentication({ optionsJSON: options })
    const res = await fetch('/api/v1/session/passkey', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ response }) })
    const me = await fetch('/api/v1/session')
    return { status: res.status, body: (await res.json()) as Json, response, meStatus: me.status, me: (await me.json()) as Json }
  })

describe.each(DIALECTS)('passkeys in Chromium (%s)', (dialect) => {
  let t: TestHub
  let chromium: TestChromium
  let hubOrigin: string
  let page: Page
  let user: { id: string; token: string }
  let authenticator: Awaited<ReturnType<typeof addVirtualAuthenticator>>

  beforeAll(async () => {
    t = await startTestHub(dialect)
    // A real browser drops a cookie whose expiry is already past on its own clock.
    t.clock.set(new Date())
    // localhost: a secure context over plain HTTP, and the relying party id the hub derives.
    await t.hub.app.listen({ host: 'localhost', port: 0 })
    hubOrigin = `http://localhost:${(t.hub.app.server.address() as AddressInfo).port}`
    chromium = await launchChromium()
    page = await chromium.context.newPage()
    authenticator = await addVirtualAuthenticator(page)
    await openTestPage(page, hubOrigin)
    const nation = await makeNation(t)
    user = await makeUser(t, nation.org.id, ['analyst'])
  }, 60_000)
  afterAll(async () => {
    await chromium?.close()
    await t?.close()
  })

  const post = (path: string, body: unknown) => fetch(`${hubOrigin}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  const audited = async (action: string) => (await t.store.db.selectFrom('audit_log').select(['actor', 'detail']).where('action', '=', action).execute()).map((r) => ({ actor: r.actor, detail: JSON.parse(r.detail) as Json }))

  it('a signed-in user registers a passkey, lists it, and signs in with it', async () => {
    const registered = await registerInPage(page, user.token)
    expect(registered.status).toBe(201)
    expect(registered.body).toMatchObject({ name: 'Test laptop', lastUsedAt: null })
    const list = await t.client(user.token).GET('/api/v1/passkeys')
    expect(list.data?.map((p) => p.id)).toEqual([registered.body.id])
    expect(await audited('passkey.register')).toEqual([expect.objectContaining({ actor: user.id })])

    const signedIn = await signInInPage(page)
    expect(signedIn.status).toBe(200)
    expect(signedIn.body).toMatchObject({ user: { id: user.id }, session: { method: 'passkey' } })
    // The browser now holds the session cookie: its next request is signed in.
    expect(signedIn.meStatus).toBe(200)
    expect(signedIn.me).toMatchObject({ user: { id: user.id } })
    expect(await audited('passkey.sign-in')).toHaveLength(1)
    const after = await t.client(user.token).GET('/api/v1/passkeys')
    expect(after.data?.[0]?.lastUsedAt).not.toBeNull()

    // The same assertion, replayed: its challenge was taken, and no session starts.
    const sessions = await countRows(t.store, 'session')
    const replay = await post('/api/v1/session/passkey', { response: signedIn.response })
    expect(replay.status).toBe(401)
    expect(((await replay.json()) as Json).code).toBe('passkey_refused')
    expect(await countRows(t.store, 'session')).toBe(sessions)
  })

  it('an assertion made on another origin is refused, even with a fresh challenge and a passkey the hub knows', async () => {
    // The same browser and authenticator (holding the passkey for relying party "localhost"), on another origin.
    const otherOrigin = `http://localhost:${(Number(new URL(hubOrigin).port) % 50000) + 10000}`
    await openTestPage(page, otherOrigin)
    const options = await (await post('/api/v1/session/passkey-options', {})).json()
    const assertion = await page.evaluate((o) => SimpleWebAuthnBrowser.startAuthentication({ optionsJSON: o }), options)
    const clientData = JSON.parse(Buffer.from((assertion.response as { clientDataJSON: string }).clientDataJSON, 'base64url').toString()) as { origin: string }
    expect(clientData.origin).toBe(otherOrigin)
    const sessions = await countRows(t.store, 'session')
    const res = await post('/api/v1/session/passkey', { response: assertion })
    expect(res.status).toBe(401)
    expect(((await res.json()) as Json).code).toBe('passkey_refused')
    expect(await countRows(t.store, 'session')).toBe(sessions)
    const failures = await audited('passkey.sign-in-failed')
    expect(failures.some((f) => f.actor === user.id && String(f.detail.reason).includes(otherOrigin))).toBe(true)
  })

  it('a user removes their passkey, and it signs in no more; another user cannot remove it', async () => {
    await openTestPage(page, hubOrigin)
    const [passkey] = (await t.client(user.token).GET('/api/v1/passkeys')).data!
    const stranger = await makeUser(t, (await makeNation(t)).org.id, ['admin'])
    const theirs = await t.client(stranger.token).DELETE('/api/v1/passkeys/{id}', { params: { path: { id: passkey!.id } } })
    expect(theirs.response.status).toBe(404)
    const removed = await t.client(user.token).DELETE('/api/v1/passkeys/{id}', { params: { path: { id: passkey!.id } } })
    expect(removed.response.status).toBe(200)
    const signIn = await signInInPage(page)
    expect(signIn.status).toBe(401)
    expect(await audited('passkey.remove')).toHaveLength(1)
  })

  it('a passkey registered from another origin is refused', async () => {
    const otherOrigin = `http://localhost:${(Number(new URL(hubOrigin).port) % 50000) + 10001}`
    await openTestPage(page, otherOrigin)
    const regOptions = await (await fetch(`${hubOrigin}/api/v1/passkeys/registration-options`, { method: 'POST', headers: { authorization: `Bearer ${user.token}` } })).json()
    const registration = await page.evaluate((o) => SimpleWebAuthnBrowser.startRegistration({ optionsJSON: o }), regOptions)
    const refused = await fetch(`${hubOrigin}/api/v1/passkeys`, { method: 'POST', headers: { authorization: `Bearer ${user.token}`, 'content-type': 'application/json' }, body: JSON.stringify({ response: registration }) })
    expect(refused.status).toBe(422)
    expect(((await refused.json()) as Json).code).toBe('passkey_not_verified')
    expect((await t.client(user.token).GET('/api/v1/passkeys')).data).toHaveLength(0)
  })

  it('a new user enrols with a passkey through a one-time link, which works once and for nobody else', async () => {
    await openTestPage(page, hubOrigin)
    const nation = await makeNation(t)
    const created = await t.client(nation.admin.token).POST('/api/v1/users', { body: { orgId: nation.org.id, email: `enrol-${dialect}@example.org`, displayName: 'New analyst', roles: ['analyst'] } })
    const newcomer = created.data!
    const issued = await t.client(nation.admin.token).POST('/api/v1/users/{id}/enrolment', { params: { path: { id: newcomer.id } } })
    expect(issued.response.status).toBe(201)
    const link = issued.data!.token

    // This browser is still signed in as the first user: the link is not theirs.
    const asOther = await page.evaluate(async (link) => {
      const { csrfToken } = (await (await fetch('/api/v1/session')).json()) as { csrfToken: string }
      const res = await fetch(`/api/v1/enrolment/${link}/passkey-options`, { method: 'POST', headers: { 'x-csrf-token': csrfToken } })
      return { status: res.status, code: ((await res.json()) as { code: string }).code }
    }, link)
    expect(asOther).toEqual({ status: 403, code: 'enrolment_other_user' })

    await page.context().clearCookies()
    // The authenticator forgets earlier tests' passkeys, so that the sign-in below can only pick the new one.
    await authenticator.cdp.send('WebAuthn.clearCredentials', { authenticatorId: authenticator.authenticatorId })
    const enrolled = await page.evaluate(async (link) => {
      const options = await (await fetch(`/api/v1/enrolment/${link}/passkey-options`, { method: 'POST' })).json()
      const response = await SimpleWebAuthnBrowser.startRegistration({ optionsJSON: options })
      const res = await fetch(`/api/v1/enrolment/${link}/passkey`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ response, name: 'Phone' }) })
      return { status: res.status, body: (await res.json()) as Json }
    }, link)
    expect(enrolled.status).toBe(200)
    expect(enrolled.body).toMatchObject({ user: { id: newcomer.id }, session: { method: 'passkey' } })
    // The link is used up.
    expect((await post(`/api/v1/enrolment/${link}/passkey-options`, {})).status).toBe(410)
    expect(await audited('enrolment.complete')).toEqual(expect.arrayContaining([expect.objectContaining({ actor: 'system' })]))
    expect((await audited('passkey.register')).some((e) => e.actor === newcomer.id && e.detail.via === 'enrolment')).toBe(true)

    // Enrolled by passkey alone, the user has credentials: no admin may issue a second link (and add their own authenticator).
    const second = await t.client(nation.admin.token).POST('/api/v1/users/{id}/enrolment', { params: { path: { id: newcomer.id } } })
    expect(second.response.status).toBe(409)
    expect(second.error).toMatchObject({ code: 'already_enrolled' })

    // And the new passkey signs in.
    await page.context().clearCookies()
    const signIn = await signInInPage(page)
    expect(signIn.status).toBe(200)
    expect(signIn.body).toMatchObject({ user: { id: newcomer.id } })
  })

  it('re-enabling a disabled user clears their passkeys: they enrol again', async () => {
    const nation = await makeNation(t)
    const created = await t.client(nation.admin.token).POST('/api/v1/users', { body: { orgId: nation.org.id, email: `reenable-${dialect}@example.org`, displayName: 'Leaver', roles: ['analyst'] } })
    const leaver = created.data!
    const link = (await t.client(nation.admin.token).POST('/api/v1/users/{id}/enrolment', { params: { path: { id: leaver.id } } })).data!.token
    await page.context().clearCookies()
    const enrolled = await page.evaluate(async (link) => {
      const options = await (await fetch(`/api/v1/enrolment/${link}/passkey-options`, { method: 'POST' })).json()
      const response = await SimpleWebAuthnBrowser.startRegistration({ optionsJSON: options })
      return (await fetch(`/api/v1/enrolment/${link}/passkey`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ response }) })).status
    }, link)
    expect(enrolled).toBe(200)
    const held = () => t.store.db.selectFrom('webauthn_credential').select('id').where('user_id', '=', leaver.id).execute()
    expect(await held()).toHaveLength(1)
    expect((await t.client(nation.admin.token).POST('/api/v1/users/{id}/disable', { params: { path: { id: leaver.id } } })).response.status).toBe(200)
    expect((await t.client(nation.admin.token).POST('/api/v1/users/{id}/enable', { params: { path: { id: leaver.id } } })).response.status).toBe(200)
    expect(await held()).toHaveLength(0)
  })
})
