import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeNation, makeOrg, makeUser, startTestHub, type TestHub } from '../../../test/hub'
import { countRows, DIALECTS } from '../../../test/store'
import { wiperIncident } from '../../../test/incidents'

const indicator = (n: number) => ({
  type: 'indicator', spec_version: '2.1', id: `indicator--0000000${n}-1111-4222-8333-444455556666`,
  created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', pattern: `[ipv4-addr:value = '192.0.2.${n}']`,
  pattern_type: 'stix', valid_from: '2026-01-01T00:00:00Z',
})
const bundle = (n: number) => JSON.stringify({ type: 'bundle', id: `bundle--0000000${n}-1111-4222-8333-444455556666`, objects: [indicator(n)] })
const mispEvent = (n: number) => ({
  Event: {
    uuid: `5a1e8c2b-000${n}-4222-8333-444455556666`, info: 'C2', date: '2026-02-27',
    Attribute: [{ uuid: `5a1e8c2b-000${n}-4bbb-8ccc-ddddeeeeffff`, type: 'ip-dst', category: 'Network activity', to_ids: true, value: `198.51.100.${n}` }],
  },
})

/** A problem document without what names this one request (its URL and id). */
const problemOf = (body: string) => {
  const { instance: _i, requestId: _r, ...rest } = JSON.parse(body) as Record<string, unknown>
  return rest
}

describe.each(DIALECTS)('intel linked to an incident: participants only (%s)', (dialect) => {
  let t: TestHub
  beforeAll(async () => {
    t = await startTestHub(dialect)
  })
  afterAll(() => t.close())

  const count = (table: 'intel_object' | 'audit_log' | 'incident_timeline') => countRows(t.store, table)
  const postBundle = (token: string, n: number, incidentId: string) =>
    t.req('POST', `/api/v1/intel/bundles?incidentId=${encodeURIComponent(incidentId)}`, { token, payload: bundle(n), headers: { 'content-type': 'application/json' } })
  const postMisp = (token: string, n: number, incidentId: string) =>
    t.req('POST', `/api/v1/intel/misp?incidentId=${encodeURIComponent(incidentId)}`, { token, body: mispEvent(n) })
  const report = async (token: string, body: Record<string, unknown>) => {
    const res = await t.req('POST', '/api/v1/incidents', { token, body: wiperIncident(body) })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<{ id: string }>().id
  }
  const linked = async (token: string, incidentId: string) =>
    (await t.req('GET', `/api/v1/intel/objects?incident=${incidentId}`, { token })).json<{ objects: { id: string }[] }>().objects.map((o) => o.id)

  /** Nation A reports a RED incident (to its admin only) and an AMBER one shared with nation B. */
  async function world() {
    const a = await makeNation(t)
    const b = await makeNation(t)
    const red = await report(a.admin.token, { tlp: 'RED', audienceUsers: [a.admin.id] })
    const amber = await report(a.admin.token, { tlp: 'AMBER', audienceOrgs: [a.org.id, b.org.id] })
    return { a, b, red, amber }
  }

  it('refuses, as for a missing incident, a link to an incident the uploader cannot see, cannot touch, or that does not exist; nothing is written', async () => {
    const { a, b, red, amber } = await world()
    const missing = await postBundle(b.admin.token, 1, randomUUID())
    expect(missing.statusCode).toBe(404)
    const before = { objects: await count('intel_object'), audit: await count('audit_log') }
    // Hidden (RED to others), visible but not a participant (an observer), and not an id at all.
    for (const incidentId of [red, amber, 'not-an-incident']) {
      for (const post of [postBundle, postMisp]) {
        const res = await post(b.admin.token, 2, incidentId)
        expect(res.statusCode, `${incidentId} ${res.body}`).toBe(404)
        expect(problemOf(res.body)).toEqual(problemOf(missing.body))
      }
    }
    expect({ objects: await count('intel_object'), audit: await count('audit_log') }).toEqual(before)
    expect(await linked(a.admin.token, red)).toEqual([])
    expect(await linked(a.admin.token, amber)).toEqual([])
    const misp = await t.req('GET', `/api/v1/intel/misp?incident=${red}`, { token: a.admin.token })
    expect(misp.json<{ Event: { Attribute: unknown[] } }>().Event.Attribute).toEqual([])
  })

  it('the reporting side links intel to its incident', async () => {
    const { a, red, amber } = await world()
    const cert = await makeOrg(t, { kind: 'cert', parentId: a.org.id })
    const analyst = await makeUser(t, cert.id, ['analyst'])
    expect((await postBundle(a.admin.token, 3, red)).statusCode).toBe(200)
    expect((await postMisp(a.admin.token, 4, red)).statusCode).toBe(200)
    const ids = await linked(a.admin.token, red)
    expect(ids).toContain(indicator(3).id)
    expect(ids.filter((id) => id.startsWith('report--'))).toHaveLength(1) // the MISP event's report
    // The organizations under the reporting one are on its side: the nation's CERT adds to the nation's incident.
    expect((await postBundle(analyst.token, 5, amber)).statusCode).toBe(200)
    expect(await linked(analyst.token, amber)).toEqual([indicator(5).id])
  })

  it('an accepted helper links intel to the incident it helps with; a candidate that has not accepted does not', async () => {
    const requester = await makeNation(t)
    const helper = await makeNation(t)
    const capability = await t.req('POST', '/api/v1/capabilities', {
      token: helper.admin.token,
      body: {
        category: 'digital-forensics', description: 'Disk forensics', capacity: 2, languages: ['en'], delivery: 'remote', responseHours: 4, sectors: ['energy'],
        workingHours: { tz: 'UTC', days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '00:00' },
      },
    })
    expect(capability.statusCode, capability.body).toBe(201)
    const incident = await report(requester.admin.token, { tlp: 'AMBER', audienceOrgs: [requester.org.id] })
    const draft = await t.req('POST', '/api/v1/assistance/requests', {
      token: requester.admin.token,
      body: { incidentId: incident, category: 'digital-forensics', urgency: 'high', needed: 1, languages: ['en'], delivery: 'either', sanitizedSummary: 'Need disk forensics' },
    })
    expect(draft.statusCode, draft.body).toBe(201)
    const requestId = draft.json<{ id: string }>().id
    expect((await t.req('POST', `/api/v1/assistance/requests/${requestId}/approve-summary`, { token: requester.admin.token })).statusCode).toBe(200)
    const submitted = await t.req('POST', `/api/v1/assistance/requests/${requestId}/submit`, { token: requester.admin.token })
    expect(submitted.statusCode, submitted.body).toBe(200)
    const offer = submitted.json<{ offers: { id: string; providerOrg: string }[] }>().offers.find((o) => o.providerOrg === helper.org.id)!
    expect(offer).toBeDefined()
    expect((await postBundle(helper.admin.token, 6, incident)).statusCode).toBe(404)
    expect((await t.req('POST', `/api/v1/assistance/offers/${offer.id}/accept`, { token: helper.admin.token })).statusCode).toBe(200)
    expect((await postBundle(helper.admin.token, 6, incident)).statusCode).toBe(200)
    // Linked, and (unmarked objects being AMBER+STRICT to their uploader) seen by the helper only.
    expect(await linked(helper.admin.token, incident)).toEqual([indicator(6).id])
  })
})
