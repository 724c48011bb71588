import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeNation, makeOrg, makeUser, startTestHub, type TestHub } from '../../../test/hub'
import { DIALECTS } from '../../../test/store'

describe.each(DIALECTS)('members over REST (%s)', (dialect) => {
  let t: TestHub
  beforeAll(async () => {
    t = await startTestHub(dialect)
  })
  afterAll(() => t.close())

  const auditCount = async () => (await t.store.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n

  it('the first admin sees itself in the hub organization', async () => {
    const res = await t.req('GET', '/api/v1/me')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ org: { kind: 'hub' }, user: { roles: ['admin', 'coordinator'] } })
  })

  it('a hub admin admits a nation, an agency under it, and a nation admin adds its own users', async () => {
    const { org: nation, admin } = await makeNation(t, 'EE')
    const cert = await makeOrg(t, { kind: 'cert', parentId: nation.id })
    const analyst = await makeUser(t, cert.id, ['analyst'])
    const byNationAdmin = await t.req('POST', '/api/v1/users', {
      token: admin.token,
      body: { orgId: cert.id, email: 'second@cert.ee', displayName: 'Second', roles: ['analyst'] },
    })
    expect(byNationAdmin.statusCode).toBe(201)
    const me = await t.req('GET', '/api/v1/me', { token: analyst.token })
    expect(me.json().orgChain).toEqual([cert.id, nation.id, (await t.req('GET', '/api/v1/me')).json().org.id])
  })

  it('a nation admin may not admit organizations nor manage another nation\u2019s users', async () => {
    const a = await makeNation(t)
    const b = await makeNation(t)
    const before = await auditCount()
    const admit = await t.req('POST', '/api/v1/orgs', { token: a.admin.token, body: { name: 'rogue', kind: 'nation', country: 'XK' } })
    expect(admit.statusCode).toBe(403)
    const add = await t.req('POST', '/api/v1/users', { token: a.admin.token, body: { orgId: b.org.id, email: 'x@y.z', displayName: 'x', roles: ['admin'] } })
    expect(add.statusCode).toBe(403)
    const token = await t.req('POST', '/api/v1/tokens', { token: a.admin.token, body: { userId: b.admin.id, name: 'steal' } })
    expect(token.statusCode).toBe(404)
    expect(await auditCount()).toBe(before)
  })

  it('an analyst issues tokens for itself only, and a revoked token stops working', async () => {
    const n = await makeNation(t)
    const analyst = await makeUser(t, n.org.id, ['analyst'])
    const own = await t.req('POST', '/api/v1/tokens', { token: analyst.token, body: { name: 'laptop' } })
    expect(own.statusCode).toBe(201)
    const { token, info } = own.json<{ token: string; info: { id: string } }>()
    expect((await t.req('GET', '/api/v1/me', { token })).statusCode).toBe(200)
    const revoke = await t.req('DELETE', `/api/v1/tokens/${info.id}`, { token: analyst.token })
    expect(revoke.statusCode).toBe(200)
    const after = await t.req('GET', '/api/v1/me', { token })
    expect(after.statusCode).toBe(401)
    expect(after.headers['content-type']).toContain('application/problem+json')
    expect((await t.req('GET', '/api/v1/tokens', { token: analyst.token })).json<{ id: string; revokedAt: string | null }[]>().find((x) => x.id === info.id)?.revokedAt).not.toBeNull()
  })

  it('an expired token is refused', async () => {
    const n = await makeNation(t)
    const res = await t.req('POST', '/api/v1/tokens', { token: n.admin.token, body: { name: 'short', expiresInDays: 1 } })
    const { token } = res.json<{ token: string }>()
    expect((await t.req('GET', '/api/v1/me', { token })).statusCode).toBe(200)
    t.clock.advance(2 * 24 * 3_600_000)
    const expired = await t.req('GET', '/api/v1/me', { token })
    expect(expired.statusCode).toBe(401)
    expect(expired.json().detail).toMatch(/expired/)
  })

  it('tokens are stored only as hashes', async () => {
    const n = await makeNation(t)
    const rows = await t.store.db.selectFrom('api_token').select('hash').where('user_id', '=', n.admin.id).execute()
    expect(rows.length).toBeGreaterThan(0)
    for (const r of rows) expect(r.hash).not.toContain(n.admin.token.slice(3))
    expect(rows.map((r) => r.hash)).not.toContain(n.admin.token)
  })

  describe('bad input gets a problem document and changes nothing', () => {
    const cases: [string, { method: string; url: string; payload?: string; body?: unknown; headers?: Record<string, string>; token?: string | null }, number, string, string?][] = [
      ['malformed JSON', { method: 'POST', url: '/api/v1/orgs', payload: '{"name": ', headers: { 'content-type': 'application/json' } }, 400, 'malformed_json'],
      ['a wrong type', { method: 'POST', url: '/api/v1/orgs', body: { name: 42, kind: 'nation', country: 'FR' } }, 400, 'invalid_request', '/name'],
      ['an unknown field', { method: 'POST', url: '/api/v1/orgs', body: { name: 'x', kind: 'nation', country: 'FR', colour: 'red' } }, 400, 'invalid_request', '/colour'],
      ['a missing field', { method: 'POST', url: '/api/v1/orgs', body: { kind: 'nation', country: 'FR' } }, 400, 'invalid_request', '/name'],
      ['a nation code that is not ISO 3166-1', { method: 'POST', url: '/api/v1/orgs', body: { name: 'Atlantis', kind: 'nation', country: 'QQ' } }, 422, 'bad_country', '/country'],
      ['a body over the limit', { method: 'POST', url: '/api/v1/orgs', payload: JSON.stringify({ name: 'x'.repeat(2_000_000), kind: 'nation', country: 'FR' }), headers: { 'content-type': 'application/json' } }, 413, 'body_too_large'],
      ['an unknown token', { method: 'GET', url: '/api/v1/me', token: `sw_${'A'.repeat(43)}` }, 401, 'unauthorized'],
      ['a malformed token', { method: 'GET', url: '/api/v1/me', token: 'letmein' }, 401, 'unauthorized'],
      ['no token', { method: 'POST', url: '/api/v1/orgs', token: null, body: { name: 'x', kind: 'nation', country: 'FR' } }, 401, 'unauthorized'],
      ['a wrong content type', { method: 'POST', url: '/api/v1/orgs', payload: 'name=x', headers: { 'content-type': 'text/plain' } }, 415, 'unsupported_media_type'],
      ['an agency without a parent', { method: 'POST', url: '/api/v1/orgs', body: { name: 'lost', kind: 'agency' } }, 422, 'parent_required', '/parentId'],
      ['an unknown route', { method: 'GET', url: '/api/v1/nothing-here' }, 404, 'route_not_found'],
      ['a bad query value', { method: 'GET', url: '/api/v1/audit?limit=abc' }, 400, 'invalid_request', '/limit'],
    ]
    it.each(cases)('%s', async (_name, r, status, code, pointer) => {
      const orgsBefore = (await t.req('GET', '/api/v1/orgs')).json<unknown[]>().length
      const auditBefore = await auditCount()
      const res = await t.req(r.method, r.url, { body: r.body, payload: r.payload, headers: r.headers, token: r.token })
      expect(res.statusCode).toBe(status)
      expect(res.headers['content-type']).toContain('application/problem+json')
      const p = res.json()
      expect(p).toMatchObject({ status, code, title: expect.any(String), detail: expect.any(String), requestId: expect.any(String) })
      if (pointer) expect(p.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer)
      expect((await t.req('GET', '/api/v1/orgs')).json<unknown[]>().length).toBe(orgsBefore)
      expect(await auditCount()).toBe(auditBefore)
    })

    it('a duplicate name', async () => {
      const org = await makeOrg(t, { kind: 'nation', country: 'NO' })
      const before = await auditCount()
      const res = await t.req('POST', '/api/v1/orgs', { body: { name: org.name, kind: 'nation', country: 'IS' } })
      expect(res.statusCode).toBe(409)
      expect(res.json()).toMatchObject({ code: 'duplicate', errors: [{ pointer: '/name' }] })
      const dupCountry = await t.req('POST', '/api/v1/orgs', { body: { name: 'Norway again', kind: 'nation', country: 'NO' } })
      expect(dupCountry.statusCode).toBe(409)
      expect(await auditCount()).toBe(before)
    })
  })

  it('serves the OpenAPI 3.1 document, the docs page, health and metrics', async () => {
    const doc = await t.req('GET', '/api/openapi.json', { token: null })
    expect(doc.statusCode).toBe(200)
    expect(doc.json().openapi).toBe('3.1.0')
    expect(Object.keys(doc.json().paths)).toEqual(expect.arrayContaining(['/api/v1/orgs', '/api/v1/users', '/api/v1/tokens', '/api/v1/me', '/api/v1/audit']))
    expect((await t.req('GET', '/api/docs/', { token: null })).statusCode).toBe(200)
    expect((await t.req('GET', '/healthz', { token: null })).statusCode).toBe(200)
    expect((await t.req('GET', '/readyz', { token: null })).statusCode).toBe(200)
    const metrics = await t.req('GET', '/metrics', { token: null })
    expect(metrics.body).toContain('shieldwall_http_request_duration_seconds')
  })
})
