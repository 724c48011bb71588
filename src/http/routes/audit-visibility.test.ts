import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeNation, makeUser, startTestHub, type TestHub } from '../../../test/hub'
import { DIALECTS } from '../../../test/store'
import { wiperIncident } from '../../../test/incidents'

interface Entry {
  actor: string
  action: string
  subject: string
  detail: Record<string, unknown>
}

describe.each(DIALECTS)('audit entries about a marked subject (%s)', (dialect) => {
  let t: TestHub
  beforeAll(async () => {
    t = await startTestHub(dialect)
  })
  afterAll(() => t.close())

  const audit = async (token: string, query = '') => {
    const res = await t.req('GET', `/api/v1/audit?limit=1000${query}`, { token })
    expect(res.statusCode, res.body).toBe(200)
    return { body: res.body, entries: res.json<Entry[]>() }
  }
  const report = async (token: string, body: Record<string, unknown>) => {
    const res = await t.req('POST', '/api/v1/incidents', { token, body: wiperIncident(body) })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<{ id: string }>().id
  }

  it('a nation admin does not see the id, TLP or severity of a RED incident of another nation its own analyst read', async () => {
    const a = await makeNation(t)
    const b = await makeNation(t)
    const bAnalyst = await makeUser(t, b.org.id, ['analyst'])
    const red = await report(a.admin.token, { tlp: 'RED', severity: 5, audienceUsers: [a.admin.id, bAnalyst.id] })
    expect((await t.req('GET', `/api/v1/incidents/${red}`, { token: bAnalyst.token })).statusCode).toBe(200)

    const seen = await audit(b.admin.token)
    const read = seen.entries.find((e) => e.actor === bAnalyst.id && e.action === 'incident.read')
    expect(read, 'the analyst\u2019s read is listed, its subject withheld').toBeDefined()
    expect(seen.body).not.toContain(red)
    expect(seen.body).not.toMatch(/"RED"|"severity"/)
    // Asking for the subject by id answers as for an id nobody ever used.
    expect((await audit(b.admin.token, `&subject=${red}`)).entries).toEqual((await audit(b.admin.token, `&subject=${randomUUID()}`)).entries)

    // The reporter, named on it, sees its own entries in full.
    const own = await audit(a.admin.token, `&subject=${red}`)
    expect(own.entries.find((e) => e.action === 'incident.report')?.detail).toEqual({ tlp: 'RED', severity: 5, shareWithNation: true })
  })

  it('neither a nation\u2019s admin nor the hub\u2019s sees a RED incident it is not named on; the chain still verifies', async () => {
    const a = await makeNation(t)
    const analyst = await makeUser(t, a.org.id, ['analyst'])
    const red = await report(analyst.token, { tlp: 'RED', severity: 4, audienceUsers: [analyst.id] })
    const amber = await report(analyst.token, { tlp: 'AMBER', severity: 2, audienceOrgs: [a.org.id] })
    for (const token of [a.admin.token, t.adminToken]) {
      const seen = await audit(token)
      expect(seen.entries.some((e) => e.actor === analyst.id && e.action === 'incident.report' && e.subject !== red)).toBe(true)
      expect(seen.body).not.toContain(red)
    }
    // AMBER to its nation: the nation's admin sees that entry whole.
    expect((await audit(a.admin.token, `&subject=${amber}`)).entries.map((e) => e.detail)).toEqual([{ tlp: 'AMBER', severity: 2, shareWithNation: true }])
    const verify = await t.req('GET', '/api/v1/audit/verify')
    expect(verify.json()).toMatchObject({ ok: true })
  })

  it('intel ids a strict read names are withheld from readers who may not see them', async () => {
    const a = await makeNation(t)
    const analyst = await makeUser(t, a.org.id, ['analyst'])
    const id = 'indicator--0a0a0a0a-1111-4222-8333-444455556666'
    const bundle = JSON.stringify({
      type: 'bundle', id: 'bundle--0a0a0a0a-1111-4222-8333-444455556666',
      objects: [{ type: 'indicator', spec_version: '2.1', id, created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', pattern: "[ipv4-addr:value = '192.0.2.77']", pattern_type: 'stix', valid_from: '2026-01-01T00:00:00Z' }],
    })
    const res = await t.req('POST', `/api/v1/intel/bundles?tlp=RED&audienceUsers=${analyst.id}`, { token: analyst.token, payload: bundle, headers: { 'content-type': 'application/json' } })
    expect(res.statusCode, res.body).toBe(200)
    expect((await t.req('GET', `/api/v1/intel/objects/${id}`, { token: analyst.token })).statusCode).toBe(200)
    const seen = await audit(a.admin.token)
    expect(seen.entries.some((e) => e.actor === analyst.id && e.action === 'intel.read')).toBe(true)
    expect(seen.body).not.toContain(id)
  })
})
