/**
 * The exercise wall end to end, on every dialect: the same members act in the real world and in
 * two exercises (the Shieldwall-Exercise header), each world holding its own capability, incident
 * with timeline, assistance request with offers, intel (one shared observable value, so that lookup
 * and correlation have something to cross with) and sighting. Then every read of every store, from
 * every world, and every live frame must show that world's things and nothing of the others.
 * Everything is GREEN, so that the TLP rule hides nothing here: only the wall can.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { emitEvent } from '../../test/events'
import { setUpExercise } from '../../test/exercises'
import { makeNation, startTestHub, type TestHub } from '../../test/hub'
import { wiperIncident } from '../../test/incidents'
import { subscribeWs, type TestWs } from '../../test/live-client'
import { DIALECTS } from '../../test/store'
import { CORRELATION_EVENT } from '../domain/intel/correlation/events'
import { EXERCISE_EXTENSION_ID, validateStixObject } from '../formats/stix'

const WORLDS = [null, 'ex-1', 'ex-2'] as const
type World = (typeof WORLDS)[number]
const SHARED_VALUE = '185.220.101.77'
const CATEGORY = 'malware-analysis'

/** Each exercise's id, once set up (both nations take part in both). */
const worldIds = new Map<World, string | null>([[null, null]])
const idOf = (w: World): string | null => worldIds.get(w) ?? null
const headersOf = (w: World): Record<string, string> => (w === null ? {} : { 'shieldwall-exercise': idOf(w)! })
const nameOf = (w: World): string => w ?? 'real'

/** Everything one world holds: every id that must never show in another world. */
interface Holdings {
  capabilityId: string
  incidentId: string
  requestId: string
  offerIds: string[]
  indicatorId: string
  observableId: string
  sightingId: string
}

const idsOf = (h: Holdings): string[] => [h.capabilityId, h.incidentId, h.requestId, ...h.offerIds, h.indicatorId, h.observableId, h.sightingId]

