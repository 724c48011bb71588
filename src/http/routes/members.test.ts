import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { invalid, makeNation, makeOrg, makeUser, problemOf, rawBody, startTestHub, type TestHub } from '../../../test/hub'
import { countRows, DIALECTS } from '../../../test/store'

describe.each(DIALECTS)('members over REST (%s)', (dialect) => {
  let t: TestHub
  beforeAll(async () => {
    t = await startTestHub(dialect)
  })
  afterAll(() => t.close())

  const auditCount = () => countRows(t.store, 'audit_log')

  it('the first admin sees itself in the hub organization', async () => {
    const res = await t.client().GET('/api/v1/me')
    expect(res.response.status).toBe(200)
    expect(res.data).toMatchObject({ org: { kind: 'hub' }, user: { roles: ['admin', 'coordinator'] } })
  })

  it('a hub admin admits a nation, an agency under it, and a nation admin adds its own users', async () => {
    const { org: nation, admin } = await makeNation(t, 'EE')
    const cert = await makeOrg(t, { kind: 'cert', parentId: nation.id })
    const analyst = await makeUser(t, cert.id, ['analyst'])
    const byNationAdmin = await t.client(admin.token).POST('/api/v1/users', {
      body: { orgId: cert.id, email: 'second@cert.ee', displayName: 'Second', roles: ['analyst'] },
    })
    expect(byNationAdmin.response.status).toBe(201)
    const me = await t.client(analyst.token).GET('/api/v1/me')
    expect(me.data?.orgChain).toEqual([cert.id, nation.id, (await t.client().GET('/api/v1/me')).data?.org.id])
  })

  it('/me answers with the user as stored at this request, never as an earlier request read it', async () => {
    const n = await makeNation(t)
    const analyst = await makeUser(t, n.org.id, ['analyst'])
    expect((await t.client(analyst.token).GET('/api/v1/me')).data?.user).toMatchObject({ id: analyst.id, roles: ['analyst'] })
    await t.store.db.updateTable('app_user').set({ display_name: 'Renamed', roles: 'analyst,coordinator' }).where('id', '=', analyst.id).execute()
    expect((await t.client(analyst.token).GET('/api/v1/me')).data?.user).toMatchObject({ id: analyst.id, displayName: 'Renamed', roles: ['analyst', 'coordinator'] })
  })

  it('a nation admin may not admit organizations nor manage another nation\u2019s users', async () => {
    const a = await makeNation(t)
    const b = await makeNation(t)
    const before = await auditCount()
    const admit = await t.client(a.admin.token).POST('/api/v1/orgs', { body: { name: 'rogue', kind: 'nation', country: 'XK' } })
    expect(admit.response.status).toBe(403)
    const add = await t.client(a.admin.token).POST('/api/v1/users', { body: { orgId: b.org.id, email: 'x@y.z', displayName: 'x', roles: ['admin'] } })
    expect(add.response.status).toBe(403)
    const token = await t.client(a.admin.token).POST('/api/v1/tokens', { body: { userId: b.admin.id, name: 'steal' } })
    expect(token.response.status).toBe(403)
    expect(await auditCount()).toBe(before)
  })

  it('an analyst issues tokens for itself only, and a revoked token stops working', async () => {
    const n = await makeNation(t)
    const analyst = await makeUser(t, n.org.id, ['analyst'])
    const own = await t.client(analyst.token).POST('/api/v1/tokens', { body: { name: 'laptop' } })
    expect(own.response.status).toBe(201)
    const { token, info } = own.data!
    expect((await t.client(token).GET('/api/v1/me')).response.status).toBe(200)
    const revoke = await t.client(analyst.token).DELETE('/api/v1/tokens/{id}', { params: { path: { id: info.id } } })
    expect(revoke.response.status).toBe(200)
    const after = await t.client(token).GET('/api/v1/me')
    expect(after.response.status).toBe(401)
    expect(after.response.headers.get('content-type')).toContain('application/problem+json')
    expect((await t.client(analyst.token).GET('/api/v1/tokens')).data?.find((x) => x.id === info.id)?.revokedAt).not.toBeNull()
  })

  it('an expired token is refused', async () => {
    const n = await makeNation(t)
    const res = await t.client(n.admin.token).POST('/api/v1/tokens', { body: { name: 'short', expiresInDays: 1 } })
    const { token } = res.data!
    expect((await t.client(token).GET('/api/v1/me')).response.status).toBe(200)
    t.clock.advance(2 * 24 * 3_600_000)
    const expired = await t.client(token).GET('/api/v1/me')
    expect(expired.response.status).toBe(401)
    expect(problemOf(expired).detail).toMatch(/expired/)
  })

  it('tokens are stored only as hashes', async () => {
    const n = await makeNation(t)
    const rows = await t.store.db.selectFrom('api_token').select('hash').where('user_id', '=', n.admin.id).execute()
    expect(rows.length).toBeGreaterThan(0)
    for (const r of rows) expect(r.hash).not.toContain(n.admin.token.slice(3))
    expect(rows.map((r) => r.hash)).not.toContain(n.admin.token)
  })

  describe('bad input gets a problem document and changes nothing', () => {
    /** One refused request, sent with the client `as(token)` gives (default: the first admin). */
    type Call = (as: TestHub['client']) => Promise<{ response: Response; error?: unknown }>
    const cases: [string, Call, number, string, string?][] = [
      ['malformed JSON', (as) => as().POST('/api/v1/orgs', rawBody('{"name": ')), 400, 'malformed_json'],
      ['a wrong type', (as) => as().POST('/api/v1/orgs', { body: { name: invalid(42), kind: 'nation', country: 'FR' } }), 400, 'invalid_request', '/name'],
      ['an unknown field', (as) => as().POST('/api/v1/orgs', { body: invalid({ name: 'x', kind: 'nation', country: 'FR', colour: 'red' }) }), 400, 'invalid_request', '/colour'],
      ['a missing field', (as) => as().POST('/api/v1/orgs', { body: invalid({ kind: 'nation', country: 'FR' }) }), 400, 'invalid_request', '/name'],
      ['a nation code that is not ISO 3166-1', (as) => as().POST('/api/v1/orgs', { body: { name: 'Atlantis', kind: 'nation', country: 'QQ' } }), 422, 'bad_country', '/country'],
      ['a body over the limit', (as) => as().POST('/api/v1/orgs', rawBody(JSON.stringify({ name: 'x'.repeat(2_000_000), kind: 'nation', country: 'FR' }))), 413, 'body_too_large'],
      ['an unknown token', (as) => as(`sw_${'A'.repeat(43)}`).GET('/api/v1/me'), 401, 'unauthorized'],
      ['a malformed token', (as) => as('letmein').GET('/api/v1/me'), 401, 'unauthorized'],
      ['no token', (as) => as(null).POST('/api/v1/orgs', { body: { name: 'x', kind: 'nation', country: 'FR' } }), 401, 'unauthorized'],
      ['a wrong content type', (as) => as().POST('/api/v1/orgs', rawBody('name=x', 'text/plain')), 415, 'unsupported_media_type'],
      ['an agency without a parent', (as) => as().POST('/api/v1/orgs', { body: { name: 'lost', kind: 'agency' } }), 422, 'parent_required', '/parentId'],
      ['an unknown route', (as) => as().GET(invalid('/api/v1/nothing-here')), 404, 'route_not_found'],
      ['a bad query value', (as) => as().GET('/api/v1/audit', { params: { query: { limit: invalid('abc') } } }), 400, 'invalid_request', '/limit'],
    ]
    it.each(cases)('%s', async (_name, call, status, code, pointer) => {
      const orgsBefore = (await t.client().GET('/api/v1/orgs')).data!.length
      const auditBefore = await auditCount()
      const res = await call(t.client)
      expect(res.response.status).toBe(status)
      expect(res.response.headers.get('content-type')).toContain('application/problem+json')
      const p = problemOf(res)
      expect(p).toMatchObject({ status, code, title: expect.any(String), detail: expect.any(String), requestId: expect.any(String) })
      if (pointer) expect(p.errors?.map((e) => e.pointer)).toContain(pointer)
      expect((await t.client().GET('/api/v1/orgs')).data!.length).toBe(orgsBefore)
      expect(await auditCount()).toBe(auditBefore)
    })

    it('a duplicate name', async () => {
      const org = await makeOrg(t, { kind: 'nation', country: 'NO' })
      const before = await auditCount()
      const res = await t.client().POST('/api/v1/orgs', { body: { name: org.name, kind: 'nation', country: 'IS' } })
      expect(res.response.status).toBe(409)
      expect(problemOf(res)).toMatchObject({ code: 'duplicate', errors: [{ pointer: '/name' }] })
      const dupCountry = await t.client().POST('/api/v1/orgs', { body: { name: 'Norway again', kind: 'nation', country: 'NO' } })
      expect(dupCountry.response.status).toBe(409)
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
