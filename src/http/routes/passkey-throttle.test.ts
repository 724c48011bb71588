import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestHub, type TestHub } from '../../../test/hub'
import { DIALECTS } from '../../../test/store'

/** An assertion shaped as a browser sends it, answering no challenge the hub gave out. */
const bogus = (n: number) => ({
  response: {
    id: `bogus${n}`,
    rawId: `bogus${n}`,
    type: 'public-key',
    clientExtensionResults: {},
    response: { clientDataJSON: Buffer.from(JSON.stringify({ type: 'webauthn.get', challenge: `never-issued-${n}`, origin: 'http://localhost' })).toString('base64url'), authenticatorData: 'AAAA', signature: 'AAAA' },
  },
})

describe.each(DIALECTS)('passkey sign-in throttling per address (%s)', (dialect) => {
  let t: TestHub
  beforeAll(async () => {
    t = await startTestHub(dialect)
  })
  afterAll(() => t.close())

  it('twenty failed passkey sign-ins from one address lock it: 429 with Retry-After, until the lockout passes', async () => {
    for (let i = 0; i < 20; i++) {
      const res = await t.req('POST', '/api/v1/session/passkey', { token: null, body: bogus(i) })
      expect(res.statusCode).toBe(401)
      expect(res.json()).toMatchObject({ code: 'passkey_refused' })
    }
    const locked = await t.req('POST', '/api/v1/session/passkey', { token: null, body: bogus(99) })
    expect(locked.statusCode).toBe(429)
    expect(locked.json()).toMatchObject({ code: 'signin_throttled' })
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0)
    // The same lock holds for a single sign-on callback from that address.
    const sso = await t.req('GET', '/api/v1/sso/callback?state=x&code=y', { token: null })
    expect(sso.statusCode).toBe(429)
    t.clock.advance(16 * 60_000)
    const after = await t.req('POST', '/api/v1/session/passkey', { token: null, body: bogus(100) })
    expect(after.statusCode).toBe(401)
  })
})
