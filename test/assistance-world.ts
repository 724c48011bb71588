/** A requesting nation whose energy operator reports an incident and asks for help, and one provider. */
import { expect } from 'vitest'
import { makeNation, makeOrg, makeUser, type TestHub } from './hub'
import { wiperIncident } from './incidents'

const CATEGORIES = ['malware-analysis', 'digital-forensics', 'threat-intelligence', 'incident-response', 'vulnerability-assessment', 'threat-hunting', 'ics-ot', 'crisis-communication', 'event-analysis', 'incident-analysis', 'mitigation-and-recovery', 'incident-coordination']
const used = new WeakMap<TestHub, number>()

export const capabilityBody = (category: string) => ({
  category,
  description: 'Reverse engineering of wipers',
  capacity: 2,
  languages: ['en'],
  delivery: 'remote',
  responseHours: 4,
  sectors: ['energy'],
  workingHours: { tz: 'Europe/Tallinn', days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '00:00' },
})

/**
 * Each world asks for a category of its own, so that capabilities of earlier worlds in the same
 * hub never compete for its offers.
 */
export async function operatorAsksForHelp(t: TestHub) {
  const n = used.get(t) ?? 0
  used.set(t, n + 1)
  const category = CATEGORIES[n % CATEGORIES.length]!
  const requester = await makeNation(t)
  const operator = await makeOrg(t, { kind: 'partner', parentId: requester.org.id })
  const reporter = await makeUser(t, operator.id, ['analyst'])
  const provider = await makeNation(t)
  const cap = await t.req('POST', '/api/v1/capabilities', { token: provider.admin.token, body: capabilityBody(category) })
  expect(cap.statusCode, cap.body).toBe(201)
  const inc = await t.req('POST', '/api/v1/incidents', { token: reporter.token, body: wiperIncident({ tlp: 'AMBER' }) })
  expect(inc.statusCode, inc.body).toBe(201)
  const draft = await t.req('POST', '/api/v1/assistance/requests', {
    token: reporter.token,
    body: { incidentId: inc.json<{ id: string }>().id, category, urgency: 'high', needed: 1, languages: ['en'], delivery: 'either', sanitizedSummary: 'A wiper hit an energy operator' },
  })
  expect(draft.statusCode, draft.body).toBe(201)
  const requestId = draft.json<{ id: string }>().id
  expect((await t.req('POST', `/api/v1/assistance/requests/${requestId}/approve-summary`, { token: reporter.token })).statusCode).toBe(200)
  const sub = await t.req('POST', `/api/v1/assistance/requests/${requestId}/submit`, { token: requester.admin.token })
  expect(sub.statusCode, sub.body).toBe(200)
  const offer = sub.json<{ offers: { id: string; providerOrg: string }[] }>().offers.find((o) => o.providerOrg === provider.org.id)
  if (!offer) throw new Error(`the provider got no offer: ${sub.body}`)
  return { category, requester, poc: requester.admin, operator, reporter, provider, incidentId: inc.json<{ id: string }>().id, requestId, offerId: offer.id }
}

export type AssistanceWorld = Awaited<ReturnType<typeof operatorAsksForHelp>>

/** The provider accepts, starts, delivers. */
export async function helped(t: TestHub, w: AssistanceWorld, steps: ('accept' | 'start' | 'deliver')[] = ['accept', 'start', 'deliver']) {
  if (steps.includes('accept')) expect((await t.req('POST', `/api/v1/assistance/offers/${w.offerId}/accept`, { token: w.provider.admin.token })).statusCode).toBe(200)
  if (steps.includes('start')) expect((await t.req('POST', `/api/v1/assistance/requests/${w.requestId}/start`, { token: w.provider.admin.token })).statusCode).toBe(200)
  if (steps.includes('deliver')) {
    const del = await t.req('POST', `/api/v1/assistance/offers/${w.offerId}/deliver`, { token: w.provider.admin.token, body: { text: 'Wiper family X; IOCs attached' } })
    expect(del.statusCode, del.body).toBe(200)
  }
}
