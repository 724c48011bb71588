/**
 * What cannot be seen cannot be confirmed: on every route that takes the id of another resource
 * (in its path, query or body), an object the caller may not see answers exactly as an id that
 * names nothing. Each row calls one route twice, with a hidden id and with a fresh missing one,
 * and compares status and problem document (without what names the request itself).
 *
 * Organizations are the member directory every member reads (GET /orgs), so naming one is no
 * disclosure; users are covered where a caller names one it does not manage (tokens).
 */
import { randomUUID } from 'node:crypto'
import type { LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeNation, makeUser, startTestHub, type TestHub } from '../../../test/hub'
import { DIALECTS } from '../../../test/store'
import { wiperIncident } from '../../../test/incidents'

const capabilityBody = (over: Record<string, unknown> = {}) => ({
  category: 'digital-forensics', description: 'Disk forensics', capacity: 2, languages: ['en'], delivery: 'remote', responseHours: 4, sectors: ['energy'],
  workingHours: { tz: 'UTC', days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '00:00' },
  ...over,
})
const requestBody = (incidentId: string, category: string) => ({
  incidentId, category, urgency: 'high', needed: 1, languages: ['en'], delivery: 'either', sanitizedSummary: 'Need help with a wiper',
})
const bundleOf = (n: number) =>
  JSON.stringify({
    type: 'bundle', id: `bundle--0b0b0b0${n}-1111-4222-8333-444455556666`,
    objects: [{ type: 'indicator', spec_version: '2.1', id: `indicator--0b0b0b0${n}-1111-4222-8333-444455556666`, created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z', pattern: `[ipv4-addr:value = '192.0.2.${n}']`, pattern_type: 'stix', valid_from: '2026-01-01T00:00:00Z' }],
  })
const mispOf = (n: number) => ({
  Event: { uuid: `5a1e8c2b-0b0${n}-4222-8333-444455556666`, info: 'C2', date: '2026-02-27', Attribute: [{ uuid: `5a1e8c2b-0b0${n}-4bbb-8ccc-ddddeeeeffff`, type: 'ip-dst', category: 'Network activity', to_ids: true, value: `198.51.100.${n}` }] },
})

type Kind = 'capability' | 'incident' | 'request' | 'escalated-request' | 'offer' | 'intel' | 'user' | 'token' | 'proposal'
type Caller = 'stranger' | 'coordinator'
interface Row {
  route: string
  kind: Kind
  caller: Caller
  call: (t: TestHub, token: string, id: string) => Promise<LightMyRequestResponse>
}

const json = { 'content-type': 'application/json' }
const proposalAbout = (subjectKind: string, id: string) => ({
  kind: 'consultation', title: 'About this', text: 'Consult', subjectKind, subjectIds: [id], addressees: [world.strangerOrg], procedure: 'silence', deadline: '2026-03-09T00:00:00Z',
})
const ROWS: Row[] = [
  { route: 'GET /capabilities/:id', kind: 'capability', caller: 'stranger', call: (t, token, id) => t.req('GET', `/api/v1/capabilities/${id}`, { token }) },
  { route: 'PUT /capabilities/:id', kind: 'capability', caller: 'stranger', call: (t, token, id) => t.req('PUT', `/api/v1/capabilities/${id}`, { token, body: capabilityBody() }) },
  { route: 'PUT /capabilities/:id/standby', kind: 'capability', caller: 'stranger', call: (t, token, id) => t.req('PUT', `/api/v1/capabilities/${id}/standby`, { token, body: { from: '2026-03-02T00:00:00Z', until: '2026-03-03T00:00:00Z' } }) },
  { route: 'DELETE /capabilities/:id/standby', kind: 'capability', caller: 'stranger', call: (t, token, id) => t.req('DELETE', `/api/v1/capabilities/${id}/standby`, { token }) },
  { route: 'POST /assistance/requests/:id/offers {capabilityId}', kind: 'capability', caller: 'coordinator', call: (t, token, id) => t.req('POST', `/api/v1/assistance/requests/${world.escalated}/offers`, { token, body: { capabilityId: id } }) },
  { route: 'GET /audit?subject= (capability)', kind: 'capability', caller: 'stranger', call: (t, token, id) => t.req('GET', `/api/v1/audit?subject=${id}`, { token }) },

  { route: 'GET /incidents/:id', kind: 'incident', caller: 'stranger', call: (t, token, id) => t.req('GET', `/api/v1/incidents/${id}`, { token }) },
  { route: 'PATCH /incidents/:id', kind: 'incident', caller: 'stranger', call: (t, token, id) => t.req('PATCH', `/api/v1/incidents/${id}`, { token, body: { title: 'Renamed' } }) },
  { route: 'POST /incidents/:id/status', kind: 'incident', caller: 'stranger', call: (t, token, id) => t.req('POST', `/api/v1/incidents/${id}/status`, { token, body: { status: 'contained' } }) },
  { route: 'POST /incidents/:id/timeline', kind: 'incident', caller: 'stranger', call: (t, token, id) => t.req('POST', `/api/v1/incidents/${id}/timeline`, { token, body: { text: 'We saw it too' } }) },
  { route: 'POST /assistance/requests {incidentId}', kind: 'incident', caller: 'stranger', call: (t, token, id) => t.req('POST', '/api/v1/assistance/requests', { token, body: requestBody(id, 'digital-forensics') }) },
  { route: 'POST /intel/bundles?incidentId=', kind: 'incident', caller: 'stranger', call: (t, token, id) => t.req('POST', `/api/v1/intel/bundles?incidentId=${id}`, { token, payload: bundleOf(1), headers: json }) },
  { route: 'POST /intel/misp?incidentId=', kind: 'incident', caller: 'stranger', call: (t, token, id) => t.req('POST', `/api/v1/intel/misp?incidentId=${id}`, { token, body: mispOf(2) }) },
  { route: 'GET /intel/objects?incident=', kind: 'incident', caller: 'stranger', call: (t, token, id) => t.req('GET', `/api/v1/intel/objects?incident=${id}`, { token }) },
  { route: 'GET /intel/export?incident=', kind: 'incident', caller: 'stranger', call: (t, token, id) => t.req('GET', `/api/v1/intel/export?incident=${id}`, { token }) },
  { route: 'GET /intel/misp?incident=', kind: 'incident', caller: 'stranger', call: (t, token, id) => t.req('GET', `/api/v1/intel/misp?incident=${id}`, { token }) },
  { route: 'GET /audit?subject= (incident)', kind: 'incident', caller: 'stranger', call: (t, token, id) => t.req('GET', `/api/v1/audit?subject=${id}`, { token }) },

  { route: 'GET /assistance/requests/:id', kind: 'request', caller: 'stranger', call: (t, token, id) => t.req('GET', `/api/v1/assistance/requests/${id}`, { token }) },
  { route: 'GET /assistance/requests/:id/candidates', kind: 'request', caller: 'stranger', call: (t, token, id) => t.req('GET', `/api/v1/assistance/requests/${id}/candidates`, { token }) },
  ...(['approve-summary', 'submit', 'start', 'cancel'] as const).map((step): Row => ({
    route: `POST /assistance/requests/:id/${step}`, kind: 'request', caller: 'stranger',
    call: (t, token, id) => t.req('POST', `/api/v1/assistance/requests/${id}/${step}`, { token, ...(step === 'cancel' ? { body: {} } : {}) }),
  })),
  { route: 'POST /assistance/requests/:id/close', kind: 'request', caller: 'stranger', call: (t, token, id) => t.req('POST', `/api/v1/assistance/requests/${id}/close`, { token, body: { rating: 5 } }) },
  { route: 'POST /assistance/requests/:id/offers (not escalated)', kind: 'request', caller: 'coordinator', call: (t, token, id) => t.req('POST', `/api/v1/assistance/requests/${id}/offers`, { token, body: { capabilityId: world.ownCapability } }) },
  { route: 'GET /audit?subject= (request)', kind: 'request', caller: 'stranger', call: (t, token, id) => t.req('GET', `/api/v1/audit?subject=${id}`, { token }) },

  { route: 'GET /assistance/offers/:id', kind: 'offer', caller: 'stranger', call: (t, token, id) => t.req('GET', `/api/v1/assistance/offers/${id}`, { token }) },
  { route: 'POST /assistance/offers/:id/accept', kind: 'offer', caller: 'stranger', call: (t, token, id) => t.req('POST', `/api/v1/assistance/offers/${id}/accept`, { token }) },
  { route: 'POST /assistance/offers/:id/decline', kind: 'offer', caller: 'stranger', call: (t, token, id) => t.req('POST', `/api/v1/assistance/offers/${id}/decline`, { token, body: { reason: 'busy' } }) },
  { route: 'POST /assistance/offers/:id/deliver', kind: 'offer', caller: 'stranger', call: (t, token, id) => t.req('POST', `/api/v1/assistance/offers/${id}/deliver`, { token, body: { text: 'report' } }) },
  { route: 'GET /audit?subject= (offer)', kind: 'offer', caller: 'stranger', call: (t, token, id) => t.req('GET', `/api/v1/audit?subject=${id}`, { token }) },

  { route: 'GET /intel/objects/:id', kind: 'intel', caller: 'stranger', call: (t, token, id) => t.req('GET', `/api/v1/intel/objects/${id}`, { token }) },
  { route: 'GET /intel/objects/:id/sightings', kind: 'intel', caller: 'stranger', call: (t, token, id) => t.req('GET', `/api/v1/intel/objects/${id}/sightings`, { token }) },
  { route: 'GET /intel/misp?ids=', kind: 'intel', caller: 'stranger', call: (t, token, id) => t.req('GET', `/api/v1/intel/misp?ids=${id}`, { token }) },
  { route: 'GET /audit?subject= (intel)', kind: 'intel', caller: 'stranger', call: (t, token, id) => t.req('GET', `/api/v1/audit?subject=${id}`, { token }) },

  { route: 'GET /decisions/:id', kind: 'proposal', caller: 'stranger', call: (t, token, id) => t.req('GET', `/api/v1/decisions/${id}`, { token }) },
  { route: 'GET /decisions/:id/record.html', kind: 'proposal', caller: 'stranger', call: (t, token, id) => t.req('GET', `/api/v1/decisions/${id}/record.html`, { token }) },
  { route: 'POST /decisions/:id/answers', kind: 'proposal', caller: 'stranger', call: (t, token, id) => t.req('POST', `/api/v1/decisions/${id}/answers`, { token, body: { answer: 'concur' } }) },
  { route: 'POST /decisions/:id/reissue', kind: 'proposal', caller: 'stranger', call: (t, token, id) => t.req('POST', `/api/v1/decisions/${id}/reissue`, { token, body: { text: 'x', deadline: '2026-03-09T00:00:00Z' } }) },
  { route: 'POST /decisions/:id/withdraw', kind: 'proposal', caller: 'stranger', call: (t, token, id) => t.req('POST', `/api/v1/decisions/${id}/withdraw`, { token, body: {} }) },
  { route: 'GET /audit?subject= (proposal)', kind: 'proposal', caller: 'stranger', call: (t, token, id) => t.req('GET', `/api/v1/audit?subject=${id}`, { token }) },
  { route: 'POST /decisions {subjectIds: incident}', kind: 'incident', caller: 'stranger', call: (t, token, id) => t.req('POST', '/api/v1/decisions', { token, body: proposalAbout('incident', id) }) },
  { route: 'POST /decisions {subjectIds: request}', kind: 'request', caller: 'stranger', call: (t, token, id) => t.req('POST', '/api/v1/decisions', { token, body: proposalAbout('assistance_request', id) }) },
  { route: 'POST /decisions {subjectIds: intel}', kind: 'intel', caller: 'stranger', call: (t, token, id) => t.req('POST', '/api/v1/decisions', { token, body: proposalAbout('intel', id) }) },

  { route: 'POST /tokens {userId}', kind: 'user', caller: 'stranger', call: (t, token, id) => t.req('POST', '/api/v1/tokens', { token, body: { userId: id, name: 'probe' } }) },
  { route: 'GET /tokens?userId=', kind: 'user', caller: 'stranger', call: (t, token, id) => t.req('GET', `/api/v1/tokens?userId=${id}`, { token }) },
  { route: 'DELETE /tokens/:id', kind: 'token', caller: 'stranger', call: (t, token, id) => t.req('DELETE', `/api/v1/tokens/${id}`, { token }) },
]

/** Ids of the world's hidden objects (module-level so that rows can name the escalated request). */
const world = { escalated: '', ownCapability: '', strangerOrg: '', hidden: {} as Record<Kind, string> }

const missingId = (kind: Kind) => (kind === 'intel' ? `indicator--${randomUUID()}` : randomUUID())

/** The answer without what differs between any two calls: the request's own URL and id, the asked id, a fresh bundle id. */
function answerOf(res: LightMyRequestResponse, id: string): unknown {
  const text = res.body.split(id).join('<id>')
  let body: unknown = text
  try {
    body = JSON.parse(text) as unknown
  } catch {
    return { status: res.statusCode, body }
  }
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const { instance: _i, requestId: _r, ...rest } = body as Record<string, unknown>
    if (rest.type === 'bundle') delete rest.id
    body = rest
  }
  return { status: res.statusCode, body }
}

describe.each(DIALECTS)('a hidden object answers as a missing one, on every route that takes its id (%s)', (dialect) => {
  let t: TestHub
  let stranger: { token: string }
  beforeAll(async () => {
    t = await startTestHub(dialect)
    const owner = await makeNation(t)
    const lender = await makeNation(t)
    const probe = await makeNation(t)
    stranger = probe.admin
    // The lender's capability is shown to the owner's nation only; the stranger lends one of its own.
    const cap = await t.req('POST', '/api/v1/capabilities', { token: lender.admin.token, body: capabilityBody({ visibleTo: [owner.country] }) })
    expect(cap.statusCode, cap.body).toBe(201)
    const own = await t.req('POST', '/api/v1/capabilities', { token: probe.admin.token, body: capabilityBody({ category: 'crisis-communication' }) })
    world.ownCapability = own.json<{ id: string }>().id
    const inc = await t.req('POST', '/api/v1/incidents', { token: owner.admin.token, body: wiperIncident({ tlp: 'RED', audienceUsers: [owner.admin.id] }) })
    expect(inc.statusCode, inc.body).toBe(201)
    const incidentId = inc.json<{ id: string }>().id
    const submit = async (category: string) => {
      const draft = await t.req('POST', '/api/v1/assistance/requests', { token: owner.admin.token, body: requestBody(incidentId, category) })
      expect(draft.statusCode, draft.body).toBe(201)
      const id = draft.json<{ id: string }>().id
      expect((await t.req('POST', `/api/v1/assistance/requests/${id}/approve-summary`, { token: owner.admin.token })).statusCode).toBe(200)
      const sub = await t.req('POST', `/api/v1/assistance/requests/${id}/submit`, { token: owner.admin.token })
      expect(sub.statusCode, sub.body).toBe(200)
      return sub.json<{ id: string; state: string; offers: { id: string }[] }>()
    }
    const matched = await submit('digital-forensics')
    expect(matched.offers).toHaveLength(1)
    const escalated = await submit('legal-policy')
    expect(escalated.state).toBe('escalated')
    world.escalated = escalated.id
    const intelId = 'indicator--0b0b0b0b-1111-4222-8333-444455556666'
    const bundle = bundleOf(9).replace(/indicator--0b0b0b09-1111-4222-8333-444455556666/, intelId)
    const up = await t.req('POST', `/api/v1/intel/bundles?tlp=RED&audienceUsers=${owner.admin.id}`, { token: owner.admin.token, payload: bundle, headers: json })
    expect(up.statusCode, up.body).toBe(200)
    const tokens = await t.req('GET', '/api/v1/tokens', { token: owner.admin.token })
    world.strangerOrg = probe.org.id
    const proposal = await t.req('POST', '/api/v1/decisions', {
      token: owner.admin.token,
      body: { kind: 'consultation', title: 'Between two', text: 'Consult', addressees: [lender.org.id], procedure: 'silence', deadline: '2026-03-09T00:00:00Z' },
    })
    expect(proposal.statusCode, proposal.body).toBe(201)
    world.hidden = {
      capability: cap.json<{ id: string }>().id,
      incident: incidentId,
      request: matched.id,
      'escalated-request': escalated.id,
      offer: matched.offers[0]!.id,
      intel: intelId,
      user: owner.admin.id,
      token: tokens.json<{ id: string }[]>()[0]!.id,
      proposal: proposal.json<{ id: string }>().id,
    }
    // A member of the stranger's nation, so that its admin's audit list is not empty either way.
    await makeUser(t, probe.org.id, ['analyst'])
  })
  afterAll(() => t.close())

  it.each(ROWS.map((r) => [r.route, r] as const))('%s', async (_route, row) => {
    const token = row.caller === 'coordinator' ? t.adminToken : stranger.token
    const hiddenId = world.hidden[row.kind]
    const missing = missingId(row.kind)
    const hidden = await row.call(t, token, hiddenId)
    const absent = await row.call(t, token, missing)
    expect(hidden.statusCode, hidden.body).toBeLessThan(500)
    expect(answerOf(hidden, hiddenId)).toEqual(answerOf(absent, missing))
  })
})
