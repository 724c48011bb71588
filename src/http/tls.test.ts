/**
 * Issue 13, TLS: the hub serves HTTPS itself with TLS_CERT_FILE/TLS_KEY_FILE (the session cookie
 * then Secure), or believes X-Forwarded-Proto/-For only from the proxies TRUST_PROXY names; over
 * plain HTTP from afar, cookie sign-in is refused.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { request } from 'node:https'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeNation, makeUser, startTestHub, type TestHub } from '../../test/hub'
import { givePasswordAndTotp } from '../../test/signin'

const emailOf = async (t: TestHub, userId: string) => (await t.store.db.selectFrom('app_user').select('email').where('id', '=', userId).executeTakeFirstOrThrow()).email

/** A user with password + TOTP, and the body that signs them in now. */
async function signInBody(t: TestHub) {
  const nation = await makeNation(t)
  const user = await makeUser(t, nation.org.id)
  const cred = await givePasswordAndTotp(t, user.id)
  return { userId: user.id, body: { email: await emailOf(t, user.id), password: cred.password, totp: cred.code() } }
}

describe('the hub serving HTTPS itself', () => {
  let dir: string
  let t: TestHub
  let base: string
  let cert: Buffer

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'shieldwall-tls-'))
    // A throwaway self-signed certificate for localhost (openssl ships with Debian).
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=localhost',
      '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' })
    cert = readFileSync(join(dir, 'cert.pem'))
    t = await startTestHub('sqlite', { env: { TLS_CERT_FILE: join(dir, 'cert.pem'), TLS_KEY_FILE: join(dir, 'key.pem') } })
    base = await t.hub.app.listen({ host: '127.0.0.1', port: 0 })
  })
  afterAll(async () => {
    await t.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('answers over HTTPS, and its session cookie is Secure', async () => {
    expect(base).toMatch(/^https:\/\//)
    const { body } = await signInBody(t)
    const payload = JSON.stringify(body)
    const res = await new Promise<{ status: number; setCookie: string[] }>((resolve, reject) => {
      const req = request(`${base}/api/v1/session/password`, { method: 'POST', ca: cert, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } }, (r) => {
        r.resume()
        r.on('end', () => resolve({ status: r.statusCode ?? 0, setCookie: r.headers['set-cookie'] ?? [] }))
      })
      req.on('error', reject)
      req.end(payload)
    })
    expect(res.status).toBe(200)
    expect(res.setCookie[0]).toMatch(/^shieldwall_session=ss_.*; Secure/)
    expect(res.setCookie[0]).toMatch(/HttpOnly/)
    expect(res.setCookie[0]).toMatch(/SameSite=Strict/)
  })
})

describe('the hub behind a TLS proxy (TRUST_PROXY)', () => {
  let t: TestHub
  beforeAll(async () => {
    t = await startTestHub('sqlite', { env: { TRUST_PROXY: '10.0.0.1' } })
  })
  afterAll(() => t.close())

  const viaProxy = (body: object, headers: Record<string, string>, remoteAddress = '10.0.0.1') =>
    t.hub.app.inject({ method: 'POST', url: '/api/v1/session/password', payload: body, remoteAddress, headers: { host: 'hub.example.org', ...headers } })

  it('believes the proxy: HTTPS to the proxy makes a Secure cookie, and the client’s address is recorded', async () => {
    const { userId, body } = await signInBody(t)
    const res = await viaProxy(body, { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.5' })
    expect(res.statusCode, res.body).toBe(200)
    expect(String(res.headers['set-cookie'])).toMatch(/; Secure/)
    const session = await t.store.db.selectFrom('session').select('address').where('user_id', '=', userId).executeTakeFirstOrThrow()
    expect(session.address).toBe('203.0.113.5')
  })

  it('refuses plain HTTP through the proxy, and X-Forwarded-Proto from anyone but the proxy', async () => {
    const { body } = await signInBody(t)
    const plain = await viaProxy(body, { 'x-forwarded-proto': 'http', 'x-forwarded-for': '203.0.113.5' })
    expect(plain.statusCode, plain.body).toBe(403)
    expect(plain.json<{ code: string }>().code).toBe('tls_required')
    const forged = await viaProxy(body, { 'x-forwarded-proto': 'https' }, '198.51.100.9')
    expect(forged.statusCode, forged.body).toBe(403)
    expect(forged.json<{ code: string }>().code).toBe('tls_required')
  })
})
