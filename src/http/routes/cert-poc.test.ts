import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeNation, makeOrg, makeUser, startTestHub, type TestHub } from '../../../test/hub'
import { wiperIncident } from '../../../test/incidents'
import { DIALECTS } from '../../../test/store'

const capability = (category: string, over: Record<string, unknown> = {}) => ({
  category,
  description: 'On call',
  capacity: 1,
  languages: ['en'],
  delivery: 'remote',
  responseHours: 4,
  sectors: ['energy'],
  workingHours: { tz: 'UTC', days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '00:00' },
  ...over,
})

/** Friction 1 of issue 10: a point of contact of a nation's CERT acts for that nation. */
describe.each(DIALECTS)('a point of contact at a nation\u2019s CERT (%s)', (dialect) => {
  let t: TestHub
  beforeAll(async () => {
    t = await startTestHub(dialect)
  })
  afterAll(() => t.close())

  async function estonia() {
    const ee = await makeNation(t)
    const cert = await makeOrg(t, { kind: 'cert', parentId: ee.org.id })
    const poc = await makeUser(t, cert.id, ['analyst', 'poc'])
    return { ee, cert, poc }
  }

  it('declares capabilities for its CERT and for its nation, and changes them', async () => {
    const { ee, cert, poc } = await estonia()
    const own = await t.req('POST', '/api/v1/capabilities', { token: poc.token, body: capability('malware-analysis') })
    expect(own.statusCode, own.body).toBe(201)
    expect(own.json()).toMatchObject({ orgId: cert.id })
    const forNation = await t.req('POST', '/api/v1/capabilities', { token: poc.token, body: capability('digital-forensics', { orgId: ee.org.id }) })
    expect(forNation.statusCode, forNation.body).toBe(201)
    const standby = await t.req('PUT', `/api/v1/capabilities/${forNation.json<{ id: string }>().id}/standby`, { token: poc.token, body: { from: '2026-03-02T00:00:00Z', until: '2026-03-09T00:00:00Z' } })
    expect(standby.statusCode, standby.body).toBe(200)
  })

  it('acts for its own nation only, and only as a point of contact at the CERT', async () => {
    const { ee, cert, poc } = await estonia()
    const other = await makeNation(t)
    expect((await t.req('POST', '/api/v1/capabilities', { token: poc.token, body: capability('malware-analysis', { orgId: other.org.id }) })).statusCode).toBe(403)
    const analyst = await makeUser(t, cert.id, ['analyst'])
    expect((await t.req('POST', '/api/v1/capabilities', { token: analyst.token, body: capability('malware-analysis') })).statusCode).toBe(403)
    const agency = await makeOrg(t, { kind: 'agency', parentId: ee.org.id })
    const agencyPoc = await makeUser(t, agency.id, ['poc'])
    expect((await t.req('POST', '/api/v1/capabilities', { token: agencyPoc.token, body: capability('malware-analysis') })).statusCode).toBe(403)
  })

  it('submits its nation\u2019s requests, and answers the offers its nation is made', async () => {
    const requester = await estonia()
    const provider = await estonia()
    const lent = await t.req('POST', '/api/v1/capabilities', { token: provider.poc.token, body: capability('threat-hunting', { orgId: provider.ee.org.id }) })
    expect(lent.statusCode, lent.body).toBe(201)
    const agency = await makeOrg(t, { kind: 'agency', parentId: requester.ee.org.id })
    const drafter = await makeUser(t, agency.id, ['analyst'])
    const inc = await t.req('POST', '/api/v1/incidents', { token: drafter.token, body: wiperIncident({ tlp: 'AMBER', audienceOrgs: [requester.cert.id] }) })
    expect(inc.statusCode, inc.body).toBe(201)
    const draft = await t.req('POST', '/api/v1/assistance/requests', {
      token: drafter.token,
      body: { incidentId: inc.json<{ id: string }>().id, category: 'threat-hunting', urgency: 'high', needed: 1, languages: ['en'], delivery: 'either', sanitizedSummary: 'Hunt for the wiper' },
    })
    const requestId = draft.json<{ id: string }>().id
    expect((await t.req('POST', `/api/v1/assistance/requests/${requestId}/approve-summary`, { token: requester.poc.token })).statusCode).toBe(200)
    const submitted = await t.req('POST', `/api/v1/assistance/requests/${requestId}/submit`, { token: requester.poc.token })
    expect(submitted.statusCode, submitted.body).toBe(200)
    const offer = submitted.json<{ offers: { id: string; providerOrg: string }[] }>().offers.find((o) => o.providerOrg === provider.ee.org.id)
    expect(offer).toBeDefined()
    const bystander = await makeUser(t, provider.cert.id, ['analyst'])
    expect((await t.req('POST', `/api/v1/assistance/offers/${offer!.id}/accept`, { token: bystander.token })).statusCode).toBe(404)
    const accepted = await t.req('POST', `/api/v1/assistance/offers/${offer!.id}/accept`, { token: provider.poc.token })
    expect(accepted.statusCode, accepted.body).toBe(200)
  })
})