describe.each(DIALECTS)('no read and no live frame crosses the exercise wall (%s)', (dialect) => {
  let t: TestHub
  let base: string
  let requester: Awaited<ReturnType<typeof makeNation>>
  let provider: Awaited<ReturnType<typeof makeNation>>
  const held = new Map<World, Holdings>()
  const feeds = new Map<World, TestWs>()

  const as = (token: string, w: World) => ({
    get: (url: string) => t.req('GET', `/api/v1${url}`, { token, headers: headersOf(w) }),
    post: (url: string, body: unknown) => t.req('POST', `/api/v1${url}`, { token, body, headers: headersOf(w) }),
    bundle: (objects: unknown[]) =>
      t.req('POST', '/api/v1/intel/bundles?tlp=GREEN', {
        token,
        payload: JSON.stringify({ type: 'bundle', id: `bundle--${crypto.randomUUID()}`, objects }),
        headers: { ...headersOf(w), 'content-type': 'application/json' },
      }),
  })

  async function ok<T>(res: Promise<{ statusCode: number; body: string; json<J>(): J }>, status = 200): Promise<T> {
    const r = await res
    expect(r.statusCode, r.body).toBe(status)
    return r.json<T>()
  }

  async function fill(w: World): Promise<Holdings> {
    const req = as(requester.admin.token, w)
    const prov = as(provider.admin.token, w)
    const capability = await ok<{ id: string }>(
      prov.post('/capabilities', {
        category: CATEGORY, description: `RE help in ${nameOf(w)}`, capacity: 3, languages: ['en'], delivery: 'remote', responseHours: 4, sectors: ['energy'],
        workingHours: { tz: 'Europe/Tallinn', days: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '00:00' },
      }),
      201,
    )
    const incident = await ok<{ id: string }>(req.post('/incidents', wiperIncident({ tlp: 'GREEN', title: `Wiper in ${nameOf(w)}` })), 201)
    await ok(req.post(`/incidents/${incident.id}/timeline`, { text: `note of ${nameOf(w)}` }), 201)
    const request = await ok<{ id: string }>(
      req.post('/assistance/requests', {
        incidentId: incident.id, category: CATEGORY, urgency: 'high', needed: 1, languages: ['en'], delivery: 'either', sanitizedSummary: `Need RE help (${nameOf(w)})`,
      }),
      201,
    )
    await ok(req.post(`/assistance/requests/${request.id}/approve-summary`, {}))
    const submitted = await ok<{ offers: { id: string }[] }>(req.post(`/assistance/requests/${request.id}/submit`, {}))
    const indicatorId = `indicator--${crypto.randomUUID()}`
    const sightingId = `sighting--${crypto.randomUUID()}`
    const observableId = `ipv4-addr--${crypto.randomUUID()}`
    const at = '2026-03-01T08:00:00.000Z'
    await ok(
      prov.bundle([
        { type: 'indicator', spec_version: '2.1', id: indicatorId, created: at, modified: at, pattern: `[ipv4-addr:value = '${SHARED_VALUE}']`, pattern_type: 'stix', valid_from: at },
        { type: 'sighting', spec_version: '2.1', id: sightingId, created: at, modified: at, sighting_of_ref: indicatorId, count: 3 },
      ]),
    )
    // The same value from another member: a correlation, which must stay in this world.
    await ok(req.bundle([{ type: 'ipv4-addr', spec_version: '2.1', id: observableId, value: SHARED_VALUE }]))
    return { capabilityId: capability.id, incidentId: incident.id, requestId: request.id, offerIds: submitted.offers.map((o) => o.id), indicatorId, observableId, sightingId }
  }

  beforeAll(async () => {
    t = await startTestHub(dialect, { live: { authTimeoutMs: 2_000 } })
    base = await t.hub.app.listen({ host: '127.0.0.1', port: 0 })
    requester = await makeNation(t)
    provider = await makeNation(t)
    for (const w of WORLDS.filter((x) => x !== null)) worldIds.set(w, await setUpExercise(t, w, [requester.country, provider.country]))
    for (const w of WORLDS) feeds.set(w, await subscribeWs(base, provider.admin.token, w === null ? {} : { exerciseId: idOf(w)! }))
    for (const w of WORLDS) held.set(w, await fill(w))
  })
  afterAll(async () => {
    for (const f of feeds.values()) f.ws.close()
    await t.close()
  })

  const others = (w: World): string[] => WORLDS.filter((x) => x !== w).flatMap((x) => idsOf(held.get(x)!))
  const expectNoneOf = (body: string, w: World, what: string) => {
    for (const id of others(w)) expect(body.includes(id), `${what} in ${nameOf(w)} shows ${id} of another world`).toBe(false)
  }

  it('keeps each world\u2019s writes in that world (matching offered each request to its own world\u2019s capability)', async () => {
    for (const w of WORLDS) {
      const h = held.get(w)!
      expect(h.offerIds.length, nameOf(w)).toBe(1)
      const offer = await ok<{ capabilityId: string; requestId: string }>(as(provider.admin.token, w).get(`/assistance/offers/${h.offerIds[0]}`))
      expect(offer.requestId).toBe(h.requestId)
      expect(offer.capabilityId, `the capability offered in ${nameOf(w)}`).toBe(h.capabilityId)
    }
  })

  it.each(WORLDS)('reads of every store from world %s show that world only', async (w) => {
    const h = held.get(w)!
    const req = as(requester.admin.token, w)
    const prov = as(provider.admin.token, w)
    const lists: [string, Promise<{ statusCode: number; body: string }>, string[]][] = [
      ['incident list', req.get('/incidents'), [h.incidentId]],
      ['incident', req.get(`/incidents/${h.incidentId}`), [h.incidentId, `note of ${nameOf(w)}`]],
      ['capability list', prov.get(`/capabilities?category=${CATEGORY}`), [h.capabilityId]],
      ['capability', prov.get(`/capabilities/${h.capabilityId}`), [h.capabilityId]],
      ['request list', req.get('/assistance/requests'), [h.requestId]],
      ['request', req.get(`/assistance/requests/${h.requestId}`), [h.requestId]],
      ['request as candidate', prov.get(`/assistance/requests/${h.requestId}`), [h.requestId]],
      ['offer list', prov.get('/assistance/offers'), h.offerIds],
      ['metrics', req.get('/metrics/assistance'), [h.requestId]],
      ['intel list', prov.get('/intel/objects?limit=1000'), [h.indicatorId, h.observableId, h.sightingId]],
      ['intel object', prov.get(`/intel/objects/${h.indicatorId}`), [h.indicatorId]],
      ['intel export', prov.get('/intel/export'), [h.indicatorId, h.observableId, h.sightingId]],
      ['MISP export', prov.get(`/intel/misp?ids=${h.indicatorId}&ids=${h.observableId}`), [SHARED_VALUE]],
      ['lookup', req.post('/intel/lookup', { values: [SHARED_VALUE] }), [h.indicatorId, h.observableId]],
      ['sightings', prov.get(`/intel/objects/${h.indicatorId}/sightings`), [h.indicatorId]],
    ]
    for (const [what, res, mustShow] of lists) {
      const r = await res
      expect(r.statusCode, `${what}: ${r.body}`).toBe(200)
      for (const s of mustShow) expect(r.body.includes(s), `${what} in ${nameOf(w)} lacks ${s}`).toBe(true)
      expectNoneOf(r.body, w, what)
    }
    const sightings = await ok<{ count: number; sightings: number }>(prov.get(`/intel/objects/${h.indicatorId}/sightings`))
    expect(sightings).toMatchObject({ count: 3, sightings: 1 })
  })

  it.each(WORLDS)('from world %s, everything of the other worlds answers as missing', async (w) => {
    const req = as(requester.admin.token, w)
    const prov = as(provider.admin.token, w)
    for (const x of WORLDS.filter((y) => y !== w)) {
      const o = held.get(x)!
      const probes: [string, Promise<{ statusCode: number; body: string }>][] = [
        ['incident', req.get(`/incidents/${o.incidentId}`)],
        ['timeline entry', req.post(`/incidents/${o.incidentId}/timeline`, { text: 'crossing' })],
        ['capability', prov.get(`/capabilities/${o.capabilityId}`)],
        ['request', req.get(`/assistance/requests/${o.requestId}`)],
        ['request as candidate', prov.get(`/assistance/requests/${o.requestId}`)],
        ['offer', prov.get(`/assistance/offers/${o.offerIds[0]}`)],
        ['intel object', prov.get(`/intel/objects/${o.indicatorId}`)],
        ['sightings', prov.get(`/intel/objects/${o.indicatorId}/sightings`)],
      ]
      for (const [what, res] of probes) expect((await res).statusCode, `${what} of ${nameOf(x)} read from ${nameOf(w)}`).toBe(404)
      const draft = await req.post('/assistance/requests', {
        incidentId: o.incidentId, category: CATEGORY, urgency: 'high', needed: 1, languages: ['en'], delivery: 'either', sanitizedSummary: 'crossing',
      })
      expect(draft.statusCode, 'a request on another world\u2019s incident').toBe(422)
    }
  })

  it.each(WORLDS)('marks every object exported from world %s as exercise material (STIX label and extension, MISP tags), and nothing real', async (w) => {
    const h = held.get(w)!
    const prov = as(provider.admin.token, w)
    const bundle = await ok<{ objects: Record<string, unknown>[] }>(prov.get('/intel/export'))
    const misp = await ok<{ Event: { info: string; Tag?: { name: string }[]; Attribute?: { Tag?: { name: string }[] }[] } }>(prov.get(`/intel/misp?ids=${h.indicatorId}&ids=${h.observableId}`))
    const data = bundle.objects.filter((o) => o.type !== 'marking-definition' && o.type !== 'extension-definition')
    expect(data.length).toBeGreaterThan(0)
    for (const o of bundle.objects) {
      const v = validateStixObject(o)
      expect(v.ok ? [] : v.errors, `${String(o.id)} still valid STIX`).toEqual([])
    }
    const marked = (o: Record<string, unknown>) => (o.extensions as Record<string, { exercise_id?: string }> | undefined)?.[EXERCISE_EXTENSION_ID]?.exercise_id
    const tags = (t: { name: string }[] | undefined) => (t ?? []).map((x) => x.name)
    if (w === null) {
      for (const o of data) expect(marked(o), String(o.id)).toBeUndefined()
      expect(JSON.stringify(bundle)).not.toContain('exercise')
      expect(tags(misp.Event.Tag)).not.toContain('exercise')
      return
    }
    for (const o of data) {
      expect(marked(o), String(o.id)).toBe(idOf(w))
      if (o.type === 'indicator' || o.type === 'sighting') expect(o.labels, String(o.id)).toContain('exercise')
    }
    expect(bundle.objects.some((o) => o.id === EXERCISE_EXTENSION_ID)).toBe(true)
    expect(tags(misp.Event.Tag)).toEqual(expect.arrayContaining(['exercise', `shieldwall:exercise="${idOf(w)!}"`]))
    for (const a of misp.Event.Attribute ?? []) expect(tags(a.Tag)).toContain('exercise')
  })

  it('refuses a malformed Shieldwall-Exercise header with a 400 problem, and writes nothing', async () => {
    const before = (await ok<unknown[]>(as(requester.admin.token, null).get('/incidents'))).length
    for (const bad of ['', ' ex-1', 'ex/1', 'x'.repeat(101)]) {
      const res = await t.req('POST', '/api/v1/incidents', { token: requester.admin.token, body: wiperIncident({ tlp: 'GREEN' }), headers: { 'shieldwall-exercise': bad } })
      expect(res.statusCode, JSON.stringify(bad)).toBe(400)
      expect(res.json<{ code: string }>().code).toBe('bad_exercise')
    }
    expect((await ok<unknown[]>(as(requester.admin.token, null).get('/incidents'))).length).toBe(before)
  })

  it('sends each live subscriber the frames of its own world only, correlations included', async () => {
    for (const w of WORLDS) {
      const marking = { tlp: 'GREEN' as const, audienceOrgs: [], audienceUsers: [], originatorOrg: provider.org.id, originatorUser: null }
      await emitEvent(t.hub.deps, { type: 't.sentinel', marking, exerciseId: idOf(w), payload: { world: nameOf(w) } })
    }
    for (const w of WORLDS) {
      const feed = feeds.get(w)!
      await feed.waitFor((f) => f.event?.type === 't.sentinel')
      const events = feed.events()
      expect(events.map((e) => e.exerciseId), nameOf(w)).toEqual(events.map(() => idOf(w)))
      const types = new Set(events.map((e) => e.type))
      for (const type of ['incident.reported', 'assistance.offer.sent', CORRELATION_EVENT, 't.sentinel']) expect(types.has(type), `${type} in ${nameOf(w)}`).toBe(true)
      expectNoneOf(JSON.stringify(events), w, 'live feed')
    }
  })
})
