/**
 * Issue 10, friction 5: every state change of an assistance case is an event its participants
 * see on the live feed, offers sent reach the requesting side as a count without naming the
 * candidates, and the hub's coordinators see escalations. Who receives what, written out by hand,
 * checked over real WebSocket subscriptions on every dialect.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DomainEvent } from '../../bus/event'
import { makeNation, makeOrg, makeUser, startTestHub, type TestHub } from '../../../test/hub'
import { capabilityBody } from '../../../test/assistance-world'
import { wiperIncident } from '../../../test/incidents'
import { subscribeWs, type TestWs } from '../../../test/live-client'
import { DIALECTS } from '../../../test/store'

describe.each(DIALECTS)('the events of an assistance case, by recipient (%s)', (dialect) => {
  let t: TestHub
  let base: string
  beforeAll(async () => {
    t = await startTestHub(dialect)
    base = await t.hub.app.listen({ host: '127.0.0.1', port: 0 })
  })
  afterAll(() => t.close())

  const call = async (method: string, url: string, token: string, body?: unknown, status = 200) => {
    const res = await t.req(method, `/api/v1${url}`, { token, ...(body === undefined ? {} : { body }) })
    expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status)
    return res.json<Record<string, unknown>>()
  }

  /** A requesting nation (POC), its agency (drafter) and CERT, two providers, an outsider; an AMBER incident for the nation. */
  async function world(category: string, providers: number) {
    const requester = await makeNation(t)
    const agency = await makeOrg(t, { kind: 'agency', parentId: requester.org.id })
    const cert = await makeOrg(t, { kind: 'cert', parentId: requester.org.id })
    const drafter = await makeUser(t, agency.id, ['analyst'])
    const certUser = await makeUser(t, cert.id, ['analyst'])
    const helpers = []
    for (let i = 0; i < providers; i++) {
      const n = await makeNation(t)
      await call('POST', '/capabilities', n.admin.token, { ...capabilityBody(category), responseHours: 2 + 10 * i }, 201)
      helpers.push(n)
    }
    const outsider = await makeNation(t)
    const incident = await call('POST', '/incidents', requester.admin.token, wiperIncident({ audienceOrgs: [requester.org.id] }), 201)
    /** Drafted once the watchers listen, so that they see the case from its first step. */
    const draft = async () =>
      String((await call('POST', '/assistance/requests', drafter.token, {
        incidentId: incident.id, category, urgency: 'high', needed: 1, languages: ['en'], delivery: 'either', sanitizedSummary: 'A wiper; need help',
      }, 201)).id)
    return { requester, drafter, certUser, helpers, outsider, draft }
  }

  /** One subscription per viewer, before anything happens; `settle` waits until each saw a GREEN sentinel after the story. */
  async function watchers(tokens: Record<string, string>) {
    const subs: Record<string, TestWs> = {}
    for (const [who, token] of Object.entries(tokens)) subs[who] = await subscribeWs(base, token)
    return {
      async received(requestId: string): Promise<Record<string, string[]>> {
        // The directory is GREEN: every subscriber sees the new nation, after everything before it.
        const marker = await makeNation(t)
        const out: Record<string, string[]> = {}
        for (const [who, ws] of Object.entries(subs)) {
          await ws.waitFor((f) => f.event?.type === 'org.admitted' && (f.event.payload as { id: string }).id === marker.org.id)
          out[who] = ws.events().filter((e: DomainEvent) => e.subject.requestId === requestId).map((e) => e.type)
          ws.ws.close()
        }
        return out
      },
      payloads: (who: string, type: string) => subs[who]!.events().filter((e) => e.type === type).map((e) => e.payload as Record<string, unknown>),
    }
  }

  const STEPS_BEFORE_ACCEPT = ['assistance.request.created', 'assistance.request.summary_approved', 'assistance.request.submitted', 'assistance.request.offered']
  const STEPS_FROM_ACCEPT = ['assistance.request.accepted', 'assistance.request.started', 'assistance.assignment.delivered', 'assistance.request.closed']

  it('a whole case: participants see every step, candidates their own offers, the CERT that offers went out but not to whom', async () => {
    const w = await world('malware-analysis', 2)
    const [p1, p2] = w.helpers as [(typeof w.helpers)[0], (typeof w.helpers)[0]]
    const watch = await watchers({
      poc: w.requester.admin.token, drafter: w.drafter.token, cert: w.certUser.token,
      p1: p1.admin.token, p2: p2.admin.token, outsider: w.outsider.admin.token, coordinator: t.adminToken,
    })
    const requestId = await w.draft()
    await call('POST', `/assistance/requests/${requestId}/approve-summary`, w.drafter.token)
    const sub = await call('POST', `/assistance/requests/${requestId}/submit`, w.requester.admin.token)
    const offers = sub.offers as { id: string; providerOrg: string }[]
    const offerTo = (orgId: string) => offers.find((o) => o.providerOrg === orgId)!.id
    await call('POST', `/assistance/offers/${offerTo(p1.org.id)}/accept`, p1.admin.token)
    await call('POST', `/assistance/requests/${requestId}/start`, p1.admin.token)
    await call('POST', `/assistance/offers/${offerTo(p1.org.id)}/deliver`, p1.admin.token, { text: 'It is a wiper' })
    await call('POST', `/assistance/requests/${requestId}/close`, w.requester.admin.token, { rating: 4, comment: 'useful' })
    const got = await watch.received(requestId)

    // Created by the agency's drafter: offer events' originator is the requesting organization.
    expect(got.drafter).toEqual([
      ...STEPS_BEFORE_ACCEPT.slice(0, 3), 'assistance.offer.sent', 'assistance.offer.sent', 'assistance.request.offered',
      'assistance.offer.withdrawn', 'assistance.offer.accepted', ...STEPS_FROM_ACCEPT,
    ])
    expect(got.poc).toEqual([...STEPS_BEFORE_ACCEPT, 'assistance.offer.accepted', ...STEPS_FROM_ACCEPT])
    expect(got.cert).toEqual([...STEPS_BEFORE_ACCEPT, ...STEPS_FROM_ACCEPT])
    // The helper hears of its offer, and of the case once it is a participant (the incident widened to it).
    expect(got.p1).toEqual(['assistance.offer.sent', 'assistance.offer.accepted', ...STEPS_FROM_ACCEPT])
    expect(got.p2).toEqual(['assistance.offer.sent', 'assistance.offer.withdrawn'])
    expect(got.outsider).toEqual([])
    expect(got.coordinator).toEqual([])

    expect(watch.payloads('cert', 'assistance.request.offered')).toEqual([{ requestId: requestId, state: 'offered', round: 1, offersSent: 2 }])
    expect(JSON.stringify(watch.payloads('cert', 'assistance.request.offered'))).not.toContain(p2.org.id)
    expect(watch.payloads('cert', 'assistance.request.started')).toEqual([{ requestId: requestId, state: 'in_progress', round: 1, by: 'helper' }])
    expect(watch.payloads('p1', 'assistance.request.closed')).toEqual([{ requestId: requestId, state: 'closed', round: 1, rating: 4, comment: 'useful', outsideHub: false }])
  })

  it('an escalation reaches the hub’s coordinators and the requesting side, nobody else', async () => {
    const w = await world('crisis-communication', 0)
    const watch = await watchers({ poc: w.requester.admin.token, drafter: w.drafter.token, outsider: w.outsider.admin.token, coordinator: t.adminToken })
    const requestId = await w.draft()
    await call('POST', `/assistance/requests/${requestId}/approve-summary`, w.drafter.token)
    expect((await call('POST', `/assistance/requests/${requestId}/submit`, w.requester.admin.token)).state).toBe('escalated')
    const got = await watch.received(requestId)
    expect(got.coordinator).toEqual(['assistance.request.escalated'])
    expect(got.poc).toEqual(['assistance.request.created', 'assistance.request.summary_approved', 'assistance.request.submitted', 'assistance.request.escalated'])
    expect(got.drafter).toEqual(got.poc)
    expect(got.outsider).toEqual([])
  })

  it('a cancel reaches the participants without naming candidates, and withdraws the candidates’ offers', async () => {
    const w = await world('digital-forensics', 1)
    const [p1] = w.helpers as [(typeof w.helpers)[0]]
    const watch = await watchers({ cert: w.certUser.token, p1: p1.admin.token, outsider: w.outsider.admin.token })
    const requestId = await w.draft()
    await call('POST', `/assistance/requests/${requestId}/approve-summary`, w.drafter.token)
    await call('POST', `/assistance/requests/${requestId}/submit`, w.requester.admin.token)
    await call('POST', `/assistance/requests/${requestId}/cancel`, w.drafter.token, { reason: 'solved locally' })
    const got = await watch.received(requestId)
    expect(got.cert).toEqual([...STEPS_BEFORE_ACCEPT, 'assistance.request.cancelled'])
    expect(watch.payloads('cert', 'assistance.request.cancelled')).toEqual([{ requestId: requestId, state: 'cancelled', round: 1, reason: 'solved locally' }])
    expect(got.p1).toEqual(['assistance.offer.sent', 'assistance.offer.withdrawn'])
    expect(got.outsider).toEqual([])
  })

  it('capabilities declared and put on standby are events for those the capability is shown to', async () => {
    const lender = await makeNation(t)
    const shownTo = await makeNation(t)
    const outsider = await makeNation(t)
    const subs = { shownTo: await subscribeWs(base, shownTo.admin.token), outsider: await subscribeWs(base, outsider.admin.token) }
    const cap = await call('POST', '/capabilities', lender.admin.token, { ...capabilityBody('threat-hunting'), visibleTo: [shownTo.country] }, 201)
    await call('PUT', `/capabilities/${cap.id}/standby`, lender.admin.token, { from: '2026-03-02T00:00:00Z', until: '2026-03-09T00:00:00Z' })
    const marker = await makeNation(t)
    const types: Record<string, string[]> = {}
    for (const [who, ws] of Object.entries(subs)) {
      await ws.waitFor((f) => f.event?.type === 'org.admitted' && (f.event.payload as { id: string }).id === marker.org.id)
      types[who] = ws.events().filter((e) => e.subject.objectId === cap.id).map((e) => e.type)
      ws.ws.close()
    }
    expect(types.shownTo).toEqual(['capability.declared', 'capability.standby'])
    expect(types.outsider).toEqual([])
  })
})
