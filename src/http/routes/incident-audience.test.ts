import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeNation, makeOrg, makeUser, startTestHub, type TestHub } from '../../../test/hub'
import { wiperIncident } from '../../../test/incidents'
import { countRows, DIALECTS } from '../../../test/store'

interface View {
  id: string
  tlp: string
  audienceOrgs: string[]
  audienceUsers: string[]
  visibleTo: string
}

describe.each(DIALECTS)('who sees an incident, said in words, defaulted to the nation and widened by its originator (%s)', (dialect) => {
  let t: TestHub
  beforeAll(async () => {
    t = await startTestHub(dialect)
  })
  afterAll(() => t.close())

  /** A nation with its CERT and two operators under it, and a user of each. */
  async function nation() {
    const n = await makeNation(t)
    const cert = await makeOrg(t, { kind: 'cert', parentId: n.org.id })
    const operator = await makeOrg(t, { kind: 'partner', parentId: n.org.id })
    const rival = await makeOrg(t, { kind: 'partner', parentId: n.org.id })
    return {
      ...n,
      cert,
      operator,
      rival,
      certAnalyst: await makeUser(t, cert.id, ['analyst']),
      reporter: await makeUser(t, operator.id, ['analyst']),
      rivalAnalyst: await makeUser(t, rival.id, ['analyst']),
    }
  }

  const report = async (token: string, body: Record<string, unknown>) => {
    const res = await t.req('POST', '/api/v1/incidents', { token, body: wiperIncident(body) })
    expect(res.statusCode, res.body).toBe(201)
    return res.json<View>()
  }
  const status = async (token: string, id: string) => (await t.req('GET', `/api/v1/incidents/${id}`, { token })).statusCode

  it('an operator\u2019s AMBER report with no audience reaches its national CERT and point of contact, not a fellow operator', async () => {
    const n = await nation()
    const inc = await report(n.reporter.token, { tlp: 'AMBER' })
    expect(await status(n.certAnalyst.token, inc.id)).toBe(200)
    expect(await status(n.admin.token, inc.id)).toBe(200)
    expect(await status(n.rivalAnalyst.token, inc.id)).toBe(404)
    expect(inc.audienceOrgs).toEqual([n.cert.id])
    expect(inc.audienceUsers).toEqual([n.admin.id])
    expect(inc.visibleTo).toBe(`AMBER: ${n.operator.name} (originator); ${n.cert.name} and the organizations under it; named: Test user <${await emailOf(n.admin.id)}>`)
  })

  it('the reporter may opt out: shareWithNation false keeps the audience exactly as given', async () => {
    const n = await nation()
    const inc = await report(n.reporter.token, { tlp: 'AMBER+STRICT', shareWithNation: false })
    expect(await status(n.certAnalyst.token, inc.id)).toBe(404)
    expect(await status(n.admin.token, inc.id)).toBe(404)
    expect(inc.visibleTo).toBe(`AMBER+STRICT: ${n.operator.name} (originator)`)
  })

  it('every answer says who can see it: list, read, and the marking levels in words', async () => {
    const n = await nation()
    const green = await report(n.reporter.token, { tlp: 'GREEN' })
    expect(green.visibleTo).toBe('GREEN: every member of the hub')
    const red = await report(n.reporter.token, { tlp: 'RED', audienceUsers: [n.certAnalyst.id] })
    expect(red.visibleTo).toMatch(/^RED: only Test user <.+>, Test user <.+>$/)
    expect(await status(n.admin.token, red.id)).toBe(404)
    const listed = (await t.req('GET', '/api/v1/incidents', { token: n.reporter.token })).json<View[]>()
    expect(listed.find((i) => i.id === red.id)?.visibleTo).toBe(red.visibleTo)
    expect((await t.req('GET', `/api/v1/incidents/${green.id}`, { token: n.reporter.token })).json<View>().visibleTo).toBe(green.visibleTo)
  })

  it('the originator widens the audience later: audited, with an event, and nobody who saw it loses it', async () => {
    const n = await nation()
    const ally = await makeNation(t)
    const inc = await report(n.reporter.token, { tlp: 'AMBER' })
    expect(await status(ally.admin.token, inc.id)).toBe(404)
    const res = await t.req('POST', `/api/v1/incidents/${inc.id}/audience`, { token: n.reporter.token, body: { orgs: [ally.org.id] } })
    expect(res.statusCode, res.body).toBe(200)
    const after = res.json<View>()
    expect(after.tlp).toBe('AMBER')
    expect(after.audienceOrgs).toEqual([n.cert.id, ally.org.id])
    expect(after.audienceUsers).toEqual([n.admin.id])
    expect(after.visibleTo).toContain(`${ally.org.name} and the organizations under it`)
    expect(await status(ally.admin.token, inc.id)).toBe(200)
    expect(await status(n.certAnalyst.token, inc.id)).toBe(200)
    const audit = await t.store.db.selectFrom('audit_log').select(['actor', 'detail']).where('action', '=', 'incident.audience.widen').where('subject', '=', inc.id).execute()
    expect(audit.map((a) => [a.actor, JSON.parse(a.detail).addedOrgs])).toEqual([[n.reporter.id, [ally.org.id]]])
    const events = await t.store.db.selectFrom('outbox_event').select(['type', 'payload']).where('type', '=', 'incident.audience.widened').execute()
    expect(events.filter((e) => JSON.parse(e.payload).incidentId === inc.id).map((e) => JSON.parse(e.payload).addedOrgs)).toEqual([[ally.org.id]])
  })

  it('only the originating side widens; a reader who may see it gets 403, a stranger 404, and nothing is written', async () => {
    const n = await nation()
    const ally = await makeNation(t)
    const inc = await report(n.reporter.token, { tlp: 'AMBER' })
    const before = await auditCount()
    expect((await t.req('POST', `/api/v1/incidents/${inc.id}/audience`, { token: n.certAnalyst.token, body: { orgs: [ally.org.id] } })).statusCode).toBe(403)
    expect((await t.req('POST', `/api/v1/incidents/${inc.id}/audience`, { token: ally.admin.token, body: { orgs: [ally.org.id] } })).statusCode).toBe(404)
    expect(await auditCount()).toBe(before)
  })

  it('a bad addition is a 422 naming the field, and writes nothing', async () => {
    const n = await nation()
    const amber = await report(n.reporter.token, { tlp: 'AMBER' })
    const red = await report(n.reporter.token, { tlp: 'RED', audienceUsers: [n.certAnalyst.id] })
    const green = await report(n.reporter.token, { tlp: 'GREEN' })
    const before = await auditCount()
    const cases: [string, unknown, string][] = [
      [amber.id, { orgs: ['00000000-0000-4000-8000-000000000000'] }, '/orgs/0'],
      [amber.id, {}, '/orgs'],
      [red.id, { orgs: [n.cert.id] }, '/orgs'],
      [green.id, { orgs: [n.cert.id] }, '/orgs'],
    ]
    for (const [id, body, pointer] of cases) {
      const res = await t.req('POST', `/api/v1/incidents/${id}/audience`, { token: n.reporter.token, body })
      expect(res.statusCode, res.body).toBe(422)
      expect(res.json<{ errors: { pointer: string }[] }>().errors[0]?.pointer).toBe(pointer)
    }
    expect(await auditCount()).toBe(before)
    expect((await t.req('GET', `/api/v1/incidents/${amber.id}`, { token: n.reporter.token })).json<View>().audienceOrgs).toEqual([n.cert.id])
  })

  it('a RED incident takes named users', async () => {
    const n = await nation()
    const red = await report(n.reporter.token, { tlp: 'RED', audienceUsers: [n.certAnalyst.id] })
    const res = await t.req('POST', `/api/v1/incidents/${red.id}/audience`, { token: n.reporter.token, body: { users: [n.admin.id] } })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json<View>().audienceUsers).toEqual([n.certAnalyst.id, n.admin.id])
    expect(await status(n.admin.token, red.id)).toBe(200)
    expect(await status(n.rivalAnalyst.token, red.id)).toBe(404)
  })

  const auditCount = () => countRows(t.store, 'audit_log')
  const emailOf = async (userId: string) => (await t.store.db.selectFrom('app_user').select('email').where('id', '=', userId).executeTakeFirstOrThrow()).email
})

