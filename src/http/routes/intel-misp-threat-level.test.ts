import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { wiperIncident } from '../../../test/incidents'
import { makeNation, startTestHub, type TestHub } from '../../../test/hub'
import { DIALECTS } from '../../../test/store'
import { threatLevelOfSeverity } from '../../formats/misp'

describe('MISP threat level of an NCISS severity', () => {
  it('maps Baseline and Low to Low, Medium to Medium, High, Severe and Emergency to High, and nothing to Undefined', () => {
    expect([0, 1, 2, 3, 4, 5].map(threatLevelOfSeverity)).toEqual(['3', '3', '2', '1', '1', '1'])
    expect(threatLevelOfSeverity(null)).toBe('4')
  })
})

describe.each(DIALECTS)('MISP export of an incident (%s)', (dialect) => {
  let t: TestHub
  beforeAll(async () => (t = await startTestHub(dialect)))
  afterAll(() => t.close())

  it('carries the threat level of the incident’s severity', async () => {
    const nation = await makeNation(t)
    const reported = await t.req('POST', '/api/v1/incidents', { token: nation.admin.token, body: wiperIncident({ severity: 2, tlp: 'GREEN' }) })
    expect(reported.statusCode).toBe(201)
    const incidentId = reported.json<{ id: string }>().id
    const bundle = {
      type: 'bundle',
      id: `bundle--${crypto.randomUUID()}`,
      objects: [{ type: 'ipv4-addr', spec_version: '2.1', id: `ipv4-addr--${crypto.randomUUID()}`, value: '203.0.113.9' }],
    }
    expect((await t.req('POST', `/api/v1/intel/bundles?incidentId=${incidentId}&tlp=GREEN`, { token: nation.admin.token, body: bundle })).statusCode).toBeLessThan(300)
    const event = (await t.req('GET', `/api/v1/intel/misp?incident=${incidentId}`, { token: nation.admin.token })).json<{ Event: { threat_level_id: string; Attribute: { value: string }[] } }>().Event
    expect(event.threat_level_id).toBe('2')
    expect(event.Attribute.map((a) => a.value)).toContain('203.0.113.9')
  })
})
