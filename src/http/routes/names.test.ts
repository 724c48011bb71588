import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DIALECTS } from '../../../test/store'
import { capabilityBody } from '../../../test/assistance-world'
import { bodyText, makeNation, makeOrg, makeUser, problemOf, startTestHub, type TestHub } from '../../../test/hub'

const json = { 'content-type': 'application/json' }
const bundleWith = (value: string) =>
  JSON.stringify({ type: 'bundle', id: `bundle--${crypto.randomUUID()}`, objects: [{ type: 'domain-name', spec_version: '2.1', id: `domain-name--${crypto.randomUUID()}`, value }] })

describe.each(DIALECTS)('names beside ids in answers people read (%s)', (dialect) => {
  let t: TestHub
  beforeAll(async () => {
    t = await startTestHub(dialect)
  })
  afterAll(() => t.close())

  const upload = async (token: string, query: string, value: string) => {
    const res = await t.req('POST', `/api/v1/intel/bundles?${query}`, { token, payload: bundleWith(value), headers: json })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json<{ added: number }>().added).toBe(1)
  }
  const lookup = (token: string, values: string[]) => t.client(token).POST('/api/v1/intel/lookup', { body: { values } })

  it('a lookup match names the uploading organization beside its id', async () => {
    const a = await makeNation(t)
    const b = await makeNation(t)
    const value = `named-${crypto.randomUUID()}.example.org`
    await upload(b.admin.token, 'tlp=GREEN', value)
    const res = await lookup(a.admin.token, [value])
    expect(res.response.status).toBe(200)
    expect(res.data!.results[0]!.matches).toHaveLength(1)
    expect(res.data!.results[0]!.matches[0]).toMatchObject({ orgId: b.org.id, orgName: b.org.name })
  })

  it('a lookup never reveals, through a name, an object the caller may not see', async () => {
    const a = await makeNation(t)
    const b = await makeNation(t)
    const secretive = await makeOrg(t, { kind: 'cert', parentId: b.org.id, name: `secretive-cert-${crypto.randomUUID()}` })
    const uploader = await makeUser(t, secretive.id, ['analyst'])
    const value = `hidden-${crypto.randomUUID()}.example.org`
    await upload(uploader.token, `tlp=RED&audienceUsers=${uploader.id}`, value)
    await upload(uploader.token, `tlp=AMBER%2BSTRICT`, value)

    const other = await lookup(a.admin.token, [value])
    expect(other.response.status).toBe(200)
    expect(other.data!.matches).toBe(0)
    expect(bodyText(other)).not.toContain(secretive.name)
    expect(bodyText(other)).not.toContain(secretive.id)
    // The same answer, byte for byte, as for a value nobody holds (apart from the value itself).
    const never = `never-${crypto.randomUUID()}.example.org`
    const none = await lookup(a.admin.token, [never])
    expect(bodyText(other).replaceAll(value, 'V')).toBe(bodyText(none).replaceAll(never, 'V'))

    // The uploader sees both, named.
    const own = await lookup(uploader.token, [value])
    expect(own.data!.results[0]!.matches.map((m) => m.orgName)).toEqual([secretive.name, secretive.name])
  })

  it('audit entries name their actor and the actor\u2019s organization', async () => {
    const n = await makeNation(t)
    const analyst = await makeUser(t, n.org.id, ['analyst'])
    await upload(analyst.token, 'tlp=GREEN', `audited-${crypto.randomUUID()}.example.org`)
    const res = await t.req('GET', '/api/v1/audit?limit=1000', { token: n.admin.token })
    expect(res.statusCode, res.body).toBe(200)
    const entries = res.json<{ actor: string; actorOrg: string | null; actorName: string | null; actorOrgName: string | null }[]>()
    const mine = entries.filter((e) => e.actor === analyst.id)
    expect(mine.length).toBeGreaterThan(0)
    for (const e of mine) expect(e).toMatchObject({ actorName: 'Test user', actorOrg: n.org.id, actorOrgName: n.org.name })
    // The hub's first admin, seen by the hub's admin, is named as stored; the chain still verifies with names beside it.
    const hub = await t.req('GET', '/api/v1/audit?limit=1000', { token: t.adminToken })
    const bootstrap = hub.json<{ action: string; actor: string; actorName: string | null }[]>().find((e) => e.action === 'hub.bootstrap')
    expect(bootstrap).toMatchObject({ actor: 'system', actorName: null })
    expect((await t.req('GET', '/api/v1/audit/verify')).json<{ ok: boolean }>().ok).toBe(true)
  })
})

