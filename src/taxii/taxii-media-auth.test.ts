/**
 * TAXII 2.1 media types (1.6.8), error resources (3.6.1), max_content_length (4.2) and
 * authentication (HTTP Basic with an API token as the password, and Bearer; 401 otherwise, unless
 * the operator opens the public root of CLEAR objects).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ManualClock } from '../core/clock'
import { createLogger } from '../core/logger'
import { loadConfig } from '../config'
import { collectionIdOf } from '../domain/intel'
import { markingRefFor } from '../formats/stix'
import { createHub, type Hub } from '../hub'
import { makeNation, startTestHub, type TestHub } from '../../test/hub'
import { countRows, DIALECTS, openTestStore, type TestStore } from '../../test/store'
import { basicAuth, collectionUrl, STIX, TAXII, taxiiReq, type Envelope } from '../../test/taxii'

const indicator = (n: number, tlp: 'CLEAR' | 'GREEN') => ({
  type: 'indicator', spec_version: '2.1', id: `indicator--7b9e0000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', pattern: `[ipv4-addr:value = '203.0.113.${n}']`,
  pattern_type: 'stix', valid_from: '2026-01-01T00:00:00Z', object_marking_refs: [markingRefFor(tlp)],
})

type ErrorResource = { title: string; description: string; error_id: string; error_code: string; http_status: string }

function expectErrorResource(res: { statusCode: number; headers: Record<string, unknown>; json<T>(): T }, status: number): ErrorResource {
  expect(res.statusCode).toBe(status)
  expect(res.headers['content-type']).toBe(TAXII)
  const body = res.json<ErrorResource>()
  expect(body).toMatchObject({ http_status: String(status) })
  expect(Object.keys(body).sort()).toEqual(['description', 'error_code', 'error_id', 'http_status', 'title'])
  expect(body.title.length).toBeGreaterThan(0)
  return body
}

describe.each(DIALECTS)('TAXII media types, errors and authentication (%s)', (dialect) => {
  let t: TestHub
  let nation: Awaited<ReturnType<typeof makeNation>>
  let inbox: string

  beforeAll(async () => {
    t = await startTestHub(dialect)
    nation = await makeNation(t)
    inbox = collectionIdOf({ kind: 'inbox', orgId: nation.org.id })
  })
  afterAll(() => t.close())

  it('answers TAXII\u2019s media type to TAXII\u2019s Accept, a wildcard or no Accept at all', async () => {
    for (const accept of [TAXII, 'application/taxii+json', '*/*', 'application/*', 'text/html, application/taxii+json;version=2.1;q=0.5', null]) {
      const res = await taxiiReq(t, 'GET', '/taxii2/api/collections/', { token: nation.admin.token, accept })
      expect(res.statusCode, String(accept)).toBe(200)
      expect(res.headers['content-type']).toBe(TAXII)
    }
  })

  it('serves objects as STIX\u2019s media type to a client that accepts only that', async () => {
    const res = await taxiiReq(t, 'GET', collectionUrl(inbox, 'objects/'), { token: nation.admin.token, accept: STIX })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe(STIX)
  })

  it('406 for an Accept with no type it serves (another version, JSON, STIX on a non-object endpoint)', async () => {
    for (const [url, accept] of [
      ['/taxii2/api/collections/', 'application/json'],
      ['/taxii2/api/collections/', 'application/taxii+json;version=2.0'],
      ['/taxii2/api/collections/', STIX],
      [collectionUrl(inbox, 'objects/'), 'application/xml'],
      ['/taxii2/', 'application/taxii+json;version=2.1;q=0'],
    ] as const) {
      const body = expectErrorResource(await taxiiReq(t, 'GET', url, { token: nation.admin.token, accept }), 406)
      expect(body.error_code, accept).toBe('not_acceptable')
    }
  })

  it('415 for a body that is not a TAXII envelope\u2019s media type, with nothing written', async () => {
    const before = await countRows(t.store, 'intel_object')
    for (const contentType of ['application/json', 'text/plain', 'application/taxii+json;version=2.0']) {
      const res = await taxiiReq(t, 'POST', collectionUrl(inbox, 'objects/'), { token: nation.admin.token, body: { objects: [indicator(1, 'GREEN')] }, contentType })
      expect(expectErrorResource(res, 415).error_code, contentType).toBe('unsupported_media_type')
    }
    expect(await countRows(t.store, 'intel_object')).toBe(before)
  })

  it('400 for malformed JSON or a body that is no envelope', async () => {
    expect(expectErrorResource(await taxiiReq(t, 'POST', collectionUrl(inbox, 'objects/'), { token: nation.admin.token, body: '{"objects": [' }), 400).error_code).toBe('malformed_json')
    for (const body of [[], { objects: 'x' }, { more: false }]) {
      expect(expectErrorResource(await taxiiReq(t, 'POST', collectionUrl(inbox, 'objects/'), { token: nation.admin.token, body }), 400).error_code).toBe('not_an_envelope')
    }
  })

  it('404 error resources for unknown collections and endpoints; 403 to write where the caller may only read', async () => {
    expectErrorResource(await taxiiReq(t, 'GET', collectionUrl('00000000-0000-5000-8000-000000000000', 'objects/'), { token: nation.admin.token }), 404)
    expect(expectErrorResource(await taxiiReq(t, 'GET', '/taxii2/api/nothing/', { token: nation.admin.token }), 404).error_code).toBe('route_not_found')
    const res = await taxiiReq(t, 'POST', collectionUrl(collectionIdOf({ kind: 'all' }), 'objects/'), { token: nation.admin.token, body: { objects: [indicator(2, 'GREEN')] } })
    expect(expectErrorResource(res, 403).error_code).toBe('forbidden')
  })

  it('authenticates HTTP Basic (any user name, the token as password) and Bearer alike', async () => {
    await taxiiReq(t, 'POST', collectionUrl(inbox, 'objects/'), { token: nation.admin.token, body: { objects: [indicator(3, 'GREEN')] } })
    const viaBasic = await taxiiReq(t, 'GET', collectionUrl(inbox, 'objects/'), { token: nation.admin.token, as: 'basic' })
    const viaBearer = await taxiiReq(t, 'GET', collectionUrl(inbox, 'objects/'), { token: nation.admin.token, as: 'bearer' })
    const otherUser = await taxiiReq(t, 'GET', collectionUrl(inbox, 'objects/'), { token: null, headers: { authorization: basicAuth(nation.admin.token, 'whoever@example.org') } })
    expect(viaBasic.statusCode).toBe(200)
    expect(viaBasic.json<Envelope>().objects?.map((o) => o.id)).toContain(indicator(3, 'GREEN').id)
    expect(viaBearer.body).toBe(viaBasic.body)
    expect(otherUser.body).toBe(viaBasic.body)
  })

  it('401 with a WWW-Authenticate challenge without credentials, or with bad ones, on every endpoint', async () => {
    const urls = ['/taxii2/', '/taxii2/api/', '/taxii2/api/collections/', collectionUrl(inbox, 'objects/'), collectionUrl(inbox, 'manifest/'), '/taxii2/exercises/ex-1/collections/']
    for (const url of urls) {
      const res = await taxiiReq(t, 'GET', url, { token: null })
      expect(expectErrorResource(res, 401).error_code, url).toBe('unauthorized')
      expect(String(res.headers['www-authenticate'])).toContain('Basic')
    }
    const bad = [basicAuth('sw_not-a-real-token'), 'Basic !!!', `Basic ${Buffer.from('only-a-user').toString('base64')}`, 'Digest abc', 'Bearer']
    for (const authorization of bad) {
      expectErrorResource(await taxiiReq(t, 'GET', '/taxii2/api/collections/', { token: null, headers: { authorization } }), 401)
    }
    expectErrorResource(await taxiiReq(t, 'POST', collectionUrl(inbox, 'objects/'), { token: null, body: { objects: [] } }), 401)
  })

  it('has no public root unless the operator opens one', async () => {
    expectErrorResource(await taxiiReq(t, 'GET', '/taxii2/public/collections/', { token: null }), 404)
  })
})

describe.each(DIALECTS)('max_content_length and the public root (%s)', (dialect) => {
  let store: TestStore
  let hub: Hub
  beforeAll(async () => {
    store = await openTestStore(dialect)
    const config = loadConfig({ LOG_LEVEL: 'silent', ROLES: 'http', TAXII_PUBLIC_ROOT: 'true', TAXII_MAX_CONTENT_LENGTH: '4096' })
    hub = await createHub(config, { store, clock: new ManualClock('2026-03-01T09:00:00.000Z'), logger: createLogger('silent') })
  })
  afterAll(async () => {
    await hub.close()
    await store.destroy()
  })
  const asT = () => ({ hub, adminToken: hub.firstAdminToken! }) as unknown as TestHub

  it('advertises max_content_length and refuses a larger body with 413, writing nothing', async () => {
    const t = asT()
    const root = (await taxiiReq(t, 'GET', '/taxii2/api/')).json<{ max_content_length: number }>()
    expect(root.max_content_length).toBe(4096)
    const hubOrg = (await hub.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${t.adminToken}` } })).json<{ org: { id: string } }>().org.id
    const box = collectionIdOf({ kind: 'inbox', orgId: hubOrg })
    const big = { objects: Array.from({ length: 20 }, (_, i) => indicator(100 + i, 'CLEAR')) }
    expect(JSON.stringify(big).length).toBeGreaterThan(4096)
    const before = await countRows(store, 'intel_object')
    const res = await taxiiReq(t, 'POST', collectionUrl(box, 'objects/'), { body: big })
    expect(res.statusCode).toBe(413)
    expect(res.json()).toMatchObject({ http_status: '413', error_code: 'body_too_large' })
    expect(await countRows(store, 'intel_object')).toBe(before)
    // Within the bound it is taken.
    expect((await taxiiReq(t, 'POST', collectionUrl(box, 'objects/'), { body: { objects: [indicator(1, 'CLEAR'), indicator(2, 'GREEN')] } })).statusCode).toBe(202)
  })

  it('serves CLEAR objects only on the public root, to anyone, and lists it in discovery', async () => {
    const t = asT()
    const discovery = (await taxiiReq(t, 'GET', '/taxii2/', { token: null })).json<{ api_roots: string[] }>()
    expect(discovery.api_roots.map((u) => new URL(u).pathname)).toEqual(['/taxii2/public/'])
    const cols = (await taxiiReq(t, 'GET', '/taxii2/public/collections/', { token: null })).json<{ collections: { id: string; can_write: boolean }[] }>().collections
    expect(cols).toEqual([expect.objectContaining({ id: collectionIdOf({ kind: 'public' }), can_write: false })])
    for (const token of [null, t.adminToken]) {
      const env = (await taxiiReq(t, 'GET', collectionUrl(cols[0]!.id, 'objects/', '/taxii2/public'), { token })).json<Envelope>()
      expect(env.objects?.map((o) => o.id)).toEqual([indicator(1, 'CLEAR').id])
    }
    // The GREEN one is not there, and answers as a missing one.
    expect((await taxiiReq(t, 'GET', collectionUrl(cols[0]!.id, `objects/${indicator(2, 'GREEN').id}/`, '/taxii2/public'), { token: null })).statusCode).toBe(404)
    expect((await taxiiReq(t, 'POST', collectionUrl(cols[0]!.id, 'objects/', '/taxii2/public'), { token: null, body: { objects: [] } })).statusCode).toBe(403)
    // The other roots still ask for credentials.
    expect((await taxiiReq(t, 'GET', '/taxii2/api/collections/', { token: null })).statusCode).toBe(401)
  })
})