describe.each(DIALECTS)('an intel object says who can see it (%s)', (dialect) => {
  let t: TestHub
  beforeAll(async () => {
    t = await startTestHub(dialect)
  })
  afterAll(() => t.close())

  it('in the list and in a read, with the audience named', async () => {
    const n = await makeNation(t)
    const ally = await makeNation(t)
    const indicator = {
      type: 'indicator', spec_version: '2.1', id: 'indicator--0d1e0000-0000-4000-8000-000000000001', created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z',
      name: 'wiper C2', pattern: "[domain-name:value = 'c2.example.net']", pattern_type: 'stix', valid_from: '2026-01-01T00:00:00Z',
    }
    const bundle = JSON.stringify({ type: 'bundle', id: 'bundle--0d1e0000-0000-4000-8000-000000000000', objects: [indicator] })
    const up = await t.req('POST', `/api/v1/intel/bundles?tlp=AMBER&audienceOrgs=${ally.org.id}`, { token: n.admin.token, payload: bundle, headers: { 'content-type': 'application/json' } })
    expect(up.statusCode, up.body).toBe(200)
    const expected = `AMBER: ${n.org.name} (originator) and the organizations under it; ${ally.org.name} and the organizations under it`
    const list = await t.req('GET', '/api/v1/intel/objects', { token: ally.admin.token })
    expect(list.statusCode, list.body).toBe(200)
    expect(list.json<{ objects: { id: string; visibleTo: string }[] }>().objects.find((o) => o.id === indicator.id)?.visibleTo).toBe(expected)
    const one = await t.req('GET', `/api/v1/intel/objects/${indicator.id}`, { token: n.admin.token })
    expect(one.json<{ objects: { visibleTo: string }[] }>().objects[0]?.visibleTo).toBe(expected)
  })
})