describe.each(DIALECTS)('an organization named by its name where an id is taken (%s)', (dialect) => {
  let t: TestHub
  beforeAll(async () => {
    t = await startTestHub(dialect)
  })
  afterAll(() => t.close())

  it('POST /orgs takes the parent by name, and POST /users the organization by name', async () => {
    const n = await makeNation(t)
    const cert = await t.client().POST('/api/v1/orgs', { body: { name: `CERT-${crypto.randomUUID()}`, kind: 'cert', parentId: n.org.name } })
    expect(cert.response.status).toBe(201)
    expect(cert.data!.parentId).toBe(n.org.id)
    const user = await t.client().POST('/api/v1/users', { body: { orgId: cert.data!.name, email: `${crypto.randomUUID()}@example.org`, displayName: 'Named', roles: ['analyst'] } })
    expect(user.response.status).toBe(201)
    expect(user.data!.orgId).toBe(cert.data!.id)
    // An id still works as before.
    const byId = await t.client().POST('/api/v1/users', { body: { orgId: n.org.id, email: `${crypto.randomUUID()}@example.org`, displayName: 'By id', roles: ['analyst'] } })
    expect(byId.data!.orgId).toBe(n.org.id)
  })

  it('POST /capabilities takes the lending organization by name; an unknown one is a 422 at /orgId', async () => {
    const n = await makeNation(t)
    const cap = await t.req('POST', '/api/v1/capabilities', { token: n.admin.token, body: { ...capabilityBody('malware-analysis'), orgId: n.org.name } })
    expect(cap.statusCode, cap.body).toBe(201)
    expect(cap.json<{ orgId: string }>().orgId).toBe(n.org.id)
    const before = (await t.req('GET', '/api/v1/capabilities', { token: n.admin.token })).json<unknown[]>().length
    const bad = await t.req('POST', '/api/v1/capabilities', { token: n.admin.token, body: { ...capabilityBody('malware-analysis'), orgId: 'Atlantis' } })
    expect(bad.statusCode, bad.body).toBe(422)
    expect(bad.json<{ errors: { pointer: string }[] }>().errors[0]?.pointer).toBe('/orgId')
    expect((await t.req('GET', '/api/v1/capabilities', { token: n.admin.token })).json<unknown[]>()).toHaveLength(before)
  })

  it('a name that matches nothing is a 422 naming the field, and nothing is written', async () => {
    const before = (await t.client().GET('/api/v1/orgs')).data!.length
    const org = await t.client().POST('/api/v1/orgs', { body: { name: `CERT-${crypto.randomUUID()}`, kind: 'cert', parentId: 'No Such Nation' } })
    expect(org.response.status).toBe(422)
    expect(problemOf(org)).toMatchObject({ errors: [{ pointer: '/parentId' }] })
    expect((await t.client().GET('/api/v1/orgs')).data!.length).toBe(before)

    const usersBefore = (await t.client().GET('/api/v1/users')).data!.length
    const user = await t.client().POST('/api/v1/users', { body: { orgId: 'No Such Org', email: `${crypto.randomUUID()}@example.org`, displayName: 'Nobody', roles: ['analyst'] } })
    expect(user.response.status).toBe(422)
    expect(problemOf(user)).toMatchObject({ errors: [{ pointer: '/orgId' }] })
    expect((await t.client().GET('/api/v1/users')).data!.length).toBe(usersBefore)
  })
})

describe.each(DIALECTS)('intel shared with organizations named by name (%s)', (dialect) => {
  let t: TestHub
  beforeAll(async () => {
    t = await startTestHub(dialect)
  })
  afterAll(() => t.close())

  it('an AMBER bundle reaches an organization given by name; an unknown name is a 422 at the entry, nothing written', async () => {
    const a = await makeNation(t)
    const b = await makeNation(t)
    const value = `shared-${crypto.randomUUID()}.example.org`
    const shared = await t.req('POST', `/api/v1/intel/bundles?tlp=AMBER&audienceOrgs=${encodeURIComponent(b.org.name)}`, { token: a.admin.token, payload: bundleWith(value), headers: json })
    expect(shared.statusCode, shared.body).toBe(200)
    const seen = await t.client(b.admin.token).POST('/api/v1/intel/lookup', { body: { values: [value] } })
    expect(seen.data!.results[0]!.matches).toEqual([expect.objectContaining({ orgId: a.org.id, orgName: a.org.name })])

    const lost = `lost-${crypto.randomUUID()}.example.org`
    const refused = await t.req('POST', `/api/v1/intel/bundles?tlp=AMBER&audienceOrgs=${b.org.id}&audienceOrgs=Atlantis`, { token: a.admin.token, payload: bundleWith(lost), headers: json })
    expect(refused.statusCode, refused.body).toBe(422)
    expect(refused.json<{ errors: { pointer: string }[] }>().errors[0]?.pointer).toBe('/audienceOrgs/1')
    expect((await t.client(a.admin.token).POST('/api/v1/intel/lookup', { body: { values: [lost] } })).data!.matches).toBe(0)
  })
})
