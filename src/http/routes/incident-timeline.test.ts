import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeNation, makeOrg, makeUser, startTestHub, type TestHub } from '../../../test/hub'
import { wiperIncident } from '../../../test/incidents'
import { countRows, DIALECTS } from '../../../test/store'

/** Defect 7 of issue 10: writing to an incident's timeline follows the permission table. */
describe.each(DIALECTS)('who writes an incident\u2019s timeline (%s)', (dialect) => {
  let t: TestHub
  beforeAll(async () => {
    t = await startTestHub(dialect)
  })
  afterAll(() => t.close())

  const count = (table: 'intel_object' | 'audit_log' | 'incident_timeline') => countRows(t.store, table)
  const write = (incidentId: string, token: string) => t.req('POST', `/api/v1/incidents/${incidentId}/timeline`, { token, body: { text: 'We saw it too' } })

  /** A GREEN incident of an agency: every member can see it, which is what makes the defect visible. */
  async function greenIncident() {
    const ee = await makeNation(t)
    const agency = await makeOrg(t, { kind: 'agency', parentId: ee.org.id })
    const reporter = await makeUser(t, agency.id, ['analyst'])
    const res = await t.req('POST', '/api/v1/incidents', { token: reporter.token, body: wiperIncident({ tlp: 'GREEN', orgId: agency.id }) })
    expect(res.statusCode, res.body).toBe(201)
    return { ee, agency, reporter, incidentId: res.json<{ id: string }>().id }
  }

  it('an observer of another nation who can see the incident may not write to it, and nothing is written', async () => {
    const w = await greenIncident()
    const other = await makeNation(t)
    const observer = await makeUser(t, other.org.id, ['observer'])
    expect((await t.req('GET', `/api/v1/incidents/${w.incidentId}`, { token: observer.token })).statusCode).toBe(200)
    const [lines, audits] = [await count('incident_timeline'), await count('audit_log')]
    const res = await write(w.incidentId, observer.token)
    expect(res.statusCode).toBe(403)
    expect(res.headers['content-type']).toContain('application/problem+json')
    expect(res.json()).toMatchObject({ code: 'forbidden' })
    expect([await count('incident_timeline'), await count('audit_log')]).toEqual([lines, audits])
  })

  it('neither may a mere viewer of another nation, whatever its roles, nor an observer of the reporting organization', async () => {
    const w = await greenIncident()
    const other = await makeNation(t)
    for (const roles of [['analyst'], ['admin', 'poc']] as const) expect((await write(w.incidentId, (await makeUser(t, other.org.id, [...roles])).token)).statusCode, roles.join()).toBe(403)
    expect((await write(w.incidentId, (await makeUser(t, w.agency.id, ['observer'])).token)).statusCode).toBe(403)
    expect((await write(w.incidentId, t.adminToken)).statusCode).toBe(403)
  })

  it('the reporting side writes: the reporting organization and its nation\u2019s point of contact', async () => {
    const w = await greenIncident()
    expect((await write(w.incidentId, w.reporter.token)).statusCode).toBe(201)
    expect((await write(w.incidentId, w.ee.admin.token)).statusCode).toBe(201)
    const read = await t.req('GET', `/api/v1/incidents/${w.incidentId}`, { token: w.reporter.token })
    expect(read.json<{ timeline: { authorOrg: string }[] }>().timeline.map((e) => e.authorOrg).sort()).toEqual([w.agency.id, w.ee.org.id].sort())
  })

  it('an accepted helper writes; before it accepted it could not', async () => {
    const ee = await makeNation(t)
    const helper = await makeNation(t)
    const capability = await t.req('POST', '/api/v1/capabilities', {
      token: helper.admin.token,
      body: { category: 'crisis-communication', description: 'Press lines', capacity: 1, languages: ['en'], delivery: 'remote', responseHours: 4, sectors: ['energy'], workingHours: { tz: 'UTC', days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '00:00' } },
    })
    expect(capability.statusCode, capability.body).toBe(201)
    const inc = await t.req('POST', '/api/v1/incidents', { token: ee.admin.token, body: wiperIncident({ tlp: 'GREEN' }) })
    const incidentId = inc.json<{ id: string }>().id
    const helperAnalyst = await makeUser(t, helper.org.id, ['analyst'])
    expect((await write(incidentId, helperAnalyst.token)).statusCode).toBe(403)
    const draft = await t.req('POST', '/api/v1/assistance/requests', {
      token: ee.admin.token,
      body: { incidentId, category: 'crisis-communication', urgency: 'high', needed: 1, languages: ['en'], delivery: 'either', sanitizedSummary: 'Need press lines' },
    })
    const requestId = draft.json<{ id: string }>().id
    await t.req('POST', `/api/v1/assistance/requests/${requestId}/approve-summary`, { token: ee.admin.token })
    const submitted = await t.req('POST', `/api/v1/assistance/requests/${requestId}/submit`, { token: ee.admin.token })
    const offer = submitted.json<{ offers: { id: string; providerOrg: string }[] }>().offers.find((o) => o.providerOrg === helper.org.id)!
    expect((await t.req('POST', `/api/v1/assistance/offers/${offer.id}/accept`, { token: helper.admin.token })).statusCode).toBe(200)
    expect((await write(incidentId, helperAnalyst.token)).statusCode).toBe(201)
    const observer = await makeUser(t, helper.org.id, ['observer'])
    expect((await write(incidentId, observer.token)).statusCode).toBe(403)
  })
})
