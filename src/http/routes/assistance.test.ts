import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeNation, makeOrg, makeUser, startTestHub, type TestHub } from '../../../test/hub'
import { DIALECTS } from '../../../test/store'
import { wiperIncident } from '../../../test/incidents'

const HOUR = 3_600_000

const capability = (over: Record<string, unknown> = {}) => ({
  category: 'malware-analysis',
  description: 'Reverse engineering of wipers',
  capacity: 2,
  languages: ['en'],
  delivery: 'remote',
  responseHours: 4,
  sectors: ['energy'],
  workingHours: { tz: 'Europe/Tallinn', days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '00:00' },
  ...over,
})

describe.each(DIALECTS)('assistance over REST (%s)', (dialect) => {
  let t: TestHub
  beforeAll(async () => {
    t = await startTestHub(dialect)
  })
  afterAll(() => t.close())

  // Each world asks for a category of its own, so that capabilities of earlier tests never compete.
  const CATEGORIES = ['malware-analysis', 'digital-forensics', 'threat-intelligence', 'incident-response', 'vulnerability-assessment', 'threat-hunting', 'ics-ot', 'crisis-communication', 'event-analysis', 'incident-analysis']
  let worlds = 0

  /** A requesting nation with an agency, provider nations each lending the category, and an incident. */
  async function world(opts: { tlp?: string; providers?: number } = {}) {
    const category = CATEGORIES[worlds++ % CATEGORIES.length]!
    const requester = await makeNation(t)
    const poc = requester.admin
    const agency = await makeOrg(t, { kind: 'agency', parentId: requester.org.id })
    const drafter = await makeUser(t, agency.id, ['analyst'])
    const providers = []
    for (let i = 0; i < (opts.providers ?? 3); i++) {
      const n = await makeNation(t)
      const res = await t.req('POST', '/api/v1/capabilities', { token: n.admin.token, body: capability({ category, responseHours: 2 + i * 10 }) })
      expect(res.statusCode, res.body).toBe(201)
      providers.push({ ...n, capabilityId: res.json<{ id: string }>().id })
    }
    const tlp = opts.tlp ?? 'AMBER'
    const inc = await t.req('POST', '/api/v1/incidents', {
      token: poc.token,
      body: wiperIncident({
        summary: 'SECRET-DETAIL the grid operator X lost SCADA',
        attackIds: ['T1485', 'T1059.001'],
        tlp,
        ...(tlp === 'RED' ? { audienceUsers: [poc.id, drafter.id] } : tlp.startsWith('AMBER') ? { audienceOrgs: [requester.org.id, agency.id] } : {}),
      }),
    })
    expect(inc.statusCode, inc.body).toBe(201)
    const incidentId = inc.json<{ id: string }>().id
    const draft = await t.req('POST', '/api/v1/assistance/requests', {
      token: drafter.token,
      body: { incidentId, category, urgency: 'high', needed: 1, languages: ['en'], delivery: 'either', sanitizedSummary: 'A wiper hit an energy operator; need RE help' },
    })
    expect(draft.statusCode, draft.body).toBe(201)
    const requestId = draft.json<{ id: string }>().id
    return { requester, poc, agency, drafter, providers, incidentId, requestId }
  }

  async function submitted(opts: { tlp?: string; providers?: number } = {}) {
    const w = await world(opts)
    expect((await t.req('POST', `/api/v1/assistance/requests/${w.requestId}/approve-summary`, { token: w.drafter.token })).statusCode).toBe(200)
    const sub = await t.req('POST', `/api/v1/assistance/requests/${w.requestId}/submit`, { token: w.poc.token })
    expect(sub.statusCode, sub.body).toBe(200)
    return { ...w, submitted: sub.json<{ state: string; offers: { id: string; providerOrg: string; state: string; score: number; parts: { contribution: number }[] }[] }>() }
  }

  const offerOf = (w: Awaited<ReturnType<typeof submitted>>, providerOrg: string) => w.submitted.offers.find((o) => o.providerOrg === providerOrg)!

  it('a non-POC cannot submit; the summary must be approved first', async () => {
    const w = await world()
    const early = await t.req('POST', `/api/v1/assistance/requests/${w.requestId}/submit`, { token: w.poc.token })
    expect(early.statusCode).toBe(422)
    await t.req('POST', `/api/v1/assistance/requests/${w.requestId}/approve-summary`, { token: w.drafter.token })
    const byDrafter = await t.req('POST', `/api/v1/assistance/requests/${w.requestId}/submit`, { token: w.drafter.token })
    expect(byDrafter.statusCode).toBe(403)
    const analyst = await makeUser(t, w.requester.org.id, ['analyst'])
    expect((await t.req('POST', `/api/v1/assistance/requests/${w.requestId}/submit`, { token: analyst.token })).statusCode).toBe(403)
    expect((await t.req('GET', `/api/v1/assistance/requests/${w.requestId}`, { token: w.poc.token })).json().state).toBe('requested')
  })

  it('offers the best k, with explanations that sum to the score; illegal moves get 409 with the state', async () => {
    const w = await submitted()
    expect(w.submitted.state).toBe('offered')
    expect(w.submitted.offers).toHaveLength(3)
    for (const o of w.submitted.offers) expect(o.parts.reduce((s, p) => s + p.contribution, 0)).toBeCloseTo(o.score, 12)
    const preview = await t.req('GET', `/api/v1/assistance/requests/${w.requestId}/candidates`, { token: w.poc.token })
    for (const c of preview.json<{ ranked: { score: number; parts: { contribution: number }[] }[] }>().ranked)
      expect(c.parts.reduce((s, p) => s + p.contribution, 0)).toBeCloseTo(c.score, 12)
    const illegal = await t.req('POST', `/api/v1/assistance/requests/${w.requestId}/close`, { token: w.poc.token, body: { rating: 5 } })
    expect(illegal.statusCode).toBe(409)
    expect(illegal.json()).toMatchObject({ code: 'illegal_transition', currentState: 'offered' })
    const again = await t.req('POST', `/api/v1/assistance/requests/${w.requestId}/submit`, { token: w.poc.token })
    expect(again.json()).toMatchObject({ currentState: 'offered' })
  })

  it('runs the whole life: accept widens the incident, others withdrawn, deliver, close with a rating', async () => {
    const w = await submitted()
    const [p1, p2] = w.providers
    expect((await t.req('GET', `/api/v1/incidents/${w.incidentId}`, { token: p1!.admin.token })).statusCode).toBe(404)
    const acc = await t.req('POST', `/api/v1/assistance/offers/${offerOf(w, p1!.org.id).id}/accept`, { token: p1!.admin.token })
    expect(acc.statusCode, acc.body).toBe(200)
    expect(acc.json().incidentId).toBe(w.incidentId)
    const seen = await t.req('GET', `/api/v1/incidents/${w.incidentId}`, { token: p1!.admin.token })
    expect(seen.statusCode).toBe(200)
    expect(seen.json().tlp).toBe('AMBER')
    expect(seen.json().nis2.stages).toHaveLength(3)
    const other = await t.req('GET', `/api/v1/assistance/offers/${offerOf(w, p2!.org.id).id}`, { token: p2!.admin.token })
    expect(other.json().state).toBe('withdrawn')
    expect((await t.req('POST', `/api/v1/assistance/offers/${offerOf(w, p2!.org.id).id}/accept`, { token: p2!.admin.token })).json()).toMatchObject({ currentState: 'withdrawn' })
    expect((await t.req('POST', `/api/v1/assistance/requests/${w.requestId}/start`, { token: p1!.admin.token })).json().state).toBe('in_progress')
    const del = await t.req('POST', `/api/v1/assistance/offers/${offerOf(w, p1!.org.id).id}/deliver`, {
      token: p1!.admin.token,
      body: { text: 'Report: it is a wiper', intelIds: ['malware--0b1a2f3e-9f3c-4c1e-8e0a-1234567890ab'] },
    })
    expect(del.statusCode, del.body).toBe(200)
    const closed = await t.req('POST', `/api/v1/assistance/requests/${w.requestId}/close`, { token: w.poc.token, body: { rating: 5, comment: 'fast' } })
    expect(closed.json().state).toBe('closed')
    const m = await t.req('GET', '/api/v1/metrics/assistance', { token: w.poc.token })
    expect(m.statusCode).toBe(200)
    const mine = m.json<{ requests: { requestId: string; hadHelper: boolean; secondsToClosure: number }[] }>().requests.find((r) => r.requestId === w.requestId)!
    expect(mine).toMatchObject({ hadHelper: true, secondsToClosure: 0 })
  })

  it('a declined candidate never sees more than the sanitized summary, over REST and the audit trail', async () => {
    const w = await submitted()
    const p = w.providers[2]!
    const offer = offerOf(w, p.org.id)
    expect((await t.req('POST', `/api/v1/assistance/offers/${offer.id}/decline`, { token: p.admin.token, body: { reason: 'busy' } })).statusCode).toBe(200)
    const bodies = [
      await t.req('GET', `/api/v1/incidents/${w.incidentId}`, { token: p.admin.token }),
      await t.req('GET', `/api/v1/assistance/requests/${w.requestId}`, { token: p.admin.token }),
      await t.req('GET', '/api/v1/incidents', { token: p.admin.token }),
      await t.req('GET', '/api/v1/assistance/offers', { token: p.admin.token }),
      await t.req('GET', `/api/v1/assistance/offers/${offer.id}`, { token: p.admin.token }),
      await t.req('GET', '/api/v1/assistance/requests', { token: p.admin.token }),
      await t.req('GET', '/api/v1/audit?limit=1000', { token: p.admin.token }),
      await t.req('GET', `/api/v1/assistance/requests/${w.requestId}/candidates`, { token: p.admin.token }),
    ]
    expect(bodies[0]!.statusCode).toBe(404)
    // The 404 of the incident itself echoes its own URL as the problem's instance: that is all.
    expect(bodies[0]!.json()).toMatchObject({ code: 'not_found', instance: `/api/v1/incidents/${w.incidentId}` })
    for (const b of bodies) {
      if (b !== bodies[0]) expect(b.body).not.toContain(w.incidentId)
      expect(b.body).not.toContain('SECRET-DETAIL')
      expect(b.body).not.toContain('Wiper at substation')
    }
    expect(bodies[4]!.json().request.sanitizedSummary).toBe('A wiper hit an energy operator; need RE help')
  })

  it('deadlines: an expired round offers the next candidates, then escalates to coordinators', async () => {
    const w = await submitted({ providers: 4 })
    expect(w.submitted.offers).toHaveLength(3)
    t.clock.advance(4 * HOUR - 1)
    expect(await t.hub.jobs.runDue()).toHaveLength(0)
    t.clock.advance(1)
    expect((await t.hub.jobs.runDue()).length).toBeGreaterThanOrEqual(1)
    const after = (await t.req('GET', `/api/v1/assistance/requests/${w.requestId}`, { token: w.poc.token })).json<{ state: string; offers: { state: string; round: number }[] }>()
    expect(after.state).toBe('offered')
    expect(after.offers.filter((o) => o.state === 'expired')).toHaveLength(3)
    expect(after.offers.filter((o) => o.state === 'pending' && o.round === 2)).toHaveLength(1)
    t.clock.advance(4 * HOUR)
    await t.hub.jobs.runDue()
    expect((await t.req('GET', `/api/v1/assistance/requests/${w.requestId}`, { token: w.poc.token })).json().state).toBe('escalated')
    const queue = await t.req('GET', '/api/v1/assistance/escalations')
    const esc = queue.json<{ id: string; sanitizedSummary: string }[]>().find((e) => e.id === w.requestId)!
    expect(esc.sanitizedSummary).toContain('wiper')
    expect(queue.body).not.toContain('SECRET-DETAIL')
    expect((await t.req('GET', '/api/v1/assistance/escalations', { token: w.poc.token })).statusCode).toBe(403)
    const manual = await t.req('POST', `/api/v1/assistance/requests/${w.requestId}/offers`, { body: { capabilityId: w.providers[0]!.capabilityId } })
    expect(manual.statusCode, manual.body).toBe(201)
    expect((await t.req('GET', `/api/v1/assistance/requests/${w.requestId}`, { token: w.poc.token })).json().state).toBe('offered')
  })

  it('cancel withdraws the open offers', async () => {
    const w = await submitted()
    const c = await t.req('POST', `/api/v1/assistance/requests/${w.requestId}/cancel`, { token: w.poc.token, body: { reason: 'solved' } })
    expect(c.statusCode).toBe(200)
    expect(c.json<{ state: string; offers: { state: string }[] }>().offers.every((o) => o.state === 'withdrawn')).toBe(true)
    const p = w.providers[0]!
    expect((await t.req('POST', `/api/v1/assistance/offers/${offerOf(w, p.org.id).id}/accept`, { token: p.admin.token })).json()).toMatchObject({ currentState: 'withdrawn' })
    t.clock.advance(10 * HOUR)
    await t.hub.jobs.runDue()
    expect((await t.req('GET', `/api/v1/assistance/requests/${w.requestId}`, { token: w.poc.token })).json().state).toBe('cancelled')
  })

  it('RED incidents: accepting names the provider\u2019s points of contact, nobody else', async () => {
    const w = await submitted({ tlp: 'RED', providers: 1 })
    const p = w.providers[0]!
    const colleague = await makeUser(t, p.org.id, ['analyst'])
    await t.req('POST', `/api/v1/assistance/offers/${offerOf(w, p.org.id).id}/accept`, { token: p.admin.token })
    expect((await t.req('GET', `/api/v1/incidents/${w.incidentId}`, { token: p.admin.token })).statusCode).toBe(200)
    expect((await t.req('GET', `/api/v1/incidents/${w.incidentId}`, { token: colleague.token })).statusCode).toBe(404)
    // Written to the trail; read from the store, since no hub admin may list entries about a RED incident it is not named on.
    const audit = await t.store.db.selectFrom('audit_log').select('action').where('subject', '=', w.incidentId).execute()
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['incident.audience.widen', 'incident.read']))
  })

  it('refuses bad vocabulary with a 422 naming the field', async () => {
    const n = await makeNation(t)
    const bad = await t.req('POST', '/api/v1/capabilities', { token: n.admin.token, body: capability({ languages: ['en', 'xx'] }) })
    expect(bad.statusCode).toBe(422)
    expect(bad.json().errors[0].pointer).toBe('/languages/1')
    const tz = await t.req('POST', '/api/v1/capabilities', { token: n.admin.token, body: capability({ workingHours: { tz: 'Mars/Olympus', days: [1], start: '09:00', end: '17:00' } }) })
    expect(tz.json().errors[0].pointer).toBe('/workingHours/tz')
    const analyst = await makeUser(t, n.org.id, ['analyst'])
    expect((await t.req('POST', '/api/v1/capabilities', { token: analyst.token, body: capability() })).statusCode).toBe(403)
    const attack = await t.req('POST', '/api/v1/incidents', {
      token: n.admin.token,
      body: { title: 'x', summary: '', sectors: [], rsitClass: 'fraud', rsitType: 'phishing', severity: 1, malicious: true, crossBorder: false, attackIds: ['T12345'], tlp: 'GREEN' },
    })
    expect(attack.statusCode).toBe(422)
    expect(attack.json().errors[0].pointer).toBe('/attackIds/0')
  })

  it('a capability visible to chosen nations is hidden from the others', async () => {
    const owner = await makeNation(t)
    const friend = await makeNation(t)
    const stranger = await makeNation(t)
    const res = await t.req('POST', '/api/v1/capabilities', { token: owner.admin.token, body: capability({ category: 'legal-policy', visibleTo: [friend.country] }) })
    expect(res.statusCode, res.body).toBe(201)
    const id = res.json<{ id: string }>().id
    expect((await t.req('GET', `/api/v1/capabilities/${id}`, { token: friend.admin.token })).statusCode).toBe(200)
    expect((await t.req('GET', `/api/v1/capabilities/${id}`, { token: stranger.admin.token })).statusCode).toBe(404)
    expect((await t.req('GET', '/api/v1/capabilities?category=legal-policy', { token: stranger.admin.token })).body).not.toContain(id)
  })
})
