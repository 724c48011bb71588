import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RequestBody } from '../../client/hub-client'
import { bodyText, makeNation, makeOrg, makeUser, problemOf, startTestHub, type TestHub } from '../../../test/hub'
import { DIALECTS } from '../../../test/store'
import { wiperIncident } from '../../../test/incidents'

const HOUR = 3_600_000

type NewCapability = RequestBody<'/api/v1/capabilities', 'post'>
type Tlp = NonNullable<RequestBody<'/api/v1/incidents', 'post'>['tlp']>

const capability = (over: Partial<NewCapability> = {}): NewCapability => ({
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
  const CATEGORIES: NewCapability['category'][] = ['malware-analysis', 'digital-forensics', 'threat-intelligence', 'incident-response', 'vulnerability-assessment', 'threat-hunting', 'ics-ot', 'crisis-communication', 'event-analysis', 'incident-analysis']
  let worlds = 0

  /** A requesting nation with an agency, provider nations each lending the category, and an incident. */
  async function world(opts: { tlp?: Tlp; providers?: number } = {}) {
    const category = CATEGORIES[worlds++ % CATEGORIES.length]!
    const requester = await makeNation(t)
    const poc = requester.admin
    const agency = await makeOrg(t, { kind: 'agency', parentId: requester.org.id })
    const drafter = await makeUser(t, agency.id, ['analyst'])
    const providers = []
    for (let i = 0; i < (opts.providers ?? 3); i++) {
      const n = await makeNation(t)
      const res = await t.client(n.admin.token).POST('/api/v1/capabilities', { body: capability({ category, responseHours: 2 + i * 10 }) })
      expect(res.response.status, bodyText(res)).toBe(201)
      providers.push({ ...n, capabilityId: res.data!.id })
    }
    const tlp = opts.tlp ?? 'AMBER'
    const inc = await t.client(poc.token).POST('/api/v1/incidents', {
      body: wiperIncident({
        summary: 'SECRET-DETAIL the grid operator X lost SCADA',
        attackIds: ['T1485', 'T1059.001'],
        tlp,
        ...(tlp === 'RED' ? { audienceUsers: [poc.id, drafter.id] } : tlp.startsWith('AMBER') ? { audienceOrgs: [requester.org.id, agency.id] } : {}),
      }),
    })
    expect(inc.response.status, bodyText(inc)).toBe(201)
    const incidentId = inc.data!.id
    const draft = await t.client(drafter.token).POST('/api/v1/assistance/requests', {
      body: { incidentId, category, urgency: 'high', needed: 1, languages: ['en'], delivery: 'either', sanitizedSummary: 'A wiper hit an energy operator; need RE help' },
    })
    expect(draft.response.status, bodyText(draft)).toBe(201)
    const requestId = draft.data!.id
    return { requester, poc, agency, drafter, providers, incidentId, requestId }
  }

  /** The path parameter of the request or offer `id`. */
  const at = (id: string) => ({ params: { path: { id } } })

  /** The request as its own nation sees it: the full view, not a candidate's nor the escalation queue's. */
  async function requestSeenBy(token: string, id: string) {
    const { data } = await t.client(token).GET('/api/v1/assistance/requests/{id}', at(id))
    if (!data || 'view' in data) throw new Error(`expected the requester's full view of ${id}`)
    return data
  }

  async function submitted(opts: { tlp?: Tlp; providers?: number } = {}) {
    const w = await world(opts)
    expect((await t.client(w.drafter.token).POST('/api/v1/assistance/requests/{id}/approve-summary', at(w.requestId))).response.status).toBe(200)
    const sub = await t.client(w.poc.token).POST('/api/v1/assistance/requests/{id}/submit', at(w.requestId))
    expect(sub.response.status, bodyText(sub)).toBe(200)
    return { ...w, submitted: sub.data! }
  }

  const offerOf = (w: Awaited<ReturnType<typeof submitted>>, providerOrg: string) => w.submitted.offers.find((o) => o.providerOrg === providerOrg)!

  it('a non-POC cannot submit; the summary must be approved first', async () => {
    const w = await world()
    const early = await t.client(w.poc.token).POST('/api/v1/assistance/requests/{id}/submit', at(w.requestId))
    expect(early.response.status).toBe(422)
    await t.client(w.drafter.token).POST('/api/v1/assistance/requests/{id}/approve-summary', at(w.requestId))
    const byDrafter = await t.client(w.drafter.token).POST('/api/v1/assistance/requests/{id}/submit', at(w.requestId))
    expect(byDrafter.response.status).toBe(403)
    const analyst = await makeUser(t, w.requester.org.id, ['analyst'])
    expect((await t.client(analyst.token).POST('/api/v1/assistance/requests/{id}/submit', at(w.requestId))).response.status).toBe(403)
    expect((await requestSeenBy(w.poc.token, w.requestId)).state).toBe('requested')
  })

  it('offers the best k, with explanations that sum to the score; illegal moves get 409 with the state', async () => {
    const w = await submitted()
    expect(w.submitted.state).toBe('offered')
    expect(w.submitted.offers).toHaveLength(3)
    for (const o of w.submitted.offers) expect(o.parts.reduce((s, p) => s + p.contribution, 0)).toBeCloseTo(o.score!, 12)
    const preview = await t.client(w.poc.token).GET('/api/v1/assistance/requests/{id}/candidates', at(w.requestId))
    for (const c of preview.data!.ranked)
      expect(c.parts.reduce((s, p) => s + p.contribution, 0)).toBeCloseTo(c.score!, 12)
    const illegal = await t.client(w.poc.token).POST('/api/v1/assistance/requests/{id}/close', { ...at(w.requestId), body: { rating: 5 } })
    expect(illegal.response.status).toBe(409)
    expect(problemOf(illegal)).toMatchObject({ code: 'illegal_transition', currentState: 'offered' })
    const again = await t.client(w.poc.token).POST('/api/v1/assistance/requests/{id}/submit', at(w.requestId))
    expect(problemOf(again)).toMatchObject({ currentState: 'offered' })
  })

  it('runs the whole life: accept widens the incident, others withdrawn, deliver, close with a rating', async () => {
    const w = await submitted()
    const [p1, p2] = w.providers
    expect((await t.client(p1!.admin.token).GET('/api/v1/incidents/{id}', at(w.incidentId))).response.status).toBe(404)
    const acc = await t.client(p1!.admin.token).POST('/api/v1/assistance/offers/{id}/accept', at(offerOf(w, p1!.org.id).id))
    expect(acc.response.status, bodyText(acc)).toBe(200)
    expect(acc.data?.incidentId).toBe(w.incidentId)
    const seen = await t.client(p1!.admin.token).GET('/api/v1/incidents/{id}', at(w.incidentId))
    expect(seen.response.status).toBe(200)
    expect(seen.data?.tlp).toBe('AMBER')
    expect(seen.data?.nis2?.stages).toHaveLength(3)
    const other = await t.client(p2!.admin.token).GET('/api/v1/assistance/offers/{id}', at(offerOf(w, p2!.org.id).id))
    expect(other.data?.state).toBe('withdrawn')
    expect(problemOf(await t.client(p2!.admin.token).POST('/api/v1/assistance/offers/{id}/accept', at(offerOf(w, p2!.org.id).id)))).toMatchObject({ currentState: 'withdrawn' })
    expect((await t.client(p1!.admin.token).POST('/api/v1/assistance/requests/{id}/start', at(w.requestId))).data?.state).toBe('in_progress')
    const del = await t.client(p1!.admin.token).POST('/api/v1/assistance/offers/{id}/deliver', {
      ...at(offerOf(w, p1!.org.id).id),
      body: { text: 'Report: it is a wiper', intelIds: ['malware--0b1a2f3e-9f3c-4c1e-8e0a-1234567890ab'] },
    })
    expect(del.response.status, bodyText(del)).toBe(200)
    const closed = await t.client(w.poc.token).POST('/api/v1/assistance/requests/{id}/close', { ...at(w.requestId), body: { rating: 5, comment: 'fast' } })
    expect(closed.data?.state).toBe('closed')
    const m = await t.client(w.poc.token).GET('/api/v1/metrics/assistance')
    expect(m.response.status).toBe(200)
    const mine = m.data!.requests.find((r) => r.requestId === w.requestId)!
    expect(mine).toMatchObject({ hadHelper: true, secondsToClosure: 0 })
  })

  it('a declined candidate never sees more than the sanitized summary, over REST and the audit trail', async () => {
    const w = await submitted()
    const p = w.providers[2]!
    const offer = offerOf(w, p.org.id)
    const provider = t.client(p.admin.token)
    expect((await provider.POST('/api/v1/assistance/offers/{id}/decline', { ...at(offer.id), body: { reason: 'busy' } })).response.status).toBe(200)
    const incident = await provider.GET('/api/v1/incidents/{id}', at(w.incidentId))
    const offerSeen = await provider.GET('/api/v1/assistance/offers/{id}', at(offer.id))
    const bodies = [
      incident,
      await provider.GET('/api/v1/assistance/requests/{id}', at(w.requestId)),
      await provider.GET('/api/v1/incidents'),
      await provider.GET('/api/v1/assistance/offers'),
      offerSeen,
      await provider.GET('/api/v1/assistance/requests'),
      await provider.GET('/api/v1/audit', { params: { query: { limit: 1000 } } }),
      await provider.GET('/api/v1/assistance/requests/{id}/candidates', at(w.requestId)),
    ]
    expect(incident.response.status).toBe(404)
    // The 404 of the incident itself echoes its own URL as the problem's instance: that is all.
    expect(problemOf(incident)).toMatchObject({ code: 'not_found', instance: `/api/v1/incidents/${w.incidentId}` })
    for (const b of bodies) {
      if (b !== bodies[0]) expect(bodyText(b)).not.toContain(w.incidentId)
      expect(bodyText(b)).not.toContain('SECRET-DETAIL')
      expect(bodyText(b)).not.toContain('Wiper at substation')
    }
    expect(offerSeen.data?.request.sanitizedSummary).toBe('A wiper hit an energy operator; need RE help')
  })

  it('deadlines: an expired round offers the next candidates, then escalates to coordinators', async () => {
    const w = await submitted({ providers: 4 })
    expect(w.submitted.offers).toHaveLength(3)
    t.clock.advance(4 * HOUR - 1)
    expect(await t.hub.jobs.runDue()).toHaveLength(0)
    t.clock.advance(1)
    expect((await t.hub.jobs.runDue()).length).toBeGreaterThanOrEqual(1)
    const after = await requestSeenBy(w.poc.token, w.requestId)
    expect(after.state).toBe('offered')
    expect(after.offers.filter((o) => o.state === 'expired')).toHaveLength(3)
    expect(after.offers.filter((o) => o.state === 'pending' && o.round === 2)).toHaveLength(1)
    t.clock.advance(4 * HOUR)
    await t.hub.jobs.runDue()
    expect((await requestSeenBy(w.poc.token, w.requestId)).state).toBe('escalated')
    const queue = await t.client().GET('/api/v1/assistance/escalations')
    const esc = queue.data!.find((e) => e.id === w.requestId)!
    expect(esc.sanitizedSummary).toContain('wiper')
    expect(bodyText(queue)).not.toContain('SECRET-DETAIL')
    expect((await t.client(w.poc.token).GET('/api/v1/assistance/escalations')).response.status).toBe(403)
    const manual = await t.client().POST('/api/v1/assistance/requests/{id}/offers', { ...at(w.requestId), body: { capabilityId: w.providers[0]!.capabilityId } })
    expect(manual.response.status, bodyText(manual)).toBe(201)
    expect((await requestSeenBy(w.poc.token, w.requestId)).state).toBe('offered')
  })

  it('cancel withdraws the open offers', async () => {
    const w = await submitted()
    const c = await t.client(w.poc.token).POST('/api/v1/assistance/requests/{id}/cancel', { ...at(w.requestId), body: { reason: 'solved' } })
    expect(c.response.status).toBe(200)
    expect(c.data!.offers.every((o) => o.state === 'withdrawn')).toBe(true)
    const p = w.providers[0]!
    expect(problemOf(await t.client(p.admin.token).POST('/api/v1/assistance/offers/{id}/accept', at(offerOf(w, p.org.id).id)))).toMatchObject({ currentState: 'withdrawn' })
    t.clock.advance(10 * HOUR)
    await t.hub.jobs.runDue()
    expect((await requestSeenBy(w.poc.token, w.requestId)).state).toBe('cancelled')
  })

  it('RED incidents: accepting names the provider\u2019s points of contact, nobody else', async () => {
    const w = await submitted({ tlp: 'RED', providers: 1 })
    const p = w.providers[0]!
    const colleague = await makeUser(t, p.org.id, ['analyst'])
    await t.client(p.admin.token).POST('/api/v1/assistance/offers/{id}/accept', at(offerOf(w, p.org.id).id))
    expect((await t.client(p.admin.token).GET('/api/v1/incidents/{id}', at(w.incidentId))).response.status).toBe(200)
    expect((await t.client(colleague.token).GET('/api/v1/incidents/{id}', at(w.incidentId))).response.status).toBe(404)
    // Written to the trail; read from the store, since no hub admin may list entries about a RED incident it is not named on.
    const audit = await t.store.db.selectFrom('audit_log').select('action').where('subject', '=', w.incidentId).execute()
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['incident.audience.widen', 'incident.read']))
  })

  it('refuses bad vocabulary with a 422 naming the field', async () => {
    const n = await makeNation(t)
    const bad = await t.client(n.admin.token).POST('/api/v1/capabilities', { body: capability({ languages: ['en', 'xx' as never] }) })
    expect(bad.response.status).toBe(422)
    expect(problemOf(bad).errors?.[0]?.pointer).toBe('/languages/1')
    const tz = await t.client(n.admin.token).POST('/api/v1/capabilities', { body: capability({ workingHours: { tz: 'Mars/Olympus', days: [1], start: '09:00', end: '17:00' } }) })
    expect(problemOf(tz).errors?.[0]?.pointer).toBe('/workingHours/tz')
    const analyst = await makeUser(t, n.org.id, ['analyst'])
    expect((await t.client(analyst.token).POST('/api/v1/capabilities', { body: capability() })).response.status).toBe(403)
    const attack = await t.client(n.admin.token).POST('/api/v1/incidents', {
      body: { title: 'x', summary: '', sectors: [], rsitClass: 'fraud', rsitType: 'phishing', severity: 1, malicious: true, crossBorder: false, attackIds: ['T12345'], tlp: 'GREEN' },
    })
    expect(attack.response.status).toBe(422)
    expect(problemOf(attack).errors?.[0]?.pointer).toBe('/attackIds/0')
  })

  it('a capability visible to chosen nations is hidden from the others', async () => {
    const owner = await makeNation(t)
    const friend = await makeNation(t)
    const stranger = await makeNation(t)
    const res = await t.client(owner.admin.token).POST('/api/v1/capabilities', { body: capability({ category: 'legal-policy', visibleTo: [friend.country] }) })
    expect(res.response.status, bodyText(res)).toBe(201)
    const id = res.data!.id
    expect((await t.client(friend.admin.token).GET('/api/v1/capabilities/{id}', at(id))).response.status).toBe(200)
    expect((await t.client(stranger.admin.token).GET('/api/v1/capabilities/{id}', at(id))).response.status).toBe(404)
    expect(bodyText(await t.client(stranger.admin.token).GET('/api/v1/capabilities', { params: { query: { category: 'legal-policy' } } }))).not.toContain(id)
  })
})
